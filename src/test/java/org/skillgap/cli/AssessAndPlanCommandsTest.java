package org.skillgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.catalog.Catalogs;
import org.skillgap.model.Catalog;

class AssessAndPlanCommandsTest {

    @TempDir
    Path data;

    private final Catalog catalog = Catalogs.bundled();
    private final ObjectMapper json = new ObjectMapper();
    private String skill;
    private String target;
    private String background;

    @BeforeEach
    void ids() {
        skill = catalog.skills().get(0).id();
        target = catalog.profiles().get(1).id();
        background = catalog.backgrounds().get(0).id();
    }

    private CliRun run(String... args) {
        return CliRun.in(data, args);
    }

    private void profile() {
        CliRun run = run("profile", "--name", "Zoë", "--target", target, "--background", background,
                "--hours-per-week", "8");
        assertThat(run.exitCode).as(run.toString()).isZero();
    }

    @Test
    void profileSetsWhatIsGivenAndPrintsIt() {
        profile();
        CliRun run = run("profile", "--hours-per-week", "12");
        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("Zoë").contains(target).contains(background).contains("12");
    }

    @Test
    void profileRefusesAnUnknownTargetListingTheValidOnes() {
        CliRun run = run("profile", "--target", "astronaut", "--background", background);
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("astronaut").contains(target);
        assertThat(run("profile").exitCode).isEqualTo(2);
    }

    @Test
    void aSkillIdOfAnOlderCatalogIsStillAcceptedAndLandsOnTheSkillThatReplacedIt() throws Exception {
        // 0.1.0 had customer-research; catalog 2026.1 calls it product-discovery.
        profile();
        CliRun rate = run("rate", "customer-research", "1");
        assertThat(rate.exitCode).as(rate.toString()).isZero();

        JsonNode status = json.readTree(run("status", "--json").out);
        List<String> rated = new java.util.ArrayList<>();
        status.get("gaps").forEach(g -> {
            if (g.get("rated").asBoolean()) {
                rated.add(g.get("skill").asText() + "=" + g.get("current").asInt());
            }
        });
        assertThat(rated).containsExactly("product-discovery=1");
        assertThat(run("mark", "exp-customer-feedback", "done").exitCode).isZero();
    }

    @Test
    void rateSavesTheLevelAndStatusShowsIt() throws Exception {
        profile();
        CliRun rate = run("rate", skill, "4", "--note", "Ran our sprint reviews");
        assertThat(rate.exitCode).as(rate.toString()).isZero();
        assertThat(rate.out).contains("Advanced");

        JsonNode status = json.readTree(run("status", "--json").out);
        assertThat(status.get("target").asString()).isEqualTo(target);
        assertThat(status.get("readiness").asDouble()).isBetween(0.0, 100.0).isGreaterThan(0.0);
        assertThat(status.get("categories").propertyNames())
                .containsExactly("technical", "business", "leadership");
        assertThat(status.get("ready").asBoolean()).isFalse();
        JsonNode gaps = status.get("gaps");
        for (int i = 1; i < gaps.size(); i++) {
            assertThat(gaps.get(i - 1).get("gap").asInt() * gaps.get(i - 1).get("weight").asInt())
                    .isGreaterThanOrEqualTo(gaps.get(i).get("gap").asInt() * gaps.get(i).get("weight").asInt());
        }
        assertThat(status.get("blockers").isArray()).isTrue();
    }

    @Test
    void rateRefusesAnOutOfRangeLevelOrUnknownSkillAndChangesNothing() throws Exception {
        profile();
        byte[] before = Files.readAllBytes(data.resolve("skillgap.db"));
        CliRun high = run("rate", skill, "7");
        assertThat(high.exitCode).isEqualTo(2);
        assertThat(high.err).contains("0 to 5").contains("'7'");
        CliRun unknown = run("rate", "juggling", "3");
        assertThat(unknown.exitCode).isEqualTo(2);
        assertThat(unknown.err).contains("juggling").contains(skill);
        assertThat(unknown.err.strip().lines()).hasSize(1);
        assertThat(json.readTree(run("status", "--json").out).get("readiness").asDouble()).isZero();
        assertThat(Files.readAllBytes(data.resolve("skillgap.db"))).isEqualTo(before);
    }

