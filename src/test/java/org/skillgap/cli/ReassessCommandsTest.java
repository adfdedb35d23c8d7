package org.skillgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillgap.EnglishLocale;
import org.skillgap.catalog.Catalogs;
import org.skillgap.model.Catalog;
import org.skillgap.model.RatingChange;
import org.skillgap.model.UserData;
import org.skillgap.store.SkillGapStore;

/** The re-assessment interval on the command line: set with {@code profile}, told by {@code status}. */
@EnglishLocale
class ReassessCommandsTest {

    @TempDir
    Path data;

    private final Catalog catalog = Catalogs.bundled();
    private final ObjectMapper json = new ObjectMapper();

    private void profile() {
        CliRun run = CliRun.in(data, "profile", "--target", catalog.profiles().get(1).id(),
                "--background", catalog.backgrounds().get(0).id());
        assertThat(run.exitCode).as(run.toString()).isZero();
    }

    /** The person's last rating was {@code daysAgo} days ago, written as the store keeps it. */
    private void lastRated(long daysAgo) {
        try (SkillGapStore store = SkillGapStore.open(data.resolve("skillgap.db"))) {
            UserData now = store.readAll();
            String skill = catalog.skills().get(0).id();
            store.replaceAll(new UserData(now.profile(), Map.of(skill, 2), now.notes(),
                    List.of(new RatingChange(skill, 2, Instant.now().minus(daysAgo, ChronoUnit.DAYS))),
                    now.items(), now.settings()));
        }
    }

    private JsonNode status() throws Exception {
        CliRun run = CliRun.in(data, "status", "--json");
        assertThat(run.exitCode).as(run.toString()).isZero();
        return json.readTree(run.out);
    }

    @Test
    void theIntervalIsSixWeeksUntilChangedAndProfileShowsIt() throws Exception {
        profile();
        assertThat(CliRun.in(data, "profile").out).contains("Re-assess every:  6 weeks");

        CliRun run = CliRun.in(data, "profile", "--reassess-weeks", "10");

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("Re-assess every:  10 weeks");
        assertThat(CliRun.in(data, "profile").out).contains("Re-assess every:  10 weeks");
        assertThat(CliRun.in(data, "profile", "--reassess-weeks", "1").out).contains("Re-assess every:  1 week\n");
    }

    @Test
    void statusJsonGivesTheDueDateTheIntervalAfterTheLastRating() throws Exception {
        profile();
        assertThat(status().get("reassessDue").isNull()).as("nothing rated yet").isTrue();
        lastRated(10);
        CliRun.in(data, "profile", "--reassess-weeks", "4");

        LocalDate last = LocalDate.ofInstant(Instant.now().minus(10, ChronoUnit.DAYS), ZoneId.systemDefault());
        assertThat(status().get("reassessDue").asString()).isEqualTo(last.plusWeeks(4).toString());
    }

    @Test
    void statusSaysWhenItIsTimeToReassess() {
        profile();
        lastRated(8 * 7 + 2);

        CliRun run = CliRun.in(data, "status");

        assertThat(run.out).contains("Time to re-assess your skills: last assessed 8 weeks ago (you chose every 6 weeks).");
        CliRun.in(data, "profile", "--reassess-weeks", "12");
        assertThat(CliRun.in(data, "status").out).contains("Next re-assessment: ").contains("(every 12 weeks)")
                .doesNotContain("Time to re-assess");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "53", "-2"})
    void anIntervalOutOfRangeExitsTwoAndChangesNothing(String weeks) {
        profile();

        CliRun run = CliRun.in(data, "profile", "--reassess-weeks", weeks, "--hours-per-week", "20");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.strip()).contains("Re-assess every " + weeks + " weeks is not possible: choose 1 to 52 weeks.")
                .doesNotContain("\n");
        try (SkillGapStore store = SkillGapStore.open(data.resolve("skillgap.db"))) {
            assertThat(store.setting("reassess.weeks")).isEqualTo(Optional.empty());
            assertThat(store.profile().orElseThrow().hoursPerWeek()).as("the other options are not taken either")
                    .isEqualTo(6);
        }
    }

    @Test
    void anIntervalThatIsNotANumberIsBadUsage() {
        profile();

        CliRun run = CliRun.in(data, "profile", "--reassess-weeks", "often");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("often");
    }

    @Test
    void withoutAProfileTheIntervalAloneSaysHowToMakeOneAndSavesNothing() {
        CliRun run = CliRun.in(data, "profile", "--reassess-weeks", "8");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("--target").contains("--background");
        try (SkillGapStore store = SkillGapStore.open(data.resolve("skillgap.db"))) {
            assertThat(store.setting("reassess.weeks")).isEmpty();
        }
    }
}
