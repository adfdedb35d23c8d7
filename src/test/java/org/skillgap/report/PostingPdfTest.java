package org.skillgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.EnglishLocale;
import org.skillgap.catalog.Catalogs;
import org.skillgap.model.Assessment;
import org.skillgap.model.Catalog;
import org.skillgap.model.Profile;
import org.skillgap.posting.Posting;
import org.skillgap.posting.PostingReader;

/** The PDF of a plan made for a job posting names the posting and plans for what it asks. */
@EnglishLocale
class PostingPdfTest {

    @TempDir
    Path dir;

    @Test
    void aPlanForAPostingNamesThePostingOnThePdf() throws Exception {
        Catalog catalog = Catalogs.bundled();
        String text = Files.readString(Path.of(getClass().getResource("/postings/lead-pm-security.md").toURI()));
        Posting posting = new PostingReader(catalog).read(text);
        Profile profile = new Profile("Sam", "associate-it-product-manager", "student", 10);
        Path pdf = dir.resolve("plan.pdf");

        PlanPdf.write(PlanReports.gather(catalog, profile, posting.target(), new Assessment(Map.of("cybersecurity", 1)),
                Map.of(), Map.of(), Map.of(), LocalDate.of(2026, 12, 3), PageSize.A4), pdf);

        String written;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            written = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(written).contains(posting.title() + " (job posting)").contains("Cybersecurity");
        assertThat(written).doesNotContain("Associate IT Product Manager");
    }
}
