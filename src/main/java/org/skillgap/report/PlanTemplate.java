package org.skillgap.report;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;

import org.skillgap.model.Messages;

/**
 * The PDF's layout and look: {@code plan.mustache} (the XHTML, a logic-less Mustache template)
 * and {@code plan.css} (its style sheet, with a few Mustache fields of its own), both in
 * resources/report. Every value is escaped by the engine: as XHTML text in the page, as a CSS
 * string in the style sheet.
 */
final class PlanTemplate {

    static final String PAGE = "plan.mustache";
    static final String STYLE = "plan.css";
    /** The scope of the template's words: {{label.name}} is the message report.label.name. */
    static final String LABEL = "label";
    static final String LABEL_KEYS = "report.label.";

    /** The templates shipped in resources/report, read from the class path. */
    static final PlanTemplate SHIPPED = new PlanTemplate(null);

    private final DefaultMustacheFactory page;
    private final DefaultMustacheFactory style;

    private PlanTemplate(File folder) {
        this.page = factory(folder, Html::escape);
        this.style = factory(folder, Html::cssString);
    }

    /** The two templates read from {@code folder} instead: to preview, or test, an edited copy. */
    static PlanTemplate from(Path folder) {
        return new PlanTemplate(folder.toFile());
    }

    /** The filled XHTML the PDF is laid out from. */
    String html(PlanView view) {
        Map<String, String> labels = labels();
        String css = fill(style, STYLE, view.page(), Map.of(LABEL, labels));
        // The style sheet goes into the page as text, escaped like any other: the XML parser undoes it.
        return fill(page, PAGE, view, Map.of("css", css, LABEL, labels));
    }

    /**
     * The template's own words ({@code {{label.targetRole}}}), from the bundle's report.label.*
     * keys in the language in use, so that an edited template can use any of them; {@code label.lang}
     * is the language's code, for the page's lang attribute.
     */
    private static Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>();
        Messages.bundle(Messages.language()).keySet().stream().filter(k -> k.startsWith(LABEL_KEYS))
                .forEach(k -> labels.put(k.substring(LABEL_KEYS.length()), Messages.get(k)));
        labels.put("lang", Messages.language().getLanguage());
        return labels;
    }

    private static String fill(DefaultMustacheFactory factory, String name, Object... scopes) {
        try {
            Mustache template = factory.compile(name);
            StringWriter out = new StringWriter(64 * 1024);
            template.execute(out, scopes).flush();
            return out.toString();
        } catch (MustacheException e) {
            throw new IllegalStateException("The report template " + name + " cannot be used: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DefaultMustacheFactory factory(File folder, UnaryOperator<String> escape) {
        return folder == null ? new EscapingFactory("report", escape) : new EscapingFactory(folder, escape);
    }

    /** The engine with this app's escaping, which also keeps out what the PDF's font cannot draw (see {@link Html}). */
    private static final class EscapingFactory extends DefaultMustacheFactory {
        private final UnaryOperator<String> escape;

        EscapingFactory(String resourceRoot, UnaryOperator<String> escape) {
            super(resourceRoot);
            this.escape = escape;
        }

        EscapingFactory(File fileRoot, UnaryOperator<String> escape) {
            super(fileRoot);
            this.escape = escape;
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(escape.apply(value));
            } catch (IOException e) {
                throw new MustacheException("Failed to write", e);
            }
        }
    }
}
