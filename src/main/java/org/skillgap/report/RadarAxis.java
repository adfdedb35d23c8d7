package org.skillgap.report;

/**
 * One spoke of the radar chart.
 *
 * @param current the person's level, 0-5 (an average when the spoke is a whole category)
 * @param target  the level the role asks for, 0-5
 */
public record RadarAxis(String label, double current, double target) {
}
