package org.skillgap.cli;

import picocli.CommandLine.Parameters;

/** The skill a command is about, by id: one wording and one translation for each command that takes one. */
final class SkillParameter {

    @Parameters(descriptionKey = "skillId", paramLabel = "SKILL", description = "A skill id (see 'catalog list').")
    String id;
}
