package org.skillgap.gap;

import java.util.OptionalDouble;

/**
 * One spoke of the radar chart, values on the 0-5 rating scale.
 *
 * @param earliest the level at the earliest assessment, when there is one to compare with
 */
public record RadarAxis(String label, double current, double target, OptionalDouble earliest) {
}
