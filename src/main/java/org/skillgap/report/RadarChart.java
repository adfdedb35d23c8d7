package org.skillgap.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.skillgap.gap.GapReport;
import org.skillgap.gap.RadarAxis;
import org.skillgap.gap.RadarData;
import org.skillgap.model.Level;
import org.skillgap.model.Messages;

/**
 * Draws the current-vs-target radar with Java2D into a PNG, so a PDF can be made without a
 * screen. Java2D still asks for one when DISPLAY is set, and fails if that X server is gone, so
 * the command line runs every command but the window headless (SkillGapCommand).
 */
public final class RadarChart {

    /** More spokes than this and the labels crowd each other out: show categories instead. */
        /** Pixels per logical unit: the PNG is drawn at twice its printed size, so it stays sharp. */
    public static final int SCALE = 2;
    public static final int WIDTH = 560;
    public static final int HEIGHT = 400;

    static final Color CURRENT = new Color(0x2563EB);
    static final Color TARGET = new Color(0xEA580C);
    private static final Color GRID = new Color(0xCBD5E1);
    private static final Color TEXT = new Color(0x1E293B);
    private static final Color MUTED = new Color(0x64748B);

    private RadarChart() {
    }

    /**
     * The same spokes the Progress screen draws (one per skill up to {@link RadarData#MAX_SKILL_AXES}
     * skills, else one per category, weighted), so the PDF and the window agree.
     */
    public static List<RadarAxis> axesFor(GapReport report) {
        return RadarData.choose(report, Optional.empty());
    }

