package org.skillgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code skillgap posting add|list|show|remove} and {@code plan|status --posting ID}, run as a job
 * seeker keeping the postings they apply to would, on real files.
 */
class KeptPostingCommandTest {

    @TempDir
    Path data;

    @TempDir
    Path files;

    private final ObjectMapper json = new ObjectMapper();

    private static Path resource(String path) throws URISyntaxException {
        return Path.of(KeptPostingCommandTest.class.getResource(path).toURI());
    }

    private CliRun run(String... args) {
        return CliRun.in(data, args);
    }

    private long add(String posting, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("posting", "add", resource("/postings/" + posting).toString()));
        args.addAll(List.of(more));
        args.add("--json");
        CliRun add = run(args.toArray(String[]::new));
        assertThat(add.exitCode).as(add.toString()).isZero();
        return json.readTree(add.out).get("id").asLong();
    }

    @Test
    void aKeptPostingIsListedShownWithItsSkillsAndFitAndRemoved() throws Exception {
        assertThat(run("rate", "cloud-computing", "4").exitCode).isZero();
        CliRun added = run("posting", "add", resource("/postings/senior-pm-cloud-platform.md").toString());
        assertThat(added.exitCode).as(added.toString()).isZero();
        assertThat(added.out).contains("Kept as posting 1: see it again with 'skillgap posting show 1'")
                .contains("Posting: Senior Product Manager, Cloud Infrastructure Platform")
                .containsPattern("Fit for this posting: \\d+%");
        long data = add("pm-data-platform.txt", "--title", "Meridian data PM");

        CliRun list = run("posting", "list");
        assertThat(list.out).contains("(your target)")
                .containsPattern("1\\s+\\d+%\\s+Senior Product Manager, Cloud Infrastructure Platform")
                .containsPattern(data + "\\s+\\d+%\\s+Meridian data PM");
        JsonNode rows = json.readTree(run("posting", "list", "--json").out);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get("title").asString()).isEqualTo("Meridian data PM");
        assertThat(rows.get(0).get("baseProfile").asString()).isEqualTo("senior-it-product-manager");

        JsonNode shown = json.readTree(run("posting", "show", "1", "--json").out);
        assertThat(shown.get("id").asLong()).isEqualTo(1);
        assertThat(shown.get("title").asString()).isEqualTo("Senior Product Manager, Cloud Infrastructure Platform");
        assertThat(shown.get("fit").asDouble()).isPositive();
        assertThat(shown.get("ready").asBoolean()).isFalse();
        JsonNode cloud = PostingCommandTest.skill(shown, "cloud-computing");
        assertThat(cloud.get("required").asBoolean()).isTrue();
        assertThat(cloud.get("phrases").toString()).contains("AWS");
        assertThat(cloud.get("current").asInt()).isEqualTo(4);
        assertThat(cloud.get("target").asInt()).isPositive();
        assertThat(cloud.get("weight").asInt()).isPositive();
        assertThat(run("posting", "show", "1").out).contains("Required (");

        CliRun removed = run("posting", "remove", "1");
        assertThat(removed.out).contains("Removed the posting \"Senior Product Manager, Cloud Infrastructure Platform\" (1)");
        assertThat(json.readTree(run("posting", "list", "--json").out)).hasSize(1);
        CliRun gone = run("posting", "show", "1");
        assertThat(gone.exitCode).isEqualTo(2);
        assertThat(gone.err).contains("No posting is kept under '1'. Kept postings: " + data);
    }

    @Test
    void planAndStatusFollowAKeptPostingById() throws Exception {
        assertThat(run("profile", "--target", "associate-it-product-manager", "--background", "student",
                "--hours-per-week", "10").exitCode).isZero();
        long id = add("lead-pm-security.md");

        CliRun plan = run("plan", "--posting", Long.toString(id), "--json");
        assertThat(plan.exitCode).as(plan.toString()).isZero();
        List<String> planned = new ArrayList<>();
        json.readTree(plan.out).get("items").forEach(i -> i.get("skills").forEach(s -> planned.add(s.asString())));
        assertThat(planned).contains("cybersecurity");

        CliRun status = run("status", "--posting", Long.toString(id), "--json");
        assertThat(status.exitCode).as(status.toString()).isZero();
        JsonNode report = json.readTree(status.out);
        assertThat(report.get("target").asString()).isEqualTo("posting");
        assertThat(report.get("blockers").toString()).contains("cybersecurity");
        JsonNode own = json.readTree(run("status", "--json").out);
        assertThat(own.get("target").asString()).isEqualTo("associate-it-product-manager");
        assertThat(run("status", "--posting", Long.toString(id)).out).contains("Lead Product Manager");

        Path pdf = files.resolve("plan.pdf");
        CliRun written = run("pdf", pdf.toString(), "--posting", Long.toString(id));
        assertThat(written.exitCode).as(written.toString()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("(job posting)");
        }

        // A file still works where an id does.
        assertThat(run("plan", "--posting", resource("/postings/lead-pm-security.md").toString()).exitCode).isZero();
        CliRun unknown = run("status", "--posting", "99");
        assertThat(unknown.exitCode).isEqualTo(2);
        assertThat(unknown.err).contains("No posting is kept under '99'");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty.txt", "blank.md", "recipe.txt", "image-renamed.md", "latin1.txt", "truncated.pdf",
            "only-scripts-name-skills.html"})
    void aBadPostingFileExitsTwoAndKeepsNothing(String name) throws Exception {
        long kept = add("pm-public-sector.txt");

        CliRun bad = run("posting", "add", resource("/postings-bad/" + name).toString(), "--json");

        assertThat(bad.exitCode).as(bad.toString()).isEqualTo(2);
        assertThat(bad.out).isEmpty();
        assertThat(bad.err).containsAnyOf("is empty", "does not read like a job posting", "is not text",
                "cannot be read");
        JsonNode rows = json.readTree(run("posting", "list", "--json").out);
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.get("id").asLong()).isEqualTo(kept));
    }

    @Test
    void aFileOverOneMegabyteAMissingOneAndAnUnknownIdChangeNothing() throws Exception {
        Path big = Files.writeString(files.resolve("huge.txt"), "Product roadmap and SQL. ".repeat(50_000));
        CliRun tooBig = run("posting", "add", big.toString());
        assertThat(tooBig.exitCode).isEqualTo(2);
        assertThat(tooBig.err).contains("over 1 MB");
        CliRun missing = run("posting", "add", files.resolve("gone.pdf").toString());
        assertThat(missing.exitCode).isEqualTo(2);
        assertThat(missing.err).contains("gone.pdf cannot be read");
        // Nothing was opened for them: the data folder was never made.
        assertThat(data).isEmptyDirectory();

        CliRun none = run("posting", "remove", "3");
        assertThat(none.exitCode).isEqualTo(2);
        assertThat(none.err).contains("none is kept yet");
        CliRun word = run("posting", "show", "first");
        assertThat(word.exitCode).isEqualTo(2);
        assertThat(word.err).contains("No posting is kept under 'first'");
        assertThat(run("posting", "list").out).contains("No posting is kept yet");
    }
}
