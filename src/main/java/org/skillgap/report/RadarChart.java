package org.skillgap.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

import org.skillgap.gap.GapReport;
import org.skillgap.gap.RadarAxis;
import org.skillgap.gap.RadarData;
import org.skillgap.gap.RadarLayout;
import org.skillgap.gap.RadarLook;
import org.skillgap.model.Messages;

/**
 * Draws the current-vs-target radar with Java2D into a PNG, so a PDF can be made without a
 * screen: {@link RadarLayout} says where everything goes and {@link RadarLook} how it looks, as on
 * the Progress screen. Java2D still asks for a screen when DISPLAY is set, and fails if that X
 * server is gone, so the command line runs every command but the window headless (SkillGapCommand).
 */
public final class RadarChart {

    /** Pixels per logical unit: the PNG is drawn at twice its printed size, so it stays sharp. */
    public static final int SCALE = 2;
    public static final int WIDTH = 560;
    public static final int HEIGHT = 400;

    private static final RadarLook LOOK = RadarLook.forPrint();

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
            draw(g, RadarLayout.of(axes, WIDTH, HEIGHT, (text, size, bold) ->
                    g.getFontMetrics(font(size, bold)).getStringBounds(text, g).getWidth()));
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

    private static void draw(Graphics2D g, RadarLayout layout) {
        if (layout.isEmpty()) {
            return;
        }
        stroke(g, LOOK.grid());
        for (List<RadarLayout.Point> ring : layout.rings()) {
            g.draw(path(ring));
        }
        RadarLayout.Point c = layout.centre();
        for (RadarLayout.Point p : layout.rim()) {
            g.draw(new Line2D.Double(c.x(), c.y(), p.x(), p.y()));
        }
        if (!layout.earliest().isEmpty()) {
            stroke(g, LOOK.earliest());
            g.draw(path(layout.earliest()));
        }
        // Target first, so the person's own shape lies on top.
        shape(g, path(layout.target()), LOOK.targetFill(), LOOK.target());
        shape(g, path(layout.current()), LOOK.currentFill(), LOOK.current());
        if (!layout.reviewer().isEmpty()) {
            stroke(g, LOOK.reviewer());
            g.draw(path(layout.reviewer()));
        }
        g.setColor(color(LOOK.paint(RadarLook.Ink.CURRENT)));
        double d = RadarLook.DOT_RADIUS;
        for (RadarLayout.Point p : layout.current()) {
            g.fill(new Ellipse2D.Double(p.x() - d, p.y() - d, 2 * d, 2 * d));
        }
        for (RadarLayout.Text t : layout.texts()) {
            g.setColor(color(LOOK.paint(t.ink())));
            g.setFont(font(t.size(), t.bold()));
            g.drawString(t.text(), (float) t.x(), (float) t.y());
        }
        legend(g, !layout.reviewer().isEmpty());
    }

    private static void legend(Graphics2D g, boolean reviewer) {
        g.setFont(font(10, false));
        Rectangle2D box = new Rectangle2D.Double(14, 11, 18, 10);
        shape(g, box, LOOK.currentFill(), LOOK.current());
        g.setColor(color(LOOK.paint(RadarLook.Ink.LABEL)));
        g.drawString(Messages.get("report.pdf.radar.current"), 38, 20);
        box = new Rectangle2D.Double(14, 28, 18, 10);
        shape(g, box, LOOK.targetFill(), LOOK.target());
        g.setColor(color(LOOK.paint(RadarLook.Ink.LABEL)));
        g.drawString(Messages.get("report.pdf.radar.target"), 38, 37);
        if (reviewer) {
            stroke(g, LOOK.reviewer());
            g.draw(new Rectangle2D.Double(14, 45, 18, 10));
            g.setColor(color(LOOK.paint(RadarLook.Ink.LABEL)));
            g.drawString(Messages.get("review.radar.legend"), 38, 54);
        }
    }

    private static void shape(Graphics2D g, Shape shape, RadarLook.Paint fill, RadarLook.Pen pen) {
        g.setColor(color(fill));
        g.fill(shape);
        stroke(g, pen);
        g.draw(shape);
    }

    private static void stroke(Graphics2D g, RadarLook.Pen pen) {
        g.setColor(color(pen.paint()));
        float[] dashes = new float[pen.dashes().size()];
        for (int i = 0; i < dashes.length; i++) {
            dashes[i] = pen.dashes().get(i).floatValue();
        }
        g.setStroke(new BasicStroke((float) pen.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                dashes.length == 0 ? null : dashes, 0f));
    }

    private static Path2D path(List<RadarLayout.Point> points) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < points.size(); i++) {
            RadarLayout.Point p = points.get(i);
            if (i == 0) {
                path.moveTo(p.x(), p.y());
            } else {
                path.lineTo(p.x(), p.y());
            }
        }
        path.closePath();
        return path;
    }

    private static Font font(double size, boolean bold) {
        return (bold ? Fonts.bold() : Fonts.regular()).deriveFont((float) size);
    }

    private static Color color(RadarLook.Paint paint) {
        return new Color(paint.red(), paint.green(), paint.blue(), (int) Math.round(paint.opacity() * 255));
    }
}
