package org.skillgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The PDF's layout is the template in resources/report: what a person typed prints as typed, and
 * what a coach changes in the template (or its style sheet) is what the PDF shows.
 */
class PlanTemplateTest {

    private static final String NAME = "<script>alert('x')</script> & \"Bob\" O'Neil";
    private static final String NOTE = "</div><h1>Hired!</h1> x < y & \"z\" {{name}}\nsecond line";

    @TempDir
    Path dir;

    @Test
    void markupInANameOrANotePrintsAsTypedAndAddsNoElement() throws Exception {
        PlanReportData data = withNote(Persona.named(NAME), "cloud-computing", NOTE);

        String text = text(PlanPdf.render(data));

        assertThat(text).contains(NAME, "x < y & \"z\" {{name}}", "</div><h1>Hired!</h1>", "second line");
        Document page = xml(PlanPdf.html(data));
        assertThat(page.getElementsByTagName("script").getLength()).isZero();
        // The only heading 1 is the template's own, holding the name as text.
        NodeList h1 = page.getElementsByTagName("h1");
        assertThat(h1.getLength()).isEqualTo(1);
        assertThat(h1.item(0).getTextContent()).isEqualTo(NAME);
        Element note = noteText(page, "Cloud computing");
        // Two text lines and the one line break the template puts between them; nothing else.
        assertThat(note.getElementsByTagName("*").getLength()).isEqualTo(1);
        assertThat(note.getElementsByTagName("br").getLength()).isEqualTo(1);
        assertThat(note.getTextContent()).isEqualTo(NOTE.replace("\n", ""));
    }

    @Test
    void aCoachsEditsToTheTemplateAndTheStyleSheetShowUpInThePdf() throws IOException {
        Path edited = copyOfShippedTemplates();
        replace(edited.resolve(PlanTemplate.PAGE), "<h2>{{label.biggestGaps}}</h2>", "<h2>Where to grow next</h2>");
        replace(edited.resolve(PlanTemplate.PAGE), "<h1>{{name}}</h1>",
                "<h1>{{name}}</h1><p>Prepared with your coach for {{target}}</p>");
        replace(edited.resolve(PlanTemplate.STYLE), "content: \"{{header}}\"", "content: \"Plan of {{header}}\"");

        byte[] pdf = PlanPdf.render(Persona.reportData(), PlanTemplate.from(edited));

        assertThat(text(pdf)).contains("Where to grow next", "Prepared with your coach for IT Product Manager",
                "Plan of Zoë Ångström-Núñez · IT Product Manager").doesNotContain("Biggest gaps");
        assertThat(text(PlanPdf.render(Persona.reportData()))).contains("Biggest gaps").doesNotContain("Where to grow");
    }

    @Test
    void javaAddsNoMarkupOfItsOwnALayoutWithoutTablesHasNone() throws IOException {
        Path bare = Files.createDirectory(dir.resolve("bare"));
        Files.writeString(bare.resolve(PlanTemplate.PAGE), """
                <html xmlns="http://www.w3.org/1999/xhtml"><head><style>{{css}}</style></head><body>
                <p>{{name}} aims at {{target}}: {{#readiness}}{{percent}}%{{/readiness}}.</p>
                {{#gaps}}<p>{{skill}}</p>{{/gaps}}
                </body></html>
                """);
        Files.writeString(bare.resolve(PlanTemplate.STYLE), "@page { size: {{pageSize}}; }");
        PlanReportData data = Persona.reportData();

        String html = PlanTemplate.from(bare).html(PlanView.of(data));
        String text = text(PlanPdf.render(data, PlanTemplate.from(bare)));

        assertThat(html).doesNotContain("<table", "<td", "<h2", "<span", "<div", "class=");
        assertThat(text).contains("Zoë Ångström-Núñez aims at IT Product Manager: 49%.",
                data.gaps().gaps().get(0).skill().name())
                .doesNotContain("Biggest gaps", "MUST-HAVE", "Readiness", "Notes");
    }

    @Test
    void theShippedTemplatesAreTheFilesInResourcesReportAndEscapeEveryField() throws IOException {
        for (String name : new String[] {PlanTemplate.PAGE, PlanTemplate.STYLE, "README.md"}) {
            Path file = Path.of("resources", "report", name);
            assertThat(file).as(name).isRegularFile();
            assertThat(classpath("/report/" + name)).as(name).isEqualTo(Files.readString(file));
        }
        // Triple braces and & would print a field without escaping it.
        assertThat(Files.readString(Path.of("resources", "report", PlanTemplate.PAGE)))
                .doesNotContain("{{{", "{{&");
    }

    private Path copyOfShippedTemplates() throws IOException {
        Path copy = Files.createDirectory(dir.resolve("coach"));
        Files.writeString(copy.resolve(PlanTemplate.PAGE), classpath("/report/" + PlanTemplate.PAGE));
        Files.writeString(copy.resolve(PlanTemplate.STYLE), classpath("/report/" + PlanTemplate.STYLE));
        return copy;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file.getFileName().toString()).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static String classpath(String name) throws IOException {
        try (InputStream in = PlanTemplateTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static PlanReportData withNote(PlanReportData d, String skillId, String note) {
        Map<String, String> notes = new HashMap<>(d.notes());
        notes.put(skillId, note);
        return new PlanReportData(d.profile(), d.targetName(), d.backgroundName(), d.date(), d.gaps(), d.plan(),
                notes, d.catalog(), d.pageSize());
    }

    private static Document xml(String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element noteText(Document page, String skill) {
        NodeList divs = page.getElementsByTagName("div");
        for (int i = 0; i < divs.getLength(); i++) {
            Element div = (Element) divs.item(i);
            if (div.getAttribute("class").equals("note")) {
                NodeList parts = div.getElementsByTagName("div");
                if (parts.item(0).getTextContent().equals(skill)) {
                    return (Element) parts.item(1);
                }
            }
        }
        throw new AssertionError("No note under " + skill);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // Lines wrap where the layout wants: compare text with single spaces.
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