    @Test
    void historyHasOneEntryForTodayAfterRatings() throws Exception {
        profile();
        run("rate", skill, "2");
        run("rate", catalog.skills().get(1).id(), "3");
        JsonNode history = json.readTree(run("history", "--json").out).get("history");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("date").asString()).isEqualTo(java.time.LocalDate.now().toString());
        assertThat(run("history").out).contains("%");
    }

    @Test
    void planListsItemsWithDatesAndMarkChangesAStatus() throws Exception {
        profile();
        JsonNode plan = json.readTree(run("plan", "--json").out);
        assertThat(plan.get("readyBy").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        JsonNode first = plan.get("items").get(0);
        assertThat(first.get("status").asString()).isEqualTo("todo");
        assertThat(first.get("skills")).isNotEmpty();

        String id = first.get("id").asString();
        CliRun mark = run("mark", id, "in-progress");
        assertThat(mark.exitCode).as(mark.toString()).isZero();
        JsonNode after = json.readTree(run("plan", "--json").out);
        assertThat(after.get("items")).anySatisfy(i -> {
            assertThat(i.get("id").asString()).isEqualTo(id);
            assertThat(i.get("status").asString()).isEqualTo("in-progress");
        });
    }

    @Test
    void markRefusesAnUnknownItemOrStatus() {
        profile();
        String id = catalog.items().get(0).id();
        CliRun badStatus = run("mark", id, "finished");
        assertThat(badStatus.exitCode).isEqualTo(2);
        assertThat(badStatus.err).contains("finished").contains("in-progress");
        CliRun badItem = run("mark", "moon-landing", "done");
        assertThat(badItem.exitCode).isEqualTo(2);
        assertThat(badItem.err).contains("moon-landing");
    }

    @Test
    void planWithoutAProfileSaysHowToMakeOne() {
        CliRun run = run("plan");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("skillgap profile --target");
    }

    @Test
    void planTextSaysProgressDatesAndOrderAsTheWindowDoes() throws Exception {
        profile();
        JsonNode items = json.readTree(run("plan", "--json").out).get("items");
        String done = items.get(0).get("id").asString();
        String skipped = items.get(1).get("id").asString();
        run("mark", done, "done");
        run("mark", skipped, "skipped");

        JsonNode plan = json.readTree(run("plan", "--json").out);
        int total = plan.get("items").size();
        CliRun text = run("plan");

        java.time.LocalDate readyBy = java.time.LocalDate.parse(plan.get("readyBy").asString());
        assertThat(text.out).contains("Ready by " + org.skillgap.model.Dates.format(readyBy))
                .contains("1 done, 1 skipped of " + total)
                .contains("The ready date is set by");
        assertThat(text.out).as("no ISO dates in the text").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        // Done and skipped steps at the bottom, done first, as in the window and the PDF.
        List<String> boxes = text.out.lines().filter(l -> l.startsWith("[")).toList();
        assertThat(boxes.get(boxes.size() - 2)).startsWith("[x]");
        assertThat(boxes.get(boxes.size() - 1)).startsWith("[-]");
        JsonNode last = plan.get("items").get(total - 1);
        assertThat(last.get("id").asString()).isEqualTo(skipped);
        // A skipped step is no progress.
        assertThat(plan.get("progress").asDouble()).isCloseTo(100.0 / total, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void statusTextRoundsAsTheWindowAndThePdfDo() throws Exception {
        profile();
        run("rate", skill, "3");
        run("rate", catalog.skills().get(1).id(), "2");
        JsonNode status = json.readTree(run("status", "--json").out);

        int shown = org.skillgap.gap.Percent.of(status.get("readiness").asDouble(), status.get("ready").asBoolean());
        assertThat(run("status").out).contains(": " + shown + "% (");
    }
}
