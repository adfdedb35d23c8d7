package org.skillgap.gap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import org.skillgap.gap.RadarLook.Ink;
import org.skillgap.model.Level;
import org.skillgap.model.Messages;

/**
 * Where everything of a radar chart goes, so the Progress screen and the PDF draw the same
 * picture: rings, spokes, the current, target and earliest shapes, the spoke labels (wrapped onto
 * at most two lines, cut with "…" and kept distinct from each other) with their values, and the
 * scale numbers. A renderer only strokes, fills and writes what it is given; every text is written
 * left-aligned on its baseline.
 *
 * @param centre   the chart's centre
 * @param radius   the distance from the centre to the rim (level {@link Level#MAX})
 * @param rings    one closed shape per level, 1 to {@link Level#MAX}
 * @param rim      where each spoke meets the rim; a spoke runs from the centre to it
 * @param current  the corners of the current shape, one per spoke
 * @param target   the corners of the target shape
 * @param earliest the corners of the earliest assessment's shape, empty when there is none
 * @param reviewer the corners of a reviewer's outline, empty without a review; a spoke the reviewer
 *                 did not judge takes the person's own level
 * @param labels   each spoke's label as shown, its lines joined by a space
 * @param texts    every text to write: labels, values and scale numbers
 */
public record RadarLayout(Point centre, double radius, List<List<Point>> rings, List<Point> rim,
        List<Point> current, List<Point> target, List<Point> earliest, List<Point> reviewer, List<String> labels,
        List<Text> texts) {

    /** Measures how wide a text is drawn, in the same units as the chart's size. */
    @FunctionalInterface
    public interface TextMeasure {
        double width(String text, double size, boolean bold);
    }

    public record Point(double x, double y) {
    }

    /**
     * A text, written from {@code x} on the baseline {@code y}.
     *
     * @param width how wide it is, as measured
     */
    public record Text(String text, double x, double y, double size, boolean bold, Ink ink, double width) {
        public double top() {
            return y - ascent(size);
        }

        public double bottom() {
            return y + descent(size);
        }
    }

    /** Nothing to draw: no spokes, or too little room. */
    public static final RadarLayout EMPTY = new RadarLayout(new Point(0, 0), 0, List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of());

    static final double MARGIN = 4;
    /** From the rim to a label. */
    static final double GAP = 12;
    static final double MIN_RADIUS = 30;
    static final int MAX_LINES = 2;
    static final boolean LABEL_BOLD = true;

    public RadarLayout {
        rings = List.copyOf(rings);
        rim = List.copyOf(rim);
        current = List.copyOf(current);
        target = List.copyOf(target);
        earliest = List.copyOf(earliest);
        reviewer = List.copyOf(reviewer);
        labels = List.copyOf(labels);
        texts = List.copyOf(texts);
    }

    public boolean isEmpty() {
        return rim.isEmpty();
    }

    /** Lays out {@code axes} in a {@code width} x {@code height} area, measuring texts with {@code measure}. */
    public static RadarLayout of(List<RadarAxis> axes, double width, double height, TextMeasure measure) {
        return of(axes, width, height, measure, 1);
    }

    /**
     * As {@link #of(List, double, double, TextMeasure)}, with every text {@code textScale} times its
     * normal size: the window's chart follows the text size the person chose (1.5 at 150 %), and
     * its labels get the room they then need, at the cost of the rings.
     */
    public static RadarLayout of(List<RadarAxis> axes, double width, double height, TextMeasure measure,
                                 double textScale) {
        int n = axes.size();
        if (n == 0 || width < 2 * MARGIN + 2 * MIN_RADIUS || height < 2 * MARGIN + 2 * MIN_RADIUS) {
            return EMPTY;
        }
        double labelSize = RadarLook.labelSize(n) * textScale;
        double valueSize = RadarLook.valueSize(n) * textScale;
        double sideWidth = Math.max(60, Math.min(140 * textScale, width * 0.25));
        double endWidth = Math.min(width - 2 * MARGIN, (n > 8 ? 120 : 190) * textScale);

        List<List<String>> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double room = Math.abs(dx(i, n)) > 0.25 ? sideWidth : endWidth;
            lines.add(wrap(axes.get(i).label(), room, labelSize, measure).lines());
        }
        keepDistinct(axes, lines, sideWidth, endWidth, labelSize, measure);

        List<Block> blocks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            RadarAxis axis = axes.get(i);
            blocks.add(new Block(lines.get(i), format(axis.current()), " / " + format(axis.target()),
                    labelSize, valueSize, measure));
        }

        // Fit the chart and its labels, then centre what was drawn and fit once more into the room that frees.
        double cx = width / 2;
        double cy = height / 2;
        double r = radius(blocks, cx, cy, width, height);
        double[] box = extent(blocks, cx, cy, r);
        cx += ((width - box[2]) - box[0]) / 2;
        cy += ((height - box[3]) - box[1]) / 2;
        r = radius(blocks, cx, cy, width, height);
        if (r < MIN_RADIUS) {
            return EMPTY;
        }

        List<List<Point>> rings = new ArrayList<>();
        for (int level = 1; level <= Level.MAX; level++) {
            int ring = level;
            rings.add(shape(n, i -> ring, cx, cy, r));
        }
        List<Point> rim = shape(n, i -> Level.MAX, cx, cy, r);
        List<Point> current = shape(n, i -> axes.get(i).current(), cx, cy, r);
        List<Point> target = shape(n, i -> axes.get(i).target(), cx, cy, r);
        List<Point> earliest = axes.stream().anyMatch(a -> a.earliest().isPresent())
                ? shape(n, i -> axes.get(i).earliest().orElse(0), cx, cy, r) : List.of();
        List<Point> reviewer = axes.stream().anyMatch(a -> a.reviewer().isPresent())
                ? shape(n, i -> axes.get(i).reviewer().orElse(axes.get(i).current()), cx, cy, r) : List.of();

        List<Text> texts = new ArrayList<>();
        double scaleSize = RadarLook.SCALE_SIZE * textScale;
        for (int level = 1; level <= Level.MAX; level++) {
            String number = Integer.toString(level);
            texts.add(new Text(number, cx + 4, cy - r * level / Level.MAX - 2, scaleSize, false, Ink.SCALE,
                    measure.width(number, scaleSize, false)));
        }
        List<String> shown = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            blocks.get(i).place(i, n, cx, cy, r, width, height, texts);
            shown.add(String.join(" ", lines.get(i)));
        }
        return new RadarLayout(new Point(cx, cy), r, rings, rim, current, target, earliest, reviewer, shown, texts);
    }

    /** A spoke's label lines and its "current / target" line, measured. */
    private static final class Block {
        final List<String> lines;
        final double[] lineWidths;
        final String current;
        final String target;
        final double currentWidth;
        final double targetWidth;
        final double labelSize;
        final double valueSize;
        final double width;
        final double height;

        Block(List<String> lines, String current, String target, double labelSize, double valueSize,
                TextMeasure measure) {
            this.lines = lines;
            this.current = current;
            this.target = target;
            this.labelSize = labelSize;
            this.valueSize = valueSize;
            lineWidths = lines.stream().mapToDouble(l -> measure.width(l, labelSize, LABEL_BOLD)).toArray();
            currentWidth = measure.width(current, valueSize, false);
            targetWidth = measure.width(target, valueSize, false);
            width = Math.max(Arrays.stream(lineWidths).max().orElse(0), currentWidth + targetWidth);
            height = lines.size() * lineHeight(labelSize) + lineHeight(valueSize);
        }

        /** The block's left edge for a spoke pointing along dx: left of centre it ends there, right of it it starts. */
        double left(double anchorX, double dx) {
            return anchorX - width * alignX(dx);
        }

        double top(double anchorY, double dy) {
            return anchorY - height * alignY(dy);
        }

        void place(int i, int n, double cx, double cy, double r, double areaWidth, double areaHeight,
                List<Text> out) {
            double dx = dx(i, n);
            double dy = dy(i, n);
            double left = clamp(left(cx + (r + GAP) * dx, dx), MARGIN, areaWidth - MARGIN - width);
            double top = clamp(top(cy + (r + GAP) * dy, dy), MARGIN, areaHeight - MARGIN - height);
            double y = top;
            for (int k = 0; k < lines.size(); k++) {
                double x = left + (width - lineWidths[k]) * alignX(dx);
                out.add(new Text(lines.get(k), x, y + ascent(labelSize), labelSize, LABEL_BOLD, Ink.LABEL,
                        lineWidths[k]));
                y += lineHeight(labelSize);
            }
            double x = left + (width - currentWidth - targetWidth) * alignX(dx);
            out.add(new Text(current, x, y + ascent(valueSize), valueSize, false, Ink.CURRENT, currentWidth));
            out.add(new Text(target, x + currentWidth, y + ascent(valueSize), valueSize, false, Ink.TARGET,
                    targetWidth));
        }
    }

    /** The largest radius that keeps the chart and every label block inside the area. */
    private static double radius(List<Block> blocks, double cx, double cy, double width, double height) {
        int n = blocks.size();
        double r = Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            double dx = dx(i, n);
            double dy = dy(i, n);
            // The rim itself: a triangle reaches the top but not the bottom of a circle.
            if (Math.abs(dx) > 1e-9) {
                r = Math.min(r, ((dx > 0 ? width - cx : cx) - MARGIN) / Math.abs(dx));
            }
            if (Math.abs(dy) > 1e-9) {
                r = Math.min(r, ((dy > 0 ? height - cy : cy) - MARGIN) / Math.abs(dy));
            }
            // The block's edge moves by (r + GAP) * d as the radius grows; solve for where it meets the margin.
            if (dx > 1e-9) {
                r = Math.min(r, (width - MARGIN - cx - b.width * (1 - alignX(dx))) / dx - GAP);
            } else if (dx < -1e-9) {
                r = Math.min(r, (cx - MARGIN - b.width * alignX(dx)) / -dx - GAP);
            }
            if (dy > 1e-9) {
                r = Math.min(r, (height - MARGIN - cy - b.height * (1 - alignY(dy))) / dy - GAP);
            } else if (dy < -1e-9) {
                r = Math.min(r, (cy - MARGIN - b.height * alignY(dy)) / -dy - GAP);
            }
        }
        return r;
    }

    /** {left, top, right, bottom} of the chart and its labels. */
    private static double[] extent(List<Block> blocks, double cx, double cy, double r) {
        int n = blocks.size();
        double[] box = {cx, cy, cx, cy};
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            double dx = dx(i, n);
            double dy = dy(i, n);
            box[0] = Math.min(box[0], cx + r * dx);
            box[1] = Math.min(box[1], cy + r * dy);
            box[2] = Math.max(box[2], cx + r * dx);
            box[3] = Math.max(box[3], cy + r * dy);
            double left = b.left(cx + (r + GAP) * dx, dx);
            double top = b.top(cy + (r + GAP) * dy, dy);
            box[0] = Math.min(box[0], left);
            box[1] = Math.min(box[1], top);
            box[2] = Math.max(box[2], left + b.width);
            box[3] = Math.max(box[3], top + b.height);
        }
        return box;
    }

    private static List<Point> shape(int n, IntToDoubleFunction value, double cx, double cy,
            double r) {
        List<Point> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] p = RadarData.point(i, n, value.applyAsDouble(i), cx, cy, r);
            points.add(new Point(p[0], p[1]));
        }
        return points;
    }

    /** How far along x spoke i points (-1 left to 1 right), as {@link RadarData#point} draws it. */
    private static double dx(int i, int n) {
        return Math.sin(2 * Math.PI * i / n);
    }

    /** How far along y spoke i points (-1 up to 1 down). */
    private static double dy(int i, int n) {
        return -Math.cos(2 * Math.PI * i / n);
    }

    /** 0 for a block that starts at its anchor, 1 for one that ends there, 0.5 for one centred on it. */
    private static double alignX(double dx) {
        return dx > 0.25 ? 0 : dx < -0.25 ? 1 : 0.5;
    }

    private static double alignY(double dy) {
        return dy > 0.3 ? 0 : dy < -0.3 ? 1 : 0.5;
    }

    static double ascent(double size) {
        return size * 0.8;
    }

    static double descent(double size) {
        return size * 0.25;
    }

    static double lineHeight(double size) {
        return size * 1.2;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    /** A level as the chart prints it: "3", or "2.4" ("2,4" in German) for a category's average. */
    static String format(double level) {
        return Math.abs(level - Math.rint(level)) < 0.05 ? String.valueOf((int) Math.rint(level))
                : String.format(Messages.locale(), "%.1f", level);
    }

    // ---- Labels: wrapped by width, cut with "…", and never two alike.

    record Wrapped(List<String> lines, boolean cut) {
    }

    /** Splits a label into at most {@link #MAX_LINES} lines no wider than {@code room}, ending in "…" if cut. */
    static Wrapped wrap(String text, double room, double size, TextMeasure measure) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.strip().split("\\s+");
        int i = 0;
        while (i < words.length && lines.size() < MAX_LINES) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (line.isEmpty() || measure.width(candidate, size, LABEL_BOLD) <= room) {
                line.setLength(0);
                line.append(candidate);
                i++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        if (!line.isEmpty() && lines.size() < MAX_LINES) {
            lines.add(line.toString());
        }
        boolean cut = i < words.length;
        boolean narrowed = false;
        for (int k = 0; k < lines.size(); k++) {
            boolean last = k == lines.size() - 1;
            String fitted = fit(lines.get(k), room, size, measure, last && cut);
            narrowed |= !fitted.equals(lines.get(k));
            lines.set(k, fitted);
        }
        return new Wrapped(List.copyOf(lines), cut || narrowed);
    }

    private static String fit(String line, double room, double size, TextMeasure measure, boolean forceEllipsis) {
        if (!forceEllipsis && measure.width(line, size, LABEL_BOLD) <= room) {
            return line;
        }
        String s = line;
        while (!s.isEmpty() && measure.width(s + "…", size, LABEL_BOLD) > room) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip() + "…";
    }

    /**
     * A cut label that reads as the start of another ("Software development…" next to "Software
     * development processes and lifecycle", or twice) says nothing: such a label keeps its first
     * words and then the words that tell it apart ("Software… fundamentals").
     */
    private static void keepDistinct(List<RadarAxis> axes, List<List<String>> lines, double sideWidth,
            double endWidth, double size, TextMeasure measure) {
        int n = axes.size();
        List<String> shown = lines.stream().map(l -> String.join(" ", l)).toList();
        for (int i = 0; i < n; i++) {
            String label = axes.get(i).label().strip();
            if (!shown.get(i).endsWith("…")) {
                continue;
            }
            String stem = shown.get(i).substring(0, shown.get(i).length() - 1).strip();
            String[] words = label.split("\\s+");
            int common = 0;
            for (int j = 0; j < n; j++) {
                String other = axes.get(j).label().strip();
                if (j != i && !other.equals(label) && (other.startsWith(stem) || shown.get(j).equals(shown.get(i)))) {
                    common = Math.max(common, commonWords(words, other.split("\\s+")));
                }
            }
            if (common == 0 || common >= words.length) {
                continue; // no rival, or only ones that differ in the first word or merely extend this label
            }
            double room = Math.abs(dx(i, n)) > 0.25 ? sideWidth : endWidth;
            String tail = String.join(" ", Arrays.copyOfRange(words, common, words.length));
            Wrapped best = null;
            for (int keep = common - 1; keep >= 1 && best == null; keep--) {
                Wrapped w = wrap(String.join(" ", Arrays.copyOfRange(words, 0, keep)) + "… " + tail, room, size,
                        measure);
                if (!w.cut()) {
                    best = w;
                }
            }
            lines.set(i, best != null ? best.lines() : wrap(words[0] + "… " + tail, room, size, measure).lines());
        }
    }

    private static int commonWords(String[] a, String[] b) {
        int k = 0;
        while (k < a.length && k < b.length && a[k].equals(b[k])) {
            k++;
        }
        return k;
    }
}
