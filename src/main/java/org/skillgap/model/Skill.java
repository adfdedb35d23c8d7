package org.skillgap.model;

import java.util.List;
import java.util.Objects;

/**
 * A skill the role needs.
 *
 * @param levelDescriptions exactly six entries: what levels 0 to 5 look like for this skill
 * @param replaces          ids this skill took over from (renamed or merged), so old ratings carry forward
 */
public record Skill(String id, Category category, String name, String description,
                    List<String> levelDescriptions, List<String> replaces) {

    public Skill {
        Objects.requireNonNull(id);
        Objects.requireNonNull(category);
        Objects.requireNonNull(name);
        description = description == null ? "" : description;
        levelDescriptions = List.copyOf(levelDescriptions);
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
    }

    public String describeLevel(int level) {
        return levelDescriptions.get(level);
    }
}
