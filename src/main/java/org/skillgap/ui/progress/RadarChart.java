package org.skillgap.ui.progress;

import java.text.NumberFormat;
import java.util.List;

import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import org.skillgap.gap.RadarAxis;
import org.skillgap.gap.RadarLayout;
import org.skillgap.gap.RadarLook;
import org.skillgap.model.Messages;

/**
 * The radar chart of current vs target (and the first assessment, when there is one) on a canvas
 * that follows the size of its region. JavaFX has no radar chart: {@link RadarLayout} says where
 * everything goes and {@link RadarLook} how it looks, as in the PDF; this only draws it.
 */
public final class RadarChart extends Region {

    static final Color CURRENT = color(new RadarLook.Paint(RadarLook.CURRENT, 1));
    static final Color TARGET = color(new RadarLook.Paint(RadarLook.TARGET, 1));
    static final Color EARLIEST = color(new RadarLook.Paint(RadarLook.EARLIEST, 1));
    static final Color REVIEWER = color(new RadarLook.Paint(RadarLook.REVIEWER, 1));

    private final Canvas canvas = new Canvas();
    /** Never shown: it takes the theme's text colour, which the canvas then draws with. */
    private final Label themeProbe = new Label();
    private final Text measureProbe = new Text();
    private List<RadarAxis> axes = List.of();

    public RadarChart() {
        themeProbe.setManaged(false);
        themeProbe.setVisible(false);
        themeProbe.textFillProperty().addListener((obs, old, fill) -> draw());
        themeProbe.fontProperty().addListener((obs, old, font) -> draw());
        getChildren().addAll(canvas, themeProbe);
        getStyleClass().add("radar-chart");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setMinSize(280, 260);
        setPrefSize(520, 460);
    }

    public void setAxes(List<RadarAxis> newAxes) {
        axes = List.copyOf(newAxes);
        // The picture in words, for a screen reader: every spoke with its level and target.
        setAccessibleText(Messages.get("progress.radar.accessible", String.join("; ", axes.stream()
                .map(a -> Messages.get("progress.radar.axis", a.label(), level(a.current()),
                        level(a.target()))).toList())));
        draw();
    }

    /** A level as a person reads it: "3", or "2.5" for a category's average, in their locale. */
    private static String level(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Messages.locale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    public List<RadarAxis> axes() {
        return axes;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        RadarLayout layout = RadarLayout.of(axes, w, h, this::textWidth, textScale());
        if (layout.isEmpty()) {
            return;
        }
        Color text = themeProbe.getTextFill() instanceof Color c ? c : Color.web("#343a40");
        RadarLook look = new RadarLook(rgb(text));

        stroke(g, look.grid());
        for (List<RadarLayout.Point> ring : layout.rings()) {
            polygon(g, ring, false);
        }
        RadarLayout.Point c = layout.centre();
        for (RadarLayout.Point p : layout.rim()) {
            g.strokeLine(c.x(), c.y(), p.x(), p.y());
        }
        g.setLineJoin(StrokeLineJoin.ROUND);
        if (!layout.earliest().isEmpty()) {
            stroke(g, look.earliest());
            polygon(g, layout.earliest(), false);
        }
        // Target first, so the person's own shape lies on top.
        g.setFill(color(look.targetFill()));
        stroke(g, look.target());
        polygon(g, layout.target(), true);
        g.setFill(color(look.currentFill()));
        stroke(g, look.current());
        polygon(g, layout.current(), true);
        if (!layout.reviewer().isEmpty()) {
            stroke(g, look.reviewer());
            polygon(g, layout.reviewer(), false);
        }
        g.setFill(CURRENT);
        for (RadarLayout.Point p : layout.current()) {
            double d = RadarLook.DOT_RADIUS;
            g.fillOval(p.x() - d, p.y() - d, 2 * d, 2 * d);
        }
        for (RadarLayout.Text t : layout.texts()) {
            g.setFill(color(look.paint(t.ink())));
            g.setFont(font(t.size(), t.bold()));
            g.fillText(t.text(), t.x(), t.y());
        }
    }

    private static void stroke(GraphicsContext g, RadarLook.Pen pen) {
        g.setStroke(color(pen.paint()));
        g.setLineWidth(pen.width());
        g.setLineDashes(pen.dashes().stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static void polygon(GraphicsContext g, List<RadarLayout.Point> points, boolean filled) {
        double[] xs = points.stream().mapToDouble(RadarLayout.Point::x).toArray();
        double[] ys = points.stream().mapToDouble(RadarLayout.Point::y).toArray();
        if (filled) {
            g.fillPolygon(xs, ys, xs.length);
        }
        g.strokePolygon(xs, ys, xs.length);
    }

    /**
     * How much larger than normal the window's text is (View > Text size): the probe takes the font
     * of the screen, and at 100 % that is the default font.
     */
    double textScale() {
        return themeProbe.getFont().getSize() / Font.getDefault().getSize();
    }

    private double textWidth(String text, double size, boolean bold) {
        measureProbe.setText(text);
        measureProbe.setFont(font(size, bold));
        return measureProbe.getLayoutBounds().getWidth();
    }

    private static Font font(double size, boolean bold) {
        return Font.font(null, bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    private static Color color(RadarLook.Paint paint) {
        return Color.rgb(paint.red(), paint.green(), paint.blue(), paint.opacity());
    }

    private static int rgb(Color c) {
        return (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }
}
