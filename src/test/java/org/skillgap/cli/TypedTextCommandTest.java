package org.skillgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.store.SkillGapStore;

/** Text given on the command line follows the same rule as everywhere, and a refusal saves nothing at all. */
class TypedTextCommandTest {

    @TempDir
    Path temp;

    @Test
    void aRatingWithARefusedNoteIsNotSavedEither() {
        CliRun run = CliRun.in(temp, "rate", "cloud-computing", "3", "--note", "beep\u0007");

        assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
        assertThat(run.err.strip()).contains("The note for 'cloud-computing' cannot be saved")
                .contains("control character (U+0007)");
        try (SkillGapStore store = SkillGapStore.open(temp.resolve("skillgap.db"))) {
            assertThat(store.assessment().ratings()).isEmpty();
            assertThat(store.history()).isEmpty();
        }
    }

    @Test
    void aNoteAndANameInAnyScriptAreSavedAsGiven() {
        assertThat(CliRun.in(temp, "profile", "--name", "مريم 👩‍💻", "--target", "it-product-manager",
                "--background", "qa-analyst").exitCode).isZero();
        assertThat(CliRun.in(temp, "rate", "cloud-computing", "3", "--note", "עברית and English\nsecond line").exitCode)
                .isZero();

        try (SkillGapStore store = SkillGapStore.open(temp.resolve("skillgap.db"))) {
            assertThat(store.profile().orElseThrow().name()).isEqualTo("مريم 👩‍💻");
            assertThat(store.notes()).isEqualTo(Map.of("cloud-computing", "עברית and English\nsecond line"));
        }
    }
}
