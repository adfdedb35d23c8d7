package org.skillgap.report;

/**
 * The escaping the PDF's template engine uses ({@link PlanTemplate}): for XHTML text and for CSS
 * strings, both keeping out what XML forbids and what the embedded font cannot draw.
 */
final class Html {

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
}
