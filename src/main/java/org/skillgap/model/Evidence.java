package org.skillgap.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something that backs a self-rating: a piece of work, with its day and, when the person gives them,
 * a link or a file path (kept as text only: SkillGap never opens or fetches either) and an outcome
 * ("deploys 4x faster"). An empty link, file or outcome means none was given.
 *
 * @param id 0 for evidence not saved yet
 */
public record Evidence(long id, String skillId, String title, LocalDate date, String link, String file,
                       String outcome) {

    public Evidence {
        Objects.requireNonNull(skillId, "skillId");
        Objects.requireNonNull(date, "date");
        title = strip(title);
        link = strip(link);
        file = strip(file);
        outcome = strip(outcome);
    }

    public Evidence withId(long newId) {
        return new Evidence(newId, skillId, title, date, link, file, outcome);
    }

    public Evidence withSkill(String newSkillId) {
        return new Evidence(id, newSkillId, title, date, link, file, outcome);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