    /** The chart as PNG bytes, {@link #WIDTH} x {@link #HEIGHT} logical units at {@link #SCALE}x. */
    public static byte[] png(List<RadarAxis> axes) {
        BufferedImage image = new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(SCALE, SCALE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            draw(g, axes);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void draw(Graphics2D g, List<RadarAxis> axes) {
        int n = axes.size();
        if (n == 0) {
            return;
        }
        double cx = WIDTH / 2.0;
        double cy = HEIGHT / 2.0 + 6;
        double radius = n <= 4 ? 135 : 125;
        if (n == 3) {
            cy = HEIGHT / 2.0 + 30; // a triangle's weight sits low: lift it into the middle
        }

        // Rings for levels 1-5 and the spokes.
        g.setStroke(new BasicStroke(0.8f));
        for (int level = 1; level <= Level.MAX; level++) {
            final int ring = level;
            g.setColor(level == Level.MAX ? GRID.darker() : GRID);
            g.draw(polygon(axes, cx, cy, radius, i -> ring));
        }
        for (int i = 0; i < n; i++) {
            Point2D p = point(i, n, cx, cy, radius);
            g.setColor(GRID);
            g.draw(new Line2D.Double(cx, cy, p.getX(), p.getY()));
        }
        Font small = Fonts.regular().deriveFont(8.5f);
        g.setFont(small);
        g.setColor(MUTED);
        for (int level = 1; level <= Level.MAX; level++) {
            Point2D p = point(0, n, cx, cy, radius * level / Level.MAX);
            g.drawString(String.valueOf(level), (float) p.getX() + 4, (float) p.getY() + 3);
        }

        // Target first, so the person's own shape lies on top.
        Path2D target = polygon(axes, cx, cy, radius, i -> axes.get(i).target());
        g.setColor(withAlpha(TARGET, 28));
        g.fill(target);
        g.setColor(TARGET);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f));
        g.draw(target);

        Path2D current = polygon(axes, cx, cy, radius, i -> axes.get(i).current());
        g.setColor(withAlpha(CURRENT, 70));
        g.fill(current);
        g.setColor(CURRENT);
        g.setStroke(new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(current);
        for (int i = 0; i < n; i++) {
            Point2D p = point(i, n, cx, cy, radius * clamp(axes.get(i).current()) / Level.MAX);
            g.fill(new Ellipse2D.Double(p.getX() - 3, p.getY() - 3, 6, 6));
        }

        labels(g, axes, cx, cy, radius);
        legend(g);
    }

    private static void labels(Graphics2D g, List<RadarAxis> axes, double cx, double cy, double radius) {
        int n = axes.size();
        Font font = Fonts.bold().deriveFont(n <= 4 ? 13f : n <= 8 ? 11.5f : 10.5f);
        Font levels = Fonts.regular().deriveFont(n <= 4 ? 11f : 10f);
        for (int i = 0; i < n; i++) {
            RadarAxis axis = axes.get(i);
            double angle = angle(i, n);
            Point2D anchor = point(i, n, cx, cy, radius + 12);
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            // Side labels have the margin beside the chart; top and bottom ones may spread wider.
            int width = Math.abs(cos) > 0.25 ? 136 : n > 8 ? 120 : 190;
            List<String> lines = wrap(axis.label(), g.getFontMetrics(font), width, 2);
            String values = format(axis.current()) + " / " + format(axis.target());

            FontMetrics fm = g.getFontMetrics(font);
            int lineHeight = fm.getHeight();
            int blockHeight = lineHeight * lines.size() + g.getFontMetrics(levels).getHeight();
            // Labels left of centre end at the spoke, right of it start there, top and bottom centre on it.
            double top;
            if (sin < -0.3) {
                top = anchor.getY() - blockHeight;
            } else if (sin > 0.3) {
                top = anchor.getY();
            } else {
                top = anchor.getY() - blockHeight / 2.0;
            }
            float y = (float) top + fm.getAscent();
            g.setColor(TEXT);
            g.setFont(font);
            for (String line : lines) {
                g.drawString(line, (float) x(anchor.getX(), cos, fm.stringWidth(line)), y);
                y += lineHeight;
            }
            g.setFont(levels);
            FontMetrics lm = g.getFontMetrics(levels);
            y += lm.getAscent() - fm.getAscent() + 1;
            String currentText = format(axis.current());
            String rest = " / " + format(axis.target());
            double startX = x(anchor.getX(), cos, lm.stringWidth(values));
            g.setColor(CURRENT);
            g.drawString(currentText, (float) startX, y);
            g.setColor(TARGET);
            g.drawString(rest, (float) startX + lm.stringWidth(currentText), y);
        }
    }

    private static double x(double anchorX, double cos, int width) {
        if (cos > 0.25) {
            return anchorX;
        }
        if (cos < -0.25) {
            return anchorX - width;
        }
        return anchorX - width / 2.0;
    }

    private static void legend(Graphics2D g) {
        Font font = Fonts.regular().deriveFont(10f);
        g.setFont(font);
        float x = 14;
        float y = 20;
        g.setColor(withAlpha(CURRENT, 70));
        g.fillRect((int) x, (int) y - 9, 18, 10);
        g.setColor(CURRENT);
        g.setStroke(new BasicStroke(2f));
        g.drawRect((int) x, (int) y - 9, 18, 10);
        g.setColor(TEXT);
        g.drawString(Messages.get("report.pdf.radar.current"), x + 24, y);
        y += 17;
        g.setColor(TARGET);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
        g.drawRect((int) x, (int) y - 9, 18, 10);
        g.setColor(TEXT);
        g.drawString(Messages.get("report.pdf.radar.target"), x + 24, y);
    }

    /** Splits a label into at most {@code maxLines} lines of at most {@code width}, ending in "…" if cut. */
    static List<String> wrap(String text, FontMetrics fm, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.trim().split("\\s+");
        int i = 0;
        while (i < words.length) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (fm.stringWidth(candidate) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
                i++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (lines.size() == maxLines) {
                break;
            }
        }
        if (!line.isEmpty() && lines.size() < maxLines) {
            lines.add(line.toString());
        }
        boolean cut = i < words.length;
        for (int k = 0; k < lines.size(); k++) {
            boolean last = k == lines.size() - 1;
            lines.set(k, fit(lines.get(k), fm, width, last && cut));
        }
        return lines;
    }

    private static String fit(String line, FontMetrics fm, int width, boolean forceEllipsis) {
        if (!forceEllipsis && fm.stringWidth(line) <= width) {
            return line;
        }
        String s = line;
        while (!s.isEmpty() && fm.stringWidth(s + "…") > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip() + "…";
    }

    private static String format(double level) {
        return Math.abs(level - Math.rint(level)) < 0.05 ? String.valueOf((int) Math.rint(level))
                : String.format(Locale.ROOT, "%.1f", level);
    }

    private interface Value {
        double at(int index);
    }

    private static Path2D polygon(List<RadarAxis> axes, double cx, double cy, double radius, Value value) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < axes.size(); i++) {
            Point2D p = point(i, axes.size(), cx, cy, radius * clamp(value.at(i)) / Level.MAX);
            if (i == 0) {
                path.moveTo(p.getX(), p.getY());
            } else {
                path.lineTo(p.getX(), p.getY());
            }
        }
        path.closePath();
        return path;
    }

    private static double clamp(double level) {
        return Math.max(0, Math.min(Level.MAX, level));
    }

    /** Spoke 0 points straight up; the rest follow clockwise. */
    private static double angle(int index, int count) {
        return -Math.PI / 2 + 2 * Math.PI * index / count;
    }

    private static Point2D point(int index, int count, double cx, double cy, double r) {
        double a = angle(index, count);
        return new Point2D.Double(cx + r * Math.cos(a), cy + r * Math.sin(a));
    }

    private static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
