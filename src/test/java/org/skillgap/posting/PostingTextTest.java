package org.skillgap.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.skillgap.catalog.Catalogs;
import org.skillgap.model.BadInputException;

/** Posting files a person may give, good and bad: each bad one is refused with a message that says why. */
class PostingTextTest {

    @TempDir
    Path temp;

    private static final PostingReader reader = new PostingReader(Catalogs.bundled());

    static Path resource(String name) throws URISyntaxException {
        return Path.of(PostingTextTest.class.getResource(name).toURI());
    }

    @Test
    void htmlGivesOnlyItsVisibleTextWithHeadingsOnTheirOwnLines() throws Exception {
        String text = PostingText.read(resource("/postings/pm-retail-ecommerce.html"));

        assertThat(text).contains("Product Manager, Checkout\n").contains("\nRequirements\n")
                .contains("Harbor & Co is a fashion");
        // Script, style, the page title, a hidden block and image addresses are not the posting.
        assertThat(text).doesNotContain("dataLayer", "Kubernetes", "font-family", "careers", "machine learning",
                "https://", "pixel.gif");
        Posting posting = reader.read(text);
        assertThat(posting.title()).isEqualTo("Product Manager, Checkout");
        assertThat(posting.skill("cloud-computing")).isEmpty();
        assertThat(posting.skill("ai-and-emerging-technology")).isEmpty();
    }

    @Test
    void aPageWhoseSkillsAreAllInScriptsAndHiddenPartsIsNoPosting() throws Exception {
        String text = PostingText.read(resource("/postings-bad/only-scripts-name-skills.html"));

        assertThat(text).isEqualTo("Page not found\nSorry, this vacancy has closed.");
        assertThatThrownBy(() -> reader.read(text)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("does not read like a job posting");
    }

    @Test
    void aPdfPostingIsReadThroughItsText() throws IOException {
        Path pdf = pdf("posting.pdf", List.of("Senior Product Manager, Data", "", "Requirements",
                "- 6+ years of experience with SQL and data pipelines.", "- Strong stakeholder management.",
                "- Experience owning a product roadmap."));

        Posting posting = reader.read(PostingText.read(pdf));

        assertThat(posting.title()).isEqualTo("Senior Product Manager, Data");
        assertThat(posting.baseProfile().id()).isEqualTo("senior-it-product-manager");
        assertThat(posting.required()).extracting(PostingSkill::skillId)
                .contains("databases-and-data", "stakeholder-management", "roadmapping");
    }

    @Test
    void aPdfThatIsNotAPostingIsSaidToBeNone() throws IOException {
        Path pdf = pdf("invoice.pdf", List.of("Invoice 2026-118", "Two boxes of printer paper: 24.00",
                "Delivery: 5.00", "Total due within 30 days: 29.00"));

        String text = PostingText.read(pdf);

        assertThat(text).contains("printer paper");
        assertThatThrownBy(() -> reader.read(text)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("does not read like a job posting");
    }

    @Test
    void aDamagedPdfIsUnreadable() throws IOException {
        Path pdf = Files.write(temp.resolve("damaged.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> PostingText.read(pdf)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("damaged.pdf").hasMessageContaining("cannot be read");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/postings-bad/empty.txt", "/postings-bad/blank.md"})
    void anEmptyFileHasNoPostingInIt(String name) throws Exception {
        assertThatThrownBy(() -> PostingText.read(resource(name))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("is empty");
    }

    @Test
    void aFileOverOneMegabyteIsRefusedBeforeItIsRead() throws IOException {
        Path big = temp.resolve("huge.txt");
        Files.writeString(big, "Product Manager with SQL and Scrum and a roadmap. ".repeat(2_000_000 / 50));

        assertThat(Files.size(big)).isGreaterThan(PostingText.MAX_BYTES);
        assertThatThrownBy(() -> PostingText.read(big)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("huge.txt").hasMessageContaining("over 1 MB");
        assertThatThrownBy(() -> PostingText.pasted(Files.readString(big))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("pasted text").hasMessageContaining("over 1 MB");
    }

    @Test
    void aBinaryFileIsNotText() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path binary = Files.write(temp.resolve("screenshot.txt"), png);
        Path latin1 = Files.write(temp.resolve("latin1.md"), "Caf\u00e9 manager".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> PostingText.read(binary)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("screenshot.txt is not text");
        assertThatThrownBy(() -> PostingText.read(latin1)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("latin1.md is not text");
        assertThatThrownBy(() -> PostingText.pasted("Product\0Manager")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("pasted text is not text");
    }

    @Test
    void aMissingFileOrAnotherKindOfFileIsSaidSo() throws IOException {
        Path docx = Files.writeString(temp.resolve("posting.docx"), "PK");

        assertThatThrownBy(() -> PostingText.read(temp.resolve("gone.txt"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("gone.txt cannot be read");
        assertThatThrownBy(() -> PostingText.read(temp)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> PostingText.read(docx)).isInstanceOf(BadInputException.class)
                .hasMessageContaining(".txt, .md, .html or .pdf");
    }

    private Path pdf(String name, List<String> lines) throws IOException {
        Path file = temp.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(16);
                content.newLineAtOffset(60, 720);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(file.toFile());
        }
        return file;
    }
}
