package org.skillgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.EnglishLocale;
import org.skillgap.json.JsonFiles;

/** {@code skillgap evidence add|list|remove}, run as a person types it, on a real SQLite file. */
@EnglishLocale
class EvidenceCommandTest {

    @TempDir
    Path data;

    private CliRun ok(String... args) {
        return CliRun.ok(data, args);
    }

    @Test
    void evidenceAddedIsListedWithItsLinkFileAndOutcomeAndRemovedByItsId() throws Exception {
        assertThat(ok("evidence", "add", "product-metrics", "--title", "Defect dashboards", "--date", "2025-03-01",
                "--link", "https://example.com/dash", "--file", "~/work/dash.png", "--outcome", "triage 2x faster").out)
                .contains("Evidence 1 kept for Product metrics and analytics: Defect dashboards");
        ok("evidence", "add", "communication", "--title", "Board demo");

        JsonNode all = JsonFiles.mapper().readTree(ok("evidence", "list", "--json").out);
        assertThat(all).hasSize(2);
        JsonNode metrics = all.get(1);
        assertThat(metrics.get("id").asInt()).isEqualTo(1);
        assertThat(metrics.get("skill").asString()).isEqualTo("product-metrics");
        assertThat(metrics.get("date").asString()).isEqualTo("2025-03-01");
        assertThat(metrics.get("link").asString()).isEqualTo("https://example.com/dash");
        assertThat(metrics.get("file").asString()).isEqualTo("~/work/dash.png");
        assertThat(metrics.get("outcome").asString()).isEqualTo("triage 2x faster");
        JsonNode demo = all.get(0);
        assertThat(demo.get("date").asString()).as("today by default").isEqualTo(LocalDate.now().toString());
        assertThat(demo.get("link").isNull()).isTrue();

        assertThat(ok("evidence", "list", "communication").out).contains("Board demo").doesNotContain("Defect dashboards");
        ok("evidence", "remove", "1");
        assertThat(ok("evidence", "list").out).contains("Board demo").doesNotContain("Defect dashboards");
        assertThat(ok("evidence", "list", "product-metrics").out).contains("No evidence kept for Product metrics");
    }

    @Test
    void anOldSkillIdIsKeptUnderTheCurrentOne() throws Exception {
        ok("evidence", "add", "data-analysis", "--title", "SQL on the defect DB");

        assertThat(JsonFiles.mapper().readTree(ok("evidence", "list", "--json").out).get(0).get("skill").asString())
                .isEqualTo("product-metrics");
    }

    @Test
    void badInputExitsTwoWithOneLineAndChangesNothing() throws Exception {
        ok("evidence", "add", "communication", "--title", "Board demo");
        byte[] before = Files.readAllBytes(data.resolve("skillgap.db"));
        String tomorrow = LocalDate.now().plusDays(1).toString();

        for (String[] bad : List.of(
                new String[] {"evidence", "add", "no-such-skill", "--title", "x"},
                new String[] {"evidence", "add", "communication", "--title", "  "},
                new String[] {"evidence", "add", "communication", "--title", "x", "--date", "01/03/2025"},
                new String[] {"evidence", "add", "communication", "--title", "x", "--date", tomorrow},
                new String[] {"evidence", "add", "communication", "--title", "x", "--outcome", "a".repeat(201)},
                new String[] {"evidence", "add", "communication", "--title", "bell\u0007"},
                new String[] {"evidence", "add", "communication"},
                new String[] {"evidence", "list", "no-such-skill"},
                new String[] {"evidence", "remove", "7"},
                new String[] {"evidence", "remove", "one"})) {
            CliRun run = CliRun.in(data, bad);
            assertThat(run.exitCode).as(String.join(" ", bad) + "\n" + run).isEqualTo(2);
            assertThat(run.err.strip().lines()).as(String.join(" ", bad)).hasSize(1);
        }
        assertThat(Files.readAllBytes(data.resolve("skillgap.db"))).isEqualTo(before);
        assertThat(CliRun.in(data, "evidence", "add", "communication", "--title", "x", "--date", tomorrow).err)
                .contains("is in the future");
        assertThat(CliRun.in(data, "evidence", "remove", "7").err).contains("There is no evidence with id 7");
    }
}
