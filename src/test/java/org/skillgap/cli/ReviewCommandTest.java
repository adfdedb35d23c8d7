package org.skillgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDComboBox;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillgap.EnglishLocale;
import org.skillgap.json.JsonFiles;

/**
 * {@code skillgap review request|import|show|adopt}: a real form is made, filled in with PDFBox as a
 * PDF reader fills it, brought back and compared; every bad form is refused with the data file
 * unchanged.
 */
@EnglishLocale
class ReviewCommandTest {

    @TempDir
    Path data;

    @TempDir
    Path files;

    private CliRun ok(String... args) {
        return CliRun.ok(data, args);
    }

    private Path form() {
        ok("profile", "--target", "it-product-manager", "--background", "qa-analyst", "--hours-per-week", "6",
                "--name", "Zoë Müller");
        ok("rate", "communication", "4");
        ok("rate", "roadmapping", "1");
        ok("rate", "prioritization", "2");
        Path form = files.resolve("review.pdf");
        ok("review", "request", form.toString(), "--reviewer", "Ana Lima");
        return form;
    }

    private byte[] dataFile() throws Exception {
        return Files.readAllBytes(data.resolve("skillgap.db"));
    }

    @Test
    void theFormCarriesThePersonEverySkillWithItsLevelsAndAChoiceAndCommentNamedByTheSkillId() throws Exception {
        Path form = form();

        try (PDDocument document = Loader.loadPDF(form.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Skills review for Zoë Müller", "Communication",
                    "0 None:", "5 Expert:", "Your name", "You know them as");
            // As saved: without PDFBox's fix-up on loading, which would draw the fields and clear the flag.
            PDAcroForm acroForm = document.getDocumentCatalog().getAcroForm(null);
            assertThat(acroForm.getNeedAppearances()).isTrue();
            PDComboBox level = (PDComboBox) acroForm.getField("level_communication");
            assertThat(level.getOptions()).containsExactly("Can't judge", "0 None", "1 Aware", "2 Beginner",
                    "3 Competent", "4 Advanced", "5 Expert");
            assertThat(acroForm.getField("comment_communication")).isNotNull();
            assertThat(acroForm.getField("reviewer_name").getValueAsString()).isEqualTo("Ana Lima");
            // Every visible field has an appearance, so a viewer that only draws appearances shows it.
            assertThat(level.getWidgets().get(0).getAppearance()).isNotNull();
        }
    }

    @Test
    void aFilledFormComesBackApartFromTheOwnRatingsAndShowsTheBigDisagreementsFirst() throws Exception {
        Path filled = files.resolve("filled.pdf");
        ReviewForms.fill(form(), filled, "Ana Lima", "mentor", "2025-06-02",
                Map.of("communication", "2 Beginner", "roadmapping", "3 Competent", "prioritization", "3 Competent",
                        "stakeholder-management", "4 Advanced"),
                Map.of("roadmapping", "Ran the Q3 roadmap review on her own."));

        CliRun imported = ok("review", "import", filled.toString());

        assertThat(imported.out).contains("Review 1 by Ana Lima imported: 4 skills rated, 2 disagreements");
        JsonNode shown = JsonFiles.mapper().readTree(ok("review", "show", "--json").out);
        JsonNode review = shown.get("reviews").get(0);
        assertThat(review.get("reviewer").asString()).isEqualTo("Ana Lima");
        assertThat(review.get("date").asString()).isEqualTo("2025-06-02");
        assertThat(review.get("ratings").get("roadmapping").asInt()).isEqualTo(3);
        assertThat(review.get("ratings").has("cloud-computing")).as("left at can't judge").isFalse();
        assertThat(review.get("comments").get("roadmapping").asString()).isEqualTo("Ran the Q3 roadmap review on her own.");
        assertThat(shown.get("disagreements")).hasSize(2);
        assertThat(shown.get("disagreements").get(0).get("skill").asString()).isIn("communication", "roadmapping");
        assertThat(shown.get("disagreements").get(0).get("self").asInt()).isIn(4, 1);
        String text = ok("review", "show").out;
        List<String> lines = text.lines().toList();
        assertThat(lines.get(1)).startsWith("! ");
        assertThat(lines.get(1) + lines.get(2) + lines.get(3)).contains("Communication and storytelling: you 4, reviewer 2");
        // The own ratings are unchanged until one is adopted.
        assertThat(ok("history").out).contains("review by Ana Lima, 4 skills rated").doesNotContain("after review");
    }

