package org.skillgap.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small template engine the PDF needs: {{name}} placeholders filled in one pass (so text a
 * person typed is never itself read as a placeholder), and escaping for XHTML and CSS strings.
 */
final class Html {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z]+)}}");

    private Html() {
    }

    /** What the PDF prints for a character its font has no shape for (most emoji): a visible empty box. */
    static final String NO_GLYPH = "\u25a1";

    /**
     * Text made safe for XHTML content and attribute values. Characters XML forbids (control
     * characters) are dropped; characters the embedded font cannot draw print as {@link #NO_GLYPH},
     * so the reader sees that something is there; the invisible joiners and selectors around
     * them are dropped.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        printable(text).codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (allowedInXml(cp)) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    /** Escaped text with its line breaks kept. */
    static String escapeLines(String text) {
        return escape(text.replace("\r\n", "\n")).replace("\n", "<br/>");
    }

    /** Text made safe inside a double-quoted CSS string: every character but letters and digits as a hex escape. */
    static String cssString(String text) {
        StringBuilder out = new StringBuilder();
        printable(text).codePoints().filter(Html::allowedInXml).forEach(cp -> {
            if (cp < 128 && Character.isLetterOrDigit(cp) || cp == ' ') {
                out.appendCodePoint(cp);
            } else {
                out.append('\\').append(Integer.toHexString(cp)).append(' ');
            }
        });
        return out.toString();
    }

    /** {@code text} with what the font cannot draw replaced or dropped, as {@link #escape} says. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (!allowedInXml(cp) || cp < 0x20 || Fonts.regular().canDisplay(cp)) {
                out.appendCodePoint(cp);
            } else if (!invisible(cp)) {
                out.append(NO_GLYPH);
            }
        });
        return out.toString();
    }

    /** Joiners, direction marks and variation selectors: they change how others look, and show nothing themselves. */
    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.NON_SPACING_MARK && (cp >= 0xFE00 && cp <= 0xFE0F
                || cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private static boolean allowedInXml(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    /** Fills every placeholder of {@code template} from {@code values}, which hold ready-made XHTML. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() * 2);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("The report template asks for {{" + m.group(1) + "}}, which nothing fills");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String resource(String name) {
        try (InputStream in = Html.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + " (is the build's resources folder on the class path?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
