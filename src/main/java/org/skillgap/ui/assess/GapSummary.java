package org.skillgap.ui.assess;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.skillgap.gap.GapReport;
import org.skillgap.gap.SkillGap;
import org.skillgap.model.Category;
import org.skillgap.model.Messages;

/**
 * What the gap panel shows, made at once from one gap report, so a listener never finds its texts
 * and its lists one change apart.
 *
 * @param report        the report it is made from
 * @param ratedText     "Rated 12 of 39", in the screen's header
 * @param readinessText "62%"
 * @param readyText     "Ready for Product Manager", or what keeps the person from it
 * @param categoryTexts "Technical: 48%" for each category
 * @param topGaps       the biggest gaps, at most {@link AssessViewModel#TOP_GAPS}
 */
public record GapSummary(GapReport report, String ratedText, String readinessText, String readyText,
                         Map<Category, String> categoryTexts, List<SkillGap> topGaps) {

    public GapSummary {
        categoryTexts = Map.copyOf(categoryTexts);
        topGaps = List.copyOf(topGaps);
    }

    static GapSummary of(GapReport report, String targetName) {
        String ready = report.ready()
                ? Messages.get("assess.ready", targetName)
                : report.blockers().isEmpty()
                        ? Messages.get("assess.notReady.gaps", report.gaps().size())
                        : Messages.get("assess.notReady.blockers", report.blockers().size());
        Map<Category, String> categories = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            categories.put(category, Messages.get("assess.category", category.displayName(), report.categoryPercent(category)));
        }
        return new GapSummary(report, Messages.get("assess.counter", report.ratedCount(), report.skillCount()),
                Messages.get("assess.readiness", report.readinessPercent()), ready, categories,
                report.gaps().stream().limit(AssessViewModel.TOP_GAPS).toList());
    }

    /** The must-have skills below target, biggest gap first. */
    public List<SkillGap> blockers() {
        return report.blockers();
    }

    /** Readiness for the target as a share, 0 to 1, for a progress bar. */
    public double readinessShare() {
        return report.readiness() / 100;
    }

    /** A category's readiness as a share, 0 to 1. */
    public double categoryShare(Category category) {
        return report.categoryReadiness().getOrDefault(category, 0.0) / 100;
    }
}
