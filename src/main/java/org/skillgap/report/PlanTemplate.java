package org.skillgap.report;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;

/**
 * The PDF's layout and look: {@code plan.mustache} (the XHTML, a logic-less Mustache template)
 * and {@code plan.css} (its style sheet, with a few Mustache fields of its own), both in
 * resources/report. Every value is escaped by the engine: as XHTML text in the page, as a CSS
 * string in the style sheet.
 */
final class PlanTemplate {

    static final String PAGE = "plan.mustache";
    static final String STYLE = "plan.css";

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
        String css = fill(style, STYLE, view.page());
        // The style sheet goes into the page as text, escaped like any other: the XML parser undoes it.
        return fill(page, PAGE, view, Map.of("css", css));
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
