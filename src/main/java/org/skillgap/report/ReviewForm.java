package org.skillgap.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDComboBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

import org.skillgap.files.AtomicWrite;
import org.skillgap.model.Level;
import org.skillgap.model.Messages;
import org.skillgap.model.Skill;

/**
 * The review form a person hands to a mentor: a fillable PDF (AcroForm) that any reader fills in
 * (a browser's viewer, Acrobat Reader, Preview), with no account and no install. It shows each
 * skill with its description and what its six levels mean; per skill a choice of level 0-5 or
 * "can't judge" and a comment, named after the skill's id, so the answers come back by id.
 *
 * <p>A hidden field and the document information carry the form's kind, its token and the
 * catalog's version: the token is kept with the person's data, so a form made for someone else
 * is refused on import (see {@link ReviewFormReader}).
 */
public final class ReviewForm {

    /** What the hidden kind field says, so another PDF form is never taken for ours. */
    public static final String KIND = "skillgap-review-1";

    static final String KIND_FIELD = "skillgap_form";
    static final String TOKEN_FIELD = "skillgap_token";
    static final String CATALOG_FIELD = "skillgap_catalog";
    static final String PERSON_FIELD = "skillgap_person";
    static final String REVIEWER_FIELD = "reviewer_name";
    static final String RELATION_FIELD = "reviewer_relation";
    static final String DATE_FIELD = "review_date";
    static final String LEVEL_PREFIX = "level_";
    static final String COMMENT_PREFIX = "comment_";

    private static final float MARGIN = 50;
    private static final float SIZE = 10;
    private static final float LEADING = 13;
    private static final float FIELD_HEIGHT = 18;

    /**
     * @param person   the person whose skills are reviewed, as their profile names them
     * @param reviewer filled in already when the person knows who will review; may be empty
     */
    public record Content(String person, String reviewer, String token, String catalogVersion, List<Skill> skills) {
        public Content {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(catalogVersion, "catalogVersion");
            person = person == null ? "" : person;
            reviewer = reviewer == null ? "" : reviewer;
            skills = List.copyOf(skills);
        }
    }

    private ReviewForm() {
    }

    /** "Can't judge" first, then "0 None" to "5 Expert": a level choice starts with its number. */
    public static List<String> choices() {
        List<String> choices = new ArrayList<>();
        choices.add(Messages.get("review.form.cantJudge"));
        for (int level = Level.MIN; level <= Level.MAX; level++) {
            choices.add(level + " " + Level.of(level).displayName());
        }
        return choices;
    }

    public static String levelField(String skillId) {
        return LEVEL_PREFIX + skillId;
    }

    public static String commentField(String skillId) {
        return COMMENT_PREFIX + skillId;
    }

    /** Writes the form to {@code target}, whole or not at all. */
    public static void write(Content content, Path target) throws IOException {
        AtomicWrite.write(target, bytes(content));
    }

