package org.skillgap.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.skillgap.gap.GapCalculator;
import org.skillgap.gap.GapReport;
import org.skillgap.model.Assessment;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Catalog;
import org.skillgap.model.Messages;
import org.skillgap.model.PostingCorrection;
import org.skillgap.model.SavedPosting;
import org.skillgap.model.TargetProfile;
import org.skillgap.model.Texts;
import org.skillgap.posting.Posting;
import org.skillgap.posting.PostingReader;
import org.skillgap.posting.PostingText;
import org.skillgap.store.SkillGapStore;

/**
 * The job postings a person keeps, with the rules written once for the window and the command
 * line: only a text that reads like a posting is kept; a kept posting is read again from its text
 * each time, with the person's corrections applied; an id that is not kept is refused with the
 * ids that are. A refused change changes nothing.
 *
 * <p>Reading is pure and quick (a two-page posting in a few milliseconds), so the window may read
 * a posting on its own thread; everything that touches the store runs where the caller runs it
 * (the command line's thread, or the window's {@link StoreService}).
 */
public final class Postings {

    /** The setting naming the kept posting the window measures against, when it follows one. */
    public static final String FOLLOWED = "followed-posting";

    private final Catalog catalog;
    /** Made on first use: its phrase matcher loads Lucene's analyser, about 200 ms of a window's start that reads no posting. */
    private PostingReader reader;

    public Postings(Catalog catalog) {
        this.catalog = catalog;
    }

    private synchronized PostingReader reader() {
        if (reader == null) {
            reader = new PostingReader(catalog);
        }
        return reader;
    }

    public Catalog catalog() {
        return catalog;
    }

    /**
     * A posting file read and checked, ready to keep.
     *
     * @throws BadInputException when it is empty, binary, over 1 MB, unreadable or not a posting
     */
    public SavedPosting fromFile(Path file, Optional<String> title, Instant now) {
        return checked(PostingText.read(file), title, now);
    }

    /** Pasted text checked as a file is. @throws BadInputException as {@link #fromFile} */
    public SavedPosting fromPasted(String text, Optional<String> title, Instant now) {
        return checked(PostingText.pasted(text), title, now);
    }

    private SavedPosting checked(String text, Optional<String> title, Instant now) {
        Posting read = reader().read(text);
        String named = title.map(String::strip).filter(t -> !t.isEmpty()).orElse(read.title());
        Texts.nameProblem(named).ifPresent(problem -> {
            throw new BadInputException(Messages.get("posting.error.title", problem));
        });
        return new SavedPosting(0, named, text, now, Map.of());
    }

    /** A kept posting read against the catalog in use, the person's corrections applied. */
    public Posting read(SavedPosting saved) {
        Map<String, PostingCorrection> current = new TreeMap<>();
        saved.corrections().forEach((skill, correction) ->
                current.put(catalog.currentSkillId(skill).orElse(skill), correction));
        return reader().read(new SavedPosting(saved.id(), saved.title(), saved.text(), saved.addedAt(), current));
    }

    /** How ready the person is for a posting: the gap against its target. */
    public GapReport fit(Posting posting, Assessment assessment) {
        return GapCalculator.calculate(catalog, posting.target(), assessment);
    }

    /** Keeps {@code posting} (from {@link #fromFile} or {@link #fromPasted}). @return it, with its id */
    public static SavedPosting add(SkillGapStore store, SavedPosting posting) {
        return posting.withId(store.addPosting(posting));
    }

    /** The kept posting an id typed on the command line names. @throws BadInputException when none is */
    public static SavedPosting require(SkillGapStore store, String id) {
        List<SavedPosting> kept = store.postings();
        return parseId(id).flatMap(n -> kept.stream().filter(p -> p.id() == n).findFirst())
                .orElseThrow(() -> unknown(id, kept));
    }

    /** Forgets a kept posting. @throws BadInputException when it is not kept */
    public static SavedPosting remove(SkillGapStore store, String id) {
        SavedPosting posting = require(store, id);
        store.removePosting(posting.id());
        return posting;
    }

    /**
     * The person's correction of one skill of a kept posting; empty clears it, so the skill is as
     * read from the text again. A correction saved under an older id of the skill is replaced.
     *
     * @throws BadInputException when the skill is not the catalog's; nothing changes then
     */
    public SavedPosting correct(SavedPosting posting, String skillId, Optional<PostingCorrection> correction) {
        String current = catalog.currentSkillId(skillId).orElseThrow(() -> new BadInputException(
                Messages.get("posting.error.unknownSkill", skillId)));
        Map<String, PostingCorrection> corrections = new TreeMap<>(posting.corrections());
        corrections.keySet().removeIf(saved -> catalog.currentSkillId(saved).orElse(saved).equals(current));
        correction.ifPresent(c -> corrections.put(current, c));
        return new SavedPosting(posting.id(), posting.title(), posting.text(), posting.addedAt(), corrections);
    }

    /** Saves what {@link #correct} changed from {@code before} to {@code after}. */
    public static void saveCorrections(SkillGapStore store, SavedPosting before, SavedPosting after) {
        Set<String> skills = new TreeSet<>(before.corrections().keySet());
        skills.addAll(after.corrections().keySet());
        for (String skill : skills) {
            Optional<PostingCorrection> now = Optional.ofNullable(after.corrections().get(skill));
            if (!now.equals(Optional.ofNullable(before.corrections().get(skill)))) {
                store.correctPosting(after.id(), skill, now);
            }
        }
    }

    /**
     * The target the person measures against: the followed posting's when there is one (and it is
     * still kept), else the role of their profile.
     */
    public TargetProfile target(PersonData data) {
        return followed(data).map(p -> read(p).target()).orElseGet(data::target);
    }

    /** The kept posting the settings say to follow, if it is still kept. */
    public static Optional<SavedPosting> followed(PersonData data) {
        return Optional.ofNullable(data.settings().get(FOLLOWED)).flatMap(Postings::parseId)
                .flatMap(id -> data.postings().stream().filter(p -> p.id() == id).findFirst());
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static BadInputException unknown(String id, List<SavedPosting> kept) {
        return new BadInputException(kept.isEmpty()
                ? Messages.get("posting.error.unknownIdNone", id)
                : Messages.get("posting.error.unknownId", id,
                        kept.stream().map(p -> Long.toString(p.id())).collect(Collectors.joining(", "))));
    }
}
