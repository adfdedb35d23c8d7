package org.skillgap.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDChoice;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

import org.skillgap.model.BadInputException;
import org.skillgap.model.Messages;

/**
 * Reads the answers out of a filled review form, as untrusted input: the file is bounded in size
 * and read as data only. Only field values are read; nothing the PDF holds (scripts, links,
 * actions, files it names) is run, followed or opened. Whether the answers may come in (this
 * person's form, this catalog, levels in range) is the service's rule; this only reads them.
 */
public final class ReviewFormReader {

    /** A form of every skill is well below 1 MB; anything far beyond it is not one. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /**
     * What the form said, as typed. A level is the chosen text ("3 Competent"), empty for a
     * skill left at "can't judge", or whatever else a reader let the reviewer put there.
     */
    public record Answers(String token, String catalogVersion, String person, String reviewer, String relation,
                          String date, Map<String, String> levels, Map<String, String> comments) {
        public Answers {
            levels = Map.copyOf(levels);
            comments = Map.copyOf(comments);
        }
    }

    private ReviewFormReader() {
    }

    /** @throws BadInputException when the file is too big, not a PDF, or not a SkillGap review form */
    public static Answers read(Path file) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new BadInputException(Messages.get("review.error.noFile", file));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInputException(Messages.get("review.error.tooLarge", file, MAX_BYTES / (1024 * 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(Messages.get("review.error.unreadable", file, e.getMessage()), e);
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            if (form == null || !ReviewForm.KIND.equals(value(form, ReviewForm.KIND_FIELD))) {
                throw notAForm(file);
            }
            Map<String, String> levels = new TreeMap<>();
            Map<String, String> comments = new TreeMap<>();
            for (PDField field : form.getFieldTree()) {
                String name = field.getPartialName();
                if (name == null) {
                    continue;
                }
                if (name.startsWith(ReviewForm.LEVEL_PREFIX)) {
                    levels.put(name.substring(ReviewForm.LEVEL_PREFIX.length()), level(field));
                } else if (name.startsWith(ReviewForm.COMMENT_PREFIX) && !field.getValueAsString().isBlank()) {
                    comments.put(name.substring(ReviewForm.COMMENT_PREFIX.length()), field.getValueAsString().strip());
                }
            }
            return new Answers(value(form, ReviewForm.TOKEN_FIELD), value(form, ReviewForm.CATALOG_FIELD),
                    value(form, ReviewForm.PERSON_FIELD), value(form, ReviewForm.REVIEWER_FIELD),
                    value(form, ReviewForm.RELATION_FIELD), value(form, ReviewForm.DATE_FIELD), levels, comments);
        } catch (IOException e) {
            // PDFBox mends what it can of a damaged file; what it cannot is no form of ours.
            throw notAForm(file);
        }
    }

    private static String value(PDAcroForm form, String name) {
        PDField field = form.getField(name);
        return field == null ? "" : valueOf(field);
    }

    /**
     * The chosen level as given, empty for "can't judge": the form's first choice, whatever
     * language the form was made in.
     */
    private static String level(PDField field) {
        String value = valueOf(field);
        if (field instanceof PDChoice choice && !choice.getOptions().isEmpty() && choice.getOptions().get(0).equals(value)) {
            return "";
        }
        return value;
    }

    /** A choice's value is a list; a combo box holds one. */
    private static String valueOf(PDField field) {
        if (field instanceof PDChoice choice) {
            return choice.getValue().isEmpty() ? "" : choice.getValue().get(0).strip();
        }
        return field.getValueAsString().strip();
    }

    private static BadInputException notAForm(Path file) {
        return new BadInputException(Messages.get("review.error.notAForm", file));
    }
}