    static byte[] bytes(Content content) throws IOException {
        try (PDDocument document = new PDDocument()) {
            new Writer(document, content).build();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Lays the form out page by page, top to bottom. */
    private static final class Writer {
        private final PDDocument document;
        private final Content content;
        private final PDAcroForm form;
        private final PDFont text;
        private final PDFont bold;
        private PDPage page;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, Content content) throws IOException {
            this.document = document;
            this.content = content;
            this.form = new PDAcroForm(document);
            this.text = load(document, Fonts.REGULAR);
            this.bold = load(document, Fonts.BOLD);
        }

        void build() throws IOException {
            document.getDocumentCatalog().setAcroForm(form);
            // Fields are set in Helvetica, which every reader has; the page text in DejaVu, for any script.
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            form.setDefaultResources(resources);
            form.setDefaultAppearance("/Helv 10 Tf 0 g");
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(Messages.get("review.form.title", content.person()));
            info.setCreator("SkillGap");
            info.setCustomMetadataValue("SkillGapForm", KIND);
            info.setCustomMetadataValue("SkillGapToken", content.token());
            info.setCustomMetadataValue("SkillGapCatalog", content.catalogVersion());

            newPage();
            line(bold, 16, Messages.get("review.form.title", content.person()));
            y -= 4;
            paragraph(text, Messages.get("review.form.intro", content.person()));
            y -= 6;
            labelledField(Messages.get("review.form.reviewer"), text(REVIEWER_FIELD, false), content.reviewer());
            labelledField(Messages.get("review.form.relation"), text(RELATION_FIELD, false), "");
            labelledField(Messages.get("review.form.date"), text(DATE_FIELD, false), "");
            hidden(KIND_FIELD, KIND);
            hidden(TOKEN_FIELD, content.token());
            hidden(CATALOG_FIELD, content.catalogVersion());
            hidden(PERSON_FIELD, content.person());
            for (Skill skill : content.skills()) {
                skill(skill);
            }
            stream.close();
            // Set last: PDFBox draws each field's appearance only while this is off. With it on, a
            // reader draws the fields itself, as it shows the values the reviewer chooses.
            form.setNeedAppearances(true);
        }

        private void skill(Skill skill) throws IOException {
            List<String> lines = new ArrayList<>();
            lines.addAll(wrap(text, SIZE, skill.description()));
            for (int level = Level.MIN; level <= Level.MAX; level++) {
                lines.addAll(wrap(text, SIZE, level + " " + Level.of(level).displayName() + ": " + skill.describeLevel(level)));
            }
            float needed = LEADING * (lines.size() + 2) + FIELD_HEIGHT * 2 + 30;
            if (y - needed < MARGIN) {
                newPage();
            }
            y -= 8;
            line(bold, 12, skill.name());
            for (String l : lines) {
                line(text, SIZE, l);
            }
            y -= 4;
            labelledField(Messages.get("review.form.level"), combo(skill.id()), choices().get(0));
            labelledField(Messages.get("review.form.comment"), text(commentField(skill.id()), true), "");
        }

        /**
         * The choices are their own values: a reader that draws the field from the value alone
         * (PDFBox does) then shows "3 Competent" and not a code.
         */
        private PDComboBox combo(String skillId) {
            PDComboBox combo = new PDComboBox(form);
            combo.setPartialName(levelField(skillId));
            combo.setOptions(choices());
            combo.setDefaultValue(choices().get(0));
            return combo;
        }

        private PDTextField text(String name, boolean multiline) {
            PDTextField field = new PDTextField(form);
            field.setPartialName(name);
            field.setMultiline(multiline);
            field.setDefaultAppearance(multiline ? "/Helv 9 Tf 0 g" : "/Helv 10 Tf 0 g");
            return field;
        }

        /** Never drawn, so it is given its value without an appearance. */
        private void hidden(String name, String value) throws IOException {
            PDTextField field = new PDTextField(form);
            field.setPartialName(name);
            field.setReadOnly(true);
            field.getCOSObject().setString(COSName.V, value);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(0, 0, 0, 0));
            widget.setHidden(true);
            widget.setPage(page);
            page.getAnnotations().add(widget);
            form.getFields().add(field);
        }

        /** A label on the left and the field beside it, one line (a comment gets more), then its value. */
        private void labelledField(String label, PDField field, String value) throws IOException {
            boolean tall = field instanceof PDTextField t && t.isMultiline();
            float height = tall ? FIELD_HEIGHT * 2.5f : FIELD_HEIGHT;
            float labelWidth = 110;
            float top = y;
            stream.beginText();
            stream.setFont(text, SIZE);
            stream.newLineAtOffset(MARGIN, top - 12);
            stream.showText(label);
            stream.endText();
            PDAnnotationWidget widget = field.getWidgets().get(0);
            float width = page.getMediaBox().getWidth() - 2 * MARGIN - labelWidth;
            widget.setRectangle(new PDRectangle(MARGIN + labelWidth, top - height, tall ? width : Math.min(width, 260), height));
            widget.setPage(page);
            widget.setPrinted(true);
            PDAppearanceCharacteristicsDictionary look = new PDAppearanceCharacteristicsDictionary(new COSDictionary());
            look.setBorderColour(new PDColor(new float[] {0.4f, 0.4f, 0.4f}, PDDeviceRGB.INSTANCE));
            widget.setAppearanceCharacteristics(look);
            page.getAnnotations().add(widget);
            form.getFields().add(field);
            field.setValue(value);
            y = top - height - 6;
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        private void line(PDFont font, float size, String words) throws IOException {
            if (y - LEADING < MARGIN) {
                newPage();
            }
            y -= size + 3;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(words);
            stream.endText();
        }

        private void paragraph(PDFont font, String words) throws IOException {
            for (String l : wrap(font, SIZE, words)) {
                line(font, SIZE, l);
            }
        }

        private List<String> wrap(PDFont font, float size, String words) throws IOException {
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : words.strip().split("\\s+")) {
                String tried = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && font.getStringWidth(tried) / 1000 * size > width) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(tried);
                }
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
            }
            return lines;
        }
    }

    private static PDFont load(PDDocument document, String resource) {
        try (InputStream in = Fonts.open(resource)) {
            return PDType0Font.load(document, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
