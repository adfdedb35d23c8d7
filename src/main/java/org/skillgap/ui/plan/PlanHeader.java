package org.skillgap.ui.plan;

/**
 * What the top of the Plan screen says, made in one go from one plan so its parts never disagree:
 * the date, the step that sets it (one visible line), the date explained in full (a tooltip), and
 * how far the plan is done.
 *
 * @param readyBy          "Ready by 12 May 2027", or "Ready now"
 * @param readyByReason    which step sets the date; empty when nothing is left to do
 * @param readyByExplained the two tracks, what runs on each and when each ends; empty when done
 * @param progressText     "3 done of 12 steps (25%)"
 * @param progress         the same as a fraction, 0 to 1, for the bar
 */
public record PlanHeader(String readyBy, String readyByReason, String readyByExplained, String progressText,
                         double progress) {

    static final PlanHeader EMPTY = new PlanHeader("", "", "", "", 0);
}
