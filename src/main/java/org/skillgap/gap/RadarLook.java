package org.skillgap.gap;

import java.util.List;

/**
 * How the radar chart looks, on the screen and in the PDF alike: colours, opacities, line widths,
 * dashes and type sizes, written once. Only the text colour differs: the window takes it from its
 * theme, the PDF prints dark ink on white ({@link #forPrint()}).
 *
 * @param text the colour labels are written in, {@code 0xRRGGBB}; rings and scale numbers are this
 *             colour made translucent, so they stay readable in a light and a dark theme
 */
public record RadarLook(int text) {

    public static final int CURRENT = 0x1c7ed6;
    public static final int TARGET = 0xe8590c;
    public static final int EARLIEST = 0x868e96;
    /** A violet apart from the blue own shape and the orange target, for the reviewer's outline. */
    public static final int REVIEWER = 0x7048e8;
    /** The ink of the printed chart, which always sits on white paper. */
    public static final int PRINT_TEXT = 0x212529;

    /**
     * Strong enough to read in light and dark: rings at 3:1 and scale numbers at 4.5:1 or more
     * against the page (0.22 and 0.55 gave 1.5:1 and 3.5:1); ThemeContrastTest checks both.
     */
    public static final double GRID_OPACITY = 0.5;
    public static final double SCALE_OPACITY = 0.75;
    public static final double CURRENT_FILL_OPACITY = 0.25;
    public static final double TARGET_FILL_OPACITY = 0.1;

    public static final double GRID_WIDTH = 1;
    public static final double CURRENT_WIDTH = 2.5;
    public static final double TARGET_WIDTH = 2;
    public static final double EARLIEST_WIDTH = 1.5;
    public static final double REVIEWER_WIDTH = 2;
    /** The dot on each corner of the current shape. */
    public static final double DOT_RADIUS = 3;

    public static final double SCALE_SIZE = 9;

    /** What a piece of the chart is, and so which colour it takes. */
    public enum Ink { LABEL, SCALE, GRID, CURRENT, TARGET, EARLIEST }

    /** A colour, {@code 0xRRGGBB}, and how opaque it is (0-1). */
    public record Paint(int rgb, double opacity) {
        public int red() {
            return (rgb >> 16) & 0xff;
        }

        public int green() {
            return (rgb >> 8) & 0xff;
        }

        public int blue() {
            return rgb & 0xff;
        }
    }

    /** A line: its paint, width and dash pattern (empty for a solid line). */
    public record Pen(Paint paint, double width, List<Double> dashes) {
        public Pen {
            dashes = List.copyOf(dashes);
        }
    }

    public static RadarLook forPrint() {
        return new RadarLook(PRINT_TEXT);
    }

    public Paint paint(Ink ink) {
        return switch (ink) {
            case LABEL -> new Paint(text, 1);
            case SCALE -> new Paint(text, SCALE_OPACITY);
            case GRID -> new Paint(text, GRID_OPACITY);
            case CURRENT -> new Paint(CURRENT, 1);
            case TARGET -> new Paint(TARGET, 1);
            case EARLIEST -> new Paint(EARLIEST, 1);
        };
    }

    public Pen grid() {
        return new Pen(paint(Ink.GRID), GRID_WIDTH, List.of());
    }

    public Pen current() {
        return new Pen(paint(Ink.CURRENT), CURRENT_WIDTH, List.of());
    }

    public Pen target() {
        return new Pen(paint(Ink.TARGET), TARGET_WIDTH, List.of(6.0, 4.0));
    }

    public Pen earliest() {
        return new Pen(paint(Ink.EARLIEST), EARLIEST_WIDTH, List.of(3.0, 3.0));
    }

    /** An outline only, dotted, so it reads as someone else's view on top of the own shape. */
    public Pen reviewer() {
        return new Pen(new Paint(REVIEWER, 1), REVIEWER_WIDTH, List.of(2.0, 3.0));
    }

    public Paint currentFill() {
        return new Paint(CURRENT, CURRENT_FILL_OPACITY);
    }

    public Paint targetFill() {
        return new Paint(TARGET, TARGET_FILL_OPACITY);
    }

    /** Spoke labels shrink as spokes are added, so a dozen still fit around the rim. */
    public static double labelSize(int spokes) {
        return spokes <= 4 ? 13 : spokes <= 8 ? 11.5 : 10.5;
    }

    /** The "current / target" line under each label. */
    public static double valueSize(int spokes) {
        return spokes <= 4 ? 11 : 10;
    }
}