    @Test
    void adoptingMakesTheReviewersLevelTheOwnRatingRecordedAfterReviewByTheReviewer() throws Exception {
        Path filled = files.resolve("filled.pdf");
        ReviewForms.fill(form(), filled, "Ana Lima", "mentor", "", Map.of("roadmapping", "3 Competent"), Map.of());
        ok("review", "import", filled.toString());

        assertThat(ok("review", "adopt", "roadmapping").out).contains("Product roadmapping is now 3, after review by Ana Lima.");

        JsonNode shown = JsonFiles.mapper().readTree(ok("review", "show", "--json").out);
        assertThat(shown.get("disagreements")).isEmpty();
        assertThat(ok("history").out).contains("Product roadmapping rated 3 by yourself, after review by Ana Lima");
        CliRun notJudged = CliRun.in(data, "review", "adopt", "communication");
        assertThat(notJudged.exitCode).isEqualTo(2);
        assertThat(notJudged.err).contains("Ana Lima did not rate communication");
    }

    @Test
    void anExportCarriesTheEvidenceTheReviewAndItsFormSoTheFormStillComesInAfterAnImport() throws Exception {
        Path form = form();
        ok("evidence", "add", "communication", "--title", "Board demo", "--date", "2025-05-01");
        Path filled = files.resolve("filled.pdf");
        ReviewForms.fill(form, filled, "Ana Lima", "mentor", "2025-06-02", Map.of("communication", "2 Beginner"), Map.of());
        Path export = files.resolve("data.json");
        ok("export", export.toString());

        // On another machine: the same data imported, then the filled form brought back there.
        Path other = files.resolve("other");
        assertThat(CliRun.in(other, "import", export.toString()).exitCode).isZero();
        CliRun imported = CliRun.in(other, "review", "import", filled.toString());

        assertThat(imported.exitCode).as(imported.toString()).isZero();
        assertThat(CliRun.in(other, "evidence", "list").out).contains("Board demo");
        assertThat(JsonFiles.mapper().readTree(CliRun.in(other, "review", "show", "--json").out).get("disagreements"))
                .hasSize(1);
        Path backup = files.resolve("backup.db");
        ok("backup", backup.toString());
        try (org.skillgap.store.SkillGapStore copy = org.skillgap.store.SkillGapStore.open(backup)) {
            assertThat(copy.evidence().all()).hasSize(1);
            assertThat(copy.reviews().all().requests()).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"plain.pdf", "another-programs-form.pdf", "someone-elses-form.pdf", "truncated-form.pdf",
            "not-a-pdf.pdf"})
    void aBadFileIsRefusedWithAMessageAndNothingChanged(String name) throws Exception {
        form();
        Path bad = files.resolve(name);
        Files.copy(Path.of("src/test/resources/review-bad", name), bad);
        byte[] before = dataFile();

        CliRun run = CliRun.in(data, "review", "import", bad.toString());

        assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains(name).containsAnyOf("is not a SkillGap review form", "made for someone else");
        assertThat(dataFile()).isEqualTo(before);
        assertThat(ok("review", "show").out).contains("No review yet");
    }

    @Test
    void aLevelOutOfRangeAnotherCatalogAndASecondImportAreRefusedWithNothingChanged() throws Exception {
        Path form = form();
        Path filled = files.resolve("filled.pdf");
        ReviewForms.fill(form, filled, "Ana Lima", "mentor", "2025-06-02", Map.of("roadmapping", "3 Competent"), Map.of());
        Path seven = files.resolve("seven.pdf");
        ReviewForms.force(filled, seven, "level_communication", "7");
        Path otherCatalog = files.resolve("other-catalog.pdf");
        ReviewForms.force(filled, otherCatalog, "skillgap_catalog", "1999.1");
        Path badDate = files.resolve("bad-date.pdf");
        ReviewForms.force(filled, badDate, "review_date", "next Tuesday");
        byte[] before = dataFile();

        assertRefused(seven, "gives '7' as the level of communication: a level is 0 to 5");
        assertRefused(otherCatalog, "was made for catalog 1999.1");
        assertRefused(badDate, "write it as YYYY-MM-DD");
        assertThat(dataFile()).isEqualTo(before);

        ok("review", "import", filled.toString());
        byte[] imported = dataFile();
        assertRefused(filled, "was already imported, as review 1");
        assertThat(dataFile()).isEqualTo(imported);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutBeingRead() throws Exception {
        form();
        Path huge = files.resolve("huge.pdf");
        try (var out = Files.newOutputStream(huge)) {
            out.write("%PDF-1.7\n".getBytes());
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < 21; i++) {
                out.write(block);
            }
        }
        assertRefused(huge, "is larger than 20 MB");
    }

    @Test
    void noFormBeforeTheFirstRun() {
        CliRun run = CliRun.in(data, "review", "request", files.resolve("r.pdf").toString());
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("finish the first run");
        assertThat(files.resolve("r.pdf")).doesNotExist();
    }

    private void assertRefused(Path file, String message) {
        CliRun run = CliRun.in(data, "review", "import", file.toString());
        assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains(message);
    }
}
