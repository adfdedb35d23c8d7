package org.skillgap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;

/**
 * Fills a review form the way a PDF reader does: sets the fields' values (PDFBox draws their
 * appearances, as a reader would) and saves the file.
 */
final class ReviewForms {

    private ReviewForms() {
    }

    /** @param levels the choice per skill id, as shown in the list ("4 Advanced") */
    static void fill(Path form, Path filled, String reviewer, String relation, String date,
                     Map<String, String> levels, Map<String, String> comments) throws IOException {
        try (PDDocument document = Loader.loadPDF(form.toFile())) {
            PDAcroForm acroForm = document.getDocumentCatalog().getAcroForm();
            acroForm.getField("reviewer_name").setValue(reviewer);
            acroForm.getField("reviewer_relation").setValue(relation);
            acroForm.getField("review_date").setValue(date);
            for (Map.Entry<String, String> level : levels.entrySet()) {
                acroForm.getField("level_" + level.getKey()).setValue(level.getValue());
            }
            for (Map.Entry<String, String> comment : comments.entrySet()) {
                acroForm.getField("comment_" + comment.getKey()).setValue(comment.getValue());
            }
            document.save(filled.toFile());
        }
    }

    /** Writes a raw value into a field, past the list a reader offers, as a hand-edited file could. */
    static void force(Path form, Path changed, String field, String value) throws IOException {
        try (PDDocument document = Loader.loadPDF(form.toFile())) {
            document.getDocumentCatalog().getAcroForm().getField(field).getCOSObject().setString(COSName.V, value);
            document.save(changed.toFile());
        }
    }
}
