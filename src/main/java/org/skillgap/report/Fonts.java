package org.skillgap.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The typeface the plan is set in, shipped with the app (resources/fonts, DejaVu Sans, free
 * license) so that every PDF embeds it and prints "Zoë Ångström-Núñez" the same on any machine.
 */
final class Fonts {

    static final String FAMILY = "DejaVu Sans";
    static final String REGULAR = "/fonts/DejaVuSans.ttf";
    static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    /** Where a TrueType file's table directory starts, and how long each of its records is. */
    private static final int TABLE_DIRECTORY = 12;
    private static final int TABLE_RECORD = 16;

    private static Font regularAwt;
    private static Font boldAwt;
    private static final Map<String, byte[]> FOR_PDF = new ConcurrentHashMap<>();

    private Fonts() {
    }

    /**
     * The font file for the PDF, with its glyph substitution table (GSUB) hidden. PDFBox 3 applies
     * that table's Latin ligatures when it writes text, so "Certified" was drawn with the single
     * glyph "ﬁ", which the PDF maps back to U+FB01: a viewer's search and copy then found
     * "Certiﬁed" and not the word as typed. DejaVu Sans draws "f" and "i" apart just as well, and
     * Arabic is joined before PDFBox sees it (ICU, in openhtmltopdf's bidi support), so nothing
     * needs the table. Only the table's name in the directory changes: PDFBox then ignores the
     * table, and does not copy it into the embedded subset.
     */
    static InputStream open(String resource) {
        return new ByteArrayInputStream(FOR_PDF.computeIfAbsent(resource, Fonts::withoutGlyphSubstitution));
    }

    private static byte[] withoutGlyphSubstitution(String resource) {
        byte[] font;
        try (InputStream in = openAsShipped(resource)) {
            font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteBuffer file = ByteBuffer.wrap(font);
        int tables = Short.toUnsignedInt(file.getShort(4));
        byte[] gsub = "GSUB".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < tables; i++) {
            int tag = TABLE_DIRECTORY + i * TABLE_RECORD;
            if (tag + gsub.length <= font.length && Arrays.equals(font, tag, tag + gsub.length, gsub, 0, gsub.length)) {
                // An unknown tag (fonts may carry private tables), so every reader skips it.
                font[tag] = 'X';
            }
        }
        return font;
    }

    /** The font file exactly as shipped. */
    private static InputStream openAsShipped(String resource) {
        InputStream in = Fonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing font " + resource + " (is the build's resources folder on the class path?)");
        }
        return in;
    }

    /** The regular face for Java2D drawing, at 1 point; derive the size you need. */
    static synchronized Font regular() {
        if (regularAwt == null) {
            regularAwt = load(REGULAR);
        }
        return regularAwt;
    }

    static synchronized Font bold() {
        if (boldAwt == null) {
            boldAwt = load(BOLD);
        }
        return boldAwt;
    }

    private static Font load(String resource) {
        try (InputStream in = openAsShipped(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Font " + resource + " is damaged", e);
        }
    }
}
