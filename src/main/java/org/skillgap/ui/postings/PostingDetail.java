package org.skillgap.ui.postings;

import java.util.List;
import java.util.Optional;

import org.skillgap.model.Skill;

/**
 * The selected posting as the detail pane shows it, made at once from one reading so its parts
 * always agree; {@link #NONE} while nothing is selected.
 *
 * @param row     the posting chosen in the list
 * @param parts   its text in runs, the phrases that name a skill apart
 * @param skills  the skills it asks for, required first
 * @param addable the catalog's skills it does not ask for: the ones the person may add
 * @param summary the posting in one line: fit, base profile, how many skills of each kind, blockers
 */
public record PostingDetail(Optional<PostingRow> row, List<TextPart> parts, List<SkillLine> skills,
                            List<Skill> addable, String summary) {

    public static final PostingDetail NONE = new PostingDetail(Optional.empty(), List.of(), List.of(), List.of(), "");

    public PostingDetail {
        parts = List.copyOf(parts);
        skills = List.copyOf(skills);
        addable = List.copyOf(addable);
    }
}
