package org.skillgap.gap;

import java.util.OptionalDouble;

/**
 * One spoke of the radar chart, values on the 0-5 rating scale.
 *
 * @param earliest the level at the earliest assessment, when there is one to compare with
 * @param reviewer the level a reviewer gave, when there is a review to compare with
 */
public record RadarAxis(String label, double current, double target, OptionalDouble earliest, OptionalDouble reviewer) {

    public RadarAxis(String label, double current, double target, OptionalDouble earliest) {
        this(label, current, target, earliest, OptionalDouble.empty());
    }
}
