package org.skillgap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.skillgap.model.Assessment;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Catalog;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.Messages;
import org.skillgap.model.Profile;
import org.skillgap.model.Skill;
import org.skillgap.model.TargetProfile;
import org.skillgap.posting.PostingReader;
import org.skillgap.posting.PostingText;
import org.skillgap.service.LanguageSetting;
import org.skillgap.service.PersonData;
import org.skillgap.service.Postings;
import org.skillgap.store.DataFolder;
import org.skillgap.store.SkillGapStore;

/** What a command works on: the catalog, and the store in the data folder, opened for one command. */
final class Workspace implements AutoCloseable {

    final Catalog catalog;
    final DataFolder folder;
    final SkillGapStore store;
    private PersonData data;

    private Workspace(Catalog catalog, DataFolder folder, SkillGapStore store) {
        this.catalog = catalog;
        this.folder = folder;
        this.store = store;
    }

    static Workspace open(SkillGapCommand root) {
        root.catalog(); // a bad --catalog file is refused before the data is opened
        DataFolder folder = root.dataFolder();
        SkillGapStore store = SkillGapStore.open(folder.database());
        try {
            // The language chosen in the window (View > Language) speaks here too, unless --lang says another.
            LanguageSetting.applySaved(store.setting(LanguageSetting.KEY));
            return new Workspace(root.catalog(), folder, store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** What the person saved, as the catalog in use names it (read once, on first use). */
    PersonData data() {
        if (data == null) {
            data = PersonData.read(catalog, store);
        }
        return data;
    }

    Assessment assessment() {
        return data().assessment();
    }

    Map<String, String> notes() {
        return data().notes();
    }

    Map<String, ItemStatus> statuses() {
        return data().statuses();
    }

    /** The certifications held, earned date by current item id. */
    Map<String, LocalDate> held() {
        return data().heldCertifications();
    }

    List<String> retiredSkills() {
        return data().retiredSkills();
    }

    /** The saved profile, or a bad-input error that says how to make one. */
    Profile requireProfile() {
        return data().profile().orElseThrow(() -> new BadInputException(Messages.get("cli.profile.missing",
                ids(catalog.profiles().stream().map(TargetProfile::id).toList()),
                ids(catalog.backgrounds().stream().map(b -> b.id()).toList()))));
    }

    TargetProfile target() {
        return data().target();
    }

    /**
     * The target of the posting {@code posting} names: a kept posting's id, or a posting file read
     * once (a number is a file only when such a file is there).
     */
    TargetProfile postingTarget(String posting) {
        Path file = Path.of(posting);
        if (posting.strip().matches("\\d+") && !Files.exists(file)) {
            return new Postings(catalog).read(Postings.require(store, posting)).target();
        }
        return new PostingReader(catalog).read(PostingText.read(file)).target();
    }

    /** The current id of a skill, accepting ids an older catalog used; a bad-input error lists the valid ones. */
    String requireSkill(String id) {
        return catalog.currentSkillId(id).orElseThrow(() -> new BadInputException(Messages.get("cli.skill.unknown",
                id, ids(catalog.skills().stream().map(Skill::id).toList()))));
    }

    String requireItem(String id) {
        return catalog.currentItemId(id).orElseThrow(() -> new BadInputException(Messages.get("cli.item.unknown",
                id, ids(catalog.items().stream().map(i -> i.id()).toList()))));
    }

    Optional<String> skillName(String id) {
        return catalog.skill(id).map(Skill::name);
    }

    static String ids(List<String> ids) {
        return ids.stream().collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        store.close();
    }
}
