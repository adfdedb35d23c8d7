package org.skillgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF's text is the text as typed, so a PDF viewer's search and copy find "Certified". PDFBox's
 * own text stripper would hide a ligature glyph (it spells "ﬁ" out as "fi"), so these tests read
 * what each glyph stands for, as most viewers do.
 */
class FontsTest {

    @TempDir
    Path dir;

    @Test
    void everyGlyphOfThePdfStandsForOneTypedLetterNotALigature() throws IOException {
        Path pdf = dir.resolve("plan.pdf");
        PlanPdf.write(Persona.named("Florence Ruffles, Chief Officer"), pdf);

        String glyphs = glyphText(pdf);

        assertThat(glyphs).contains("Certified", "Scrum", "Financial", "Florence", "Ruffles", "Officer");
        assertThat(glyphs.codePoints().filter(c -> c >= 0xFB00 && c <= 0xFB06))
                .as("ligatures (U+FB00 to U+FB06) in the PDF's text").isEmpty();
    }

    /** Hiding the font's substitutions must not undo Arabic joining, which ICU does before PDFBox. */
    @Test
    void arabicLettersAreStillJoined() throws IOException {
        Path pdf = dir.resolve("arabic.pdf");
        PlanPdf.write(Persona.named("\u0633\u0644\u0645\u0649"), pdf);

        assertThat(glyphText(pdf).codePoints().filter(c -> c >= 0xFE70 && c <= 0xFEFF))
                .as("Arabic letters in their joined forms").isNotEmpty();
    }

    /** The text as the glyphs' Unicode mappings give it, with no normalisation on top. */
    private static String glyphText(Path pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition glyph) {
                text.append(glyph.getUnicode());
                super.processTextPosition(glyph);
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            stripper.getText(document);
        }
        return text.toString();
    }
}
