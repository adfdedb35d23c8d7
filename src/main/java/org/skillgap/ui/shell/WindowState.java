package org.skillgap.ui.shell;

import java.io.IOException;
import java.io.Reader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.skillgap.files.AtomicWrite;

/**
 * The main window's last size and position, kept in a small file in the data folder so the window
 * opens where the person left it.
 */
public record WindowState(double x, double y, double width, double height, boolean maximized) {

    public static final WindowState DEFAULT = new WindowState(Double.NaN, Double.NaN, 1180, 760, false);

    public static WindowState load(Path file) {
        if (!Files.isRegularFile(file)) {
            return DEFAULT;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
            return new WindowState(
                    Double.parseDouble(p.getProperty("x", "NaN")),
                    Double.parseDouble(p.getProperty("y", "NaN")),
                    clamp(Double.parseDouble(p.getProperty("width")), 640, 10000),
                    clamp(Double.parseDouble(p.getProperty("height")), 480, 10000),
                    Boolean.parseBoolean(p.getProperty("maximized", "false")));
        } catch (IOException | RuntimeException e) {
            // A damaged window file costs only the window's position: fall back to the default.
            return DEFAULT;
        }
    }

    /** Written with {@link AtomicWrite}, so a crash never leaves half a file. */
    public void save(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("x", Double.toString(x));
        p.setProperty("y", Double.toString(y));
        p.setProperty("width", Double.toString(width));
        p.setProperty("height", Double.toString(height));
        p.setProperty("maximized", Boolean.toString(maximized));
        AtomicWrite.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            p.store(writer, "SkillGap window position");
            writer.flush();
        });
    }

    /**
     * This state made to fit a screen's usable area (minX, minY, width, height): never larger than
     * it, and wholly on it. A window remembered on a larger or a detached monitor, or the default
     * size on a 1024x700 screen, would otherwise open with its menu and panels out of reach. A
     * window that does not fit where it was, or was never placed, is centred.
     */
    public WindowState fitTo(double minX, double minY, double screenWidth, double screenHeight) {
        double w = Math.min(width, screenWidth);
        double h = Math.min(height, screenHeight);
        boolean placed = position().isPresent()
                && x >= minX && y >= minY && x + w <= minX + screenWidth && y + h <= minY + screenHeight;
        double fittedX = placed ? x : minX + (screenWidth - w) / 2;
        double fittedY = placed ? y : minY + (screenHeight - h) / 2;
        return new WindowState(fittedX, fittedY, w, h, maximized);
    }

    public Optional<double[]> position() {
        return Double.isNaN(x) || Double.isNaN(y) ? Optional.empty() : Optional.of(new double[] {x, y});
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
