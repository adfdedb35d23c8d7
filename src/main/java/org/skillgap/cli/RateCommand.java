package org.skillgap.cli;

import java.util.concurrent.Callable;

import org.skillgap.model.BadInputException;
import org.skillgap.model.Level;
import org.skillgap.model.Messages;
import org.skillgap.model.Texts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code skillgap rate SKILL_ID LEVEL [--note TEXT]}. */
@Command(name = "rate", description = "Rate yourself 0-5 on a skill.")
final class RateCommand extends Subcommand implements Callable<Integer> {

    @Parameters(descriptionKey = "skill", index = "0", paramLabel = "SKILL_ID",
            description = "A skill id (see 'catalog list').")
    String skillId;

    @Parameters(descriptionKey = "level", index = "1", paramLabel = "LEVEL",
            description = "0 None, 1 Aware, 2 Beginner, 3 Competent, 4 Advanced, 5 Expert.")
    String level;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note for this skill (evidence, an example).")
    String note;

    @Override
    public Integer call() {
        int value = parseLevel(level);
        String kept = note == null ? null : Texts.noteAsSaved(note);
        if (kept != null) {
            // Checked before the data file is even opened, so the message is about the note alone.
            Texts.checkNote(skillId, kept);
        }
        try (Workspace ws = Workspace.open(root)) {
            String id = ws.requireSkill(skillId);
            if (kept == null) {
                ws.store.rate(id, value);
            } else {
                ws.store.rate(id, value, kept);
            }
            String name = ws.skillName(id).orElse(id);
            out().println(Messages.get("cli.rate.done", name, value, Level.of(value).displayName(),
                    ws.catalog.skill(id).map(s -> s.describeLevel(value)).orElse("")));
            out().flush();
        }
        return SkillGapCommand.OK;
    }

    static int parseLevel(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (Level.isValid(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the valid levels
        }
        throw new BadInputException(Messages.get("cli.level.invalid", text));
    }
}
