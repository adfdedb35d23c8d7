package org.skillgap.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.skillgap.catalog.CatalogChanges;
import org.skillgap.model.Catalog;
import org.skillgap.model.Messages;
import org.skillgap.model.Skill;

/**
 * After a new catalog arrives (an update of SkillGap, or a coach's catalog), a person is told once
 * what it changed for their ratings, "3 skills merged, 3 widened, 5 new to rate", and offered to
 * rate just those. Which catalog version they were last told about is kept with their data.
 */
public final class CatalogUpgrade {

    /** The setting holding the catalog version the person last saw. */
    public static final String SEEN_SETTING = "catalog.versionSeen";
    /** The setting holding that catalog's skill ids, so the next catalog can say which skills are new. */
    public static final String SKILLS_SETTING = "catalog.skillsSeen";

    private CatalogUpgrade() {
    }

    /**
     * What to tell the person about the catalog in use, or empty when there is nothing: the same
     * version as last time, nothing rated yet (a first run), or nothing that touches their ratings.
     * Data from before versions were kept (0.1.0) counts as another catalog's when it holds an id
     * the catalog in use has replaced or retired.
     */
    public static Optional<CatalogChanges> toTell(PersonData data) {
        String version = data.catalog().catalogVersion();
        String seen = data.settings().get(SEEN_SETTING);
        boolean fromAnotherCatalog = seen == null
                ? data.savedSkillIds().stream().anyMatch(id -> data.catalog().skill(id).isEmpty())
                : !seen.equals(version);
        if (!fromAnotherCatalog || data.savedSkillIds().isEmpty()) {
            return Optional.empty();
        }
        // The skills of the catalog seen last; before that was kept, the skills the person rated
        // (so "to rate for the first time" also counts old skills never rated).
        String skillsSeen = data.settings().get(SKILLS_SETTING);
        List<String> before = skillsSeen == null ? data.savedSkillIds() : List.of(skillsSeen.split(","));
        CatalogChanges changes = CatalogChanges.between(before, data.catalog());
        return changes.toRate().isEmpty() ? Optional.empty() : Optional.of(changes);
    }

    /** The settings that mark the catalog in use as seen: its version and its skills. */
    public static Map<String, String> seen(Catalog catalog) {
        return Map.of(SEEN_SETTING, catalog.catalogVersion(),
                SKILLS_SETTING, catalog.skills().stream().map(Skill::id).collect(Collectors.joining(",")));
    }

    /** One line, e.g. "3 skills merged, 3 widened, 5 new to rate". */
    public static String summary(CatalogChanges changes) {
        return Messages.get("upgrade.summary", changes.merged().size(), changes.renamed().size(), changes.added().size());
    }
}
