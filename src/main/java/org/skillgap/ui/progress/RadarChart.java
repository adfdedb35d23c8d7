package org.skillgap.ui.progress;

import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.skillgap.gap.RadarAxis;
import org.skillgap.gap.RadarData;
import org.skillgap.model.Level;

/**
 * A radar chart of current vs target (and the first assessment, when there is one). JavaFX has no
 * radar chart, so this draws one on a canvas that follows the size of its region.
 */
public final class RadarChart extends Region {

    static final Color CURRENT = Color.web("#1c7ed6");
    static final Color TARGET = Color.web("#e8590c");
    static final Color EARLIEST = Color.web("#868e96");
    public static final double GRID_OPACITY = 0.5;
    public static final double SCALE_OPACITY = 0.75;

    private final Canvas canvas = new Canvas();
    /** Never shown: it takes the theme's text colour, which the canvas then draws with. */
    private final javafx.scene.control.Label themeProbe = new javafx.scene.control.Label();
    private List<RadarAxis> axes = List.of();

    public RadarChart() {
        themeProbe.setManaged(false);
        themeProbe.setVisible(false);
        themeProbe.textFillProperty().addListener((obs, old, fill) -> draw());
        getChildren().addAll(canvas, themeProbe);
        getStyleClass().add("radar-chart");
        setMinSize(280, 260);
        setPrefSize(520, 460);
    }

    public void setAxes(List<RadarAxis> newAxes) {
        axes = List.copyOf(newAxes);
        draw();
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
        int n = axes.size();
        if (n < 3 || w < 50 || h < 50) {
            return;
        }
        double cx = w / 2;
        double cy = h / 2;
        Font labelFont = Font.font(null, FontWeight.NORMAL, n > 8 ? 11 : 13);
        // Room for the widest label on either side of the rim, so none is cut at the edge.
        double widest = axes.stream().mapToDouble(a -> textWidth(shorten(a.label()), labelFont)).max().orElse(0);
        double r = Math.min(w / 2 - widest - 14, h / 2 - 40);
        if (r < 40) {
            return;
        }
        Color text = themeProbe.getTextFill() instanceof Color c ? c : Color.web("#343a40");
        // Strong enough to read in light and dark: rings at 3:1 and scale numbers at 4.5:1 or more
        // against the page (0.22 and 0.55 gave 1.5:1 and 3.5:1).
        Color grid = text.deriveColor(0, 1, 1, GRID_OPACITY);
        g.setLineWidth(1);
        g.setStroke(grid);
        g.setFont(Font.font(12));
        g.setFill(text.deriveColor(0, 1, 1, SCALE_OPACITY));
        for (int level = 1; level <= Level.MAX; level++) {
            int ring = level;
            polygon(n, i -> ring, cx, cy, r);
            g.strokePolygon(xs, ys, n);
            g.fillText(Integer.toString(level), cx + 3, cy - r * level / Level.MAX - 2);
        }
        for (int i = 0; i < n; i++) {
            double[] rim = RadarData.point(i, n, Level.MAX, cx, cy, r);
            g.strokeLine(cx, cy, rim[0], rim[1]);
        }
        g.setLineJoin(StrokeLineJoin.ROUND);
        if (axes.stream().anyMatch(a -> a.earliest().isPresent())) {
            polygon(n, i -> axes.get(i).earliest().orElse(0), cx, cy, r);
            g.setStroke(EARLIEST);
            g.setLineWidth(1.5);
            g.setLineDashes(3, 3);
            g.strokePolygon(xs, ys, n);
        }
        polygon(n, i -> axes.get(i).target(), cx, cy, r);
        g.setStroke(TARGET);
        g.setLineWidth(2);
        g.setLineDashes(8, 5);
        g.strokePolygon(xs, ys, n);
        g.setLineDashes(null);

        polygon(n, i -> axes.get(i).current(), cx, cy, r);
        g.setFill(CURRENT.deriveColor(0, 1, 1, 0.25));
        g.fillPolygon(xs, ys, n);
        g.setStroke(CURRENT);
        g.setLineWidth(2.5);
        g.strokePolygon(xs, ys, n);

        g.setFill(text);
        g.setFont(labelFont);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < n; i++) {
            double[] p = RadarData.point(i, n, Level.MAX * 1.08, Level.MAX, cx, cy, r * 1.0);
            double dx = p[0] - cx;
            g.setTextAlign(Math.abs(dx) < 8 ? TextAlignment.CENTER : dx > 0 ? TextAlignment.LEFT : TextAlignment.RIGHT);
            double dy = p[1] - cy;
            double y = Math.abs(dx) < 8 ? p[1] + Math.signum(dy) * 8 : p[1];
            g.fillText(shorten(axes.get(i).label()), p[0], y);
        }
    }

    private static double textWidth(String text, Font font) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    private double[] xs = new double[0];
    private double[] ys = new double[0];

    /** Fills xs and ys with the corners of a polygon whose axis i has the given value. */
    private void polygon(int n, java.util.function.IntToDoubleFunction value, double cx, double cy, double r) {
        xs = new double[n];
        ys = new double[n];
        for (int i = 0; i < n; i++) {
            double[] p = RadarData.point(i, n, value.applyAsDouble(i), cx, cy, r);
            xs[i] = p[0];
            ys[i] = p[1];
        }
    }

    private static String shorten(String label) {
        return label.length() <= 22 ? label : label.substring(0, 21).strip() + "\u2026";
    }
}
