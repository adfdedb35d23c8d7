package org.skillgap.gap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToIntFunction;

import org.skillgap.model.Assessment;
import org.skillgap.model.Review;
import org.skillgap.model.Category;
import org.skillgap.model.Level;

/**
 * The radar chart as numbers, so the screen and the PDF draw the same picture.
 */
public final class RadarData {

    /** Up to this many skills a spoke per skill stays readable; beyond it, one per category. */
    public static final int MAX_SKILL_AXES = 12;

    private RadarData() {
    }

    public static List<RadarAxis> perSkill(GapReport report) {
        return perSkill(report, Optional.empty());
    }

    public static List<RadarAxis> perCategory(GapReport report) {
        return perCategory(report, Optional.empty());
    }

    /** A spoke per skill, in catalog order; earliest is empty for a skill the earliest assessment did not rate. */
    public static List<RadarAxis> perSkill(GapReport report, Optional<Assessment> earliest) {
        List<RadarAxis> axes = new ArrayList<>(report.skills().size());
        for (SkillGap g : report.skills()) {
            OptionalDouble then = earliest
                    .filter(a -> a.isRated(g.skill().id()))
                    .map(a -> OptionalDouble.of(a.levelOrZero(g.skill().id())))
                    .orElse(OptionalDouble.empty());
            axes.add(new RadarAxis(g.skill().name(), g.current(), g.target(), then));
        }
        return axes;
    }

    /**
     * A spoke per category that has skills, each value the weight-averaged level of its skills
     * (a plain average when the category's weights add up to 0). Unrated skills count as 0, as in
     * the readiness score.
     */
    public static List<RadarAxis> perCategory(GapReport report, Optional<Assessment> earliest) {
        List<RadarAxis> axes = new ArrayList<>();
        for (Category category : Category.values()) {
            List<SkillGap> in = report.skills().stream().filter(g -> g.skill().category() == category).toList();
            if (in.isEmpty()) {
                continue;
            }
            long weights = in.stream().mapToLong(g -> Math.max(0, g.weight())).sum();
            double current = average(in, weights, g -> g.current());
            double target = average(in, weights, g -> g.target());
            OptionalDouble then = earliest.map(a -> OptionalDouble.of(
                    average(in, weights, g -> a.levelOrZero(g.skill().id())))).orElse(OptionalDouble.empty());
            axes.add(new RadarAxis(category.displayName(), current, target, then));
        }
        return axes;
    }

    /** Per skill when there are at most {@link #MAX_SKILL_AXES} skills, else per category. */
    public static List<RadarAxis> choose(GapReport report, Optional<Assessment> earliest) {
        return report.skillCount() <= MAX_SKILL_AXES ? perSkill(report, earliest) : perCategory(report, earliest);
    }

    /**
     * The same spokes with a reviewer's levels: {@code asReviewed} are the spokes built the same
     * way from the reviewer's assessment (given as their "earliest"), see {@link #reviewedAssessment}.
     */
    public static List<RadarAxis> withReviewer(List<RadarAxis> axes, List<RadarAxis> asReviewed) {
        List<RadarAxis> joined = new ArrayList<>(axes.size());
        for (int i = 0; i < axes.size(); i++) {
            RadarAxis a = axes.get(i);
            joined.add(new RadarAxis(a.label(), a.current(), a.target(), a.earliest(), asReviewed.get(i).earliest()));
        }
        return joined;
    }

    /**
     * The assessment the reviewer's outline is drawn from: their levels, and the person's own where
     * they could not judge, so a category's average moves only by what the reviewer said.
     */
    public static Assessment reviewedAssessment(Assessment own, Review review) {
        Map<String, Integer> levels = new HashMap<>(own.ratings());
        levels.putAll(review.ratings());
        return new Assessment(levels);
    }

    /**
     * Where a value sits on axis {@code i} of {@code n}: the first axis points straight up and the
     * others follow clockwise, in screen coordinates (y grows downwards). The value is clamped to
     * 0..maxValue, so the centre is 0 and the rim is maxValue.
     *
     * @return {x, y}
     */
    public static double[] point(int i, int n, double value, double maxValue, double cx, double cy, double r) {
        double share = maxValue <= 0 ? 0 : Math.min(1, Math.max(0, value / maxValue));
        double angle = 2 * Math.PI * i / n;
        return new double[] {cx + r * share * Math.sin(angle), cy - r * share * Math.cos(angle)};
    }

    /** {@link #point} on the 0-5 rating scale. */
    public static double[] point(int i, int n, double value, double cx, double cy, double r) {
        return point(i, n, value, Level.MAX, cx, cy, r);
    }

    private static double average(List<SkillGap> in, long weights, ToIntFunction<SkillGap> level) {
        if (weights == 0) {
            return in.stream().mapToInt(level).average().orElse(0);
        }
        double sum = 0;
        for (SkillGap g : in) {
            sum += (double) Math.max(0, g.weight()) * level.applyAsInt(g);
        }
        return sum / weights;
    }
}
