package org.skillgap.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The typeface the plan is set in, shipped with the app (resources/fonts, DejaVu Sans, free
 * license) so that every PDF embeds it and prints "Zoë Ångström-Núñez" the same on any machine.
 */
final class Fonts {

    static final String FAMILY = "DejaVu Sans";
    static final String REGULAR = "/fonts/DejaVuSans.ttf";
    static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private static Font regularAwt;
    private static Font boldAwt;

    private Fonts() {
    }

    static InputStream open(String resource) {
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
        try (InputStream in = open(resource)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Font " + resource + " is damaged", e);
        }
    }
}
