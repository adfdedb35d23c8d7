package org.skillgap.model;

import java.util.List;
import java.util.Objects;

/**
 * A skill the role needs.
 *
 * @param levelDescriptions exactly six entries: what levels 0 to 5 look like for this skill
 * @param replaces          ids this skill took over from (renamed or merged), so old ratings carry forward
 * @param phrases           words a job posting uses for this skill ("SQL", "A/B test"), matched
 *                          after stemming; empty when the catalog gives none
 */
public record Skill(String id, Category category, String name, String description,
                    List<String> levelDescriptions, List<String> replaces, List<String> phrases) {

    public Skill {
        Objects.requireNonNull(id);
        Objects.requireNonNull(category);
        Objects.requireNonNull(name);
        description = description == null ? "" : description;
        levelDescriptions = List.copyOf(levelDescriptions);
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
    }

    /** A skill no job posting phrase names. */
    public Skill(String id, Category category, String name, String description,
                 List<String> levelDescriptions, List<String> replaces) {
        this(id, category, name, description, levelDescriptions, replaces, List.of());
    }

    public String describeLevel(int level) {
        return levelDescriptions.get(level);
    }
}
