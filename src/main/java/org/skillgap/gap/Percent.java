package org.skillgap.gap;

/**
 * The one rule for showing a share as a whole per cent, used by the window, the command line
 * and the PDF alike: rounded half up, within 0-100, and never "100%" for something not complete
 * (99.6% of the way with a gap left shows 99%, so the figure never says ready when it is not).
 */
public final class Percent {

    private Percent() {
    }

    /** {@code value} (0-100) as a whole per cent; 100 only when the value is 100. */
    public static int of(double value) {
        return of(value, value >= 100.0);
    }

    /** {@code value} (0-100) as a whole per cent; 100 only when {@code complete}. */
    public static int of(double value, boolean complete) {
        if (Double.isNaN(value)) {
            return 0;
        }
        double within = Math.max(0.0, Math.min(100.0, value));
        int rounded = (int) Math.floor(within + 0.5);
        return rounded >= 100 && !complete ? 99 : rounded;
    }
}
