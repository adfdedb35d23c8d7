package org.skillgap.ui.progress;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.skillgap.gap.GapReport;
import org.skillgap.gap.Percent;
import org.skillgap.gap.RadarAxis;
import org.skillgap.gap.RadarData;
import org.skillgap.gap.ReadinessHistory;
import org.skillgap.gap.ReadinessPoint;
import org.skillgap.gap.SkillGap;
import org.skillgap.model.Assessment;
import org.skillgap.model.Category;
import org.skillgap.model.Dates;
import org.skillgap.model.Messages;
import org.skillgap.model.RatingChange;
import org.skillgap.ui.RefreshWhenShown;
import org.skillgap.ui.ScreenModel;
import org.skillgap.ui.Session;

/** The Progress screen: where the person stands (radar, biggest gaps) and how they have grown. */
public final class ProgressViewModel extends ScreenModel {

    /** How many gaps the bar chart shows. */
    static final int GAP_BARS = 10;

    private final Session session;
    private final RefreshWhenShown refreshWhenShown = new RefreshWhenShown(this::refresh);
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<RadarPicture> radar = new ReadOnlyObjectWrapper<>(RadarPicture.NONE);
    private final ReadOnlyObjectWrapper<List<SkillGap>> biggestGaps = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<ReadinessPoint>> readinessOverTime = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    /** Which skills the radar shows: empty for one spoke per category, or one category's skills. */
    private final ObjectProperty<Optional<Category>> radarScope =
            new SimpleObjectProperty<>(Optional.empty());

    public ProgressViewModel(Session session) {
        this.session = session;
        this.zone = session.clock().getZone();
        own(session.gapReportProperty().subscribe((old, report) -> refreshWhenShown.dataChanged()));
        own(session.reviewsProperty().subscribe((old, reviews) -> refreshWhenShown.dataChanged()));
        radarScope.addListener((obs, old, scope) -> refresh());
        refresh();
    }

    /** The radar's spokes, caption and legend. */
    public ReadOnlyObjectProperty<RadarPicture> radarProperty() {
        return radar.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<SkillGap>> biggestGapsProperty() {
        return biggestGaps.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<ReadinessPoint>> readinessOverTimeProperty() {
        return readinessOverTime.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<Optional<Category>> radarScopeProperty() {
        return radarScope;
    }

    /** Whether the screen is on show; a hidden one catches up with the data when shown again. */
    public void setShown(boolean shown) {
        refreshWhenShown.setShown(shown);
    }

    private void refresh() {
        GapReport report = session.gapReport();
        List<RatingChange> history = session.historyProperty().get();
        List<ReadinessPoint> points = ReadinessHistory.byDay(session.catalog(), session.target(), history, zone);
        readinessOverTime.set(points);
        Optional<Assessment> earliest = points.size() >= 2 ? Optional.of(endOfFirstDay(history)) : Optional.empty();
        List<RadarAxis> own = axes(report, earliest);
        // The latest reviewer as an outline: the same spokes, built from their levels.
        List<RadarAxis> axes = session.reviewsProperty().get().latest()
                .map(review -> RadarData.withReviewer(own, axes(report,
                        Optional.of(RadarData.reviewedAssessment(session.assessment(), review)))))
                .orElse(own);
        String caption = Messages.get(axes.size() == report.skillCount() || radarScope.get().isPresent()
                ? "progress.radar.perSkill" : "progress.radar.perCategory");
        String reviewerLegend = session.reviewsProperty().get().latest()
                .map(r -> Messages.get("review.progress.legend", r.reviewer())).orElse("");
        radar.set(new RadarPicture(axes, caption, reviewerLegend));
        biggestGaps.set(report.gaps().stream()
                .sorted(Comparator.comparingInt(SkillGap::weightedGap).reversed())
                .limit(GAP_BARS).toList());
        int now = report.readinessPercent();
        summary.set(points.size() >= 2
                ? Messages.get("progress.summary.growth", now, Percent.of(points.get(0).readiness()),
                        Dates.format(points.get(0).day()))
                : Messages.get("progress.summary.first", now, session.target().name()));
    }

    private List<RadarAxis> axes(GapReport report, Optional<Assessment> earliest) {
        if (radarScope.get().isEmpty()) {
            return RadarData.choose(report, earliest);
        }
        // One spoke per skill of the chosen category; the report lists skills in catalog order.
        List<RadarAxis> perSkill = RadarData.perSkill(report, earliest);
        return IntStream.range(0, perSkill.size())
                .filter(i -> report.skills().get(i).skill().category() == radarScope.get().get())
                .mapToObj(perSkill::get).toList();
    }

    /** The ratings as they stood at the end of the first day anything was rated. */
    private Assessment endOfFirstDay(List<RatingChange> history) {
        List<RatingChange> ordered = history.stream().sorted(Comparator.comparing(RatingChange::changedAt)).toList();
        LocalDate firstDay = ordered.get(0).changedAt().atZone(zone).toLocalDate();
        Map<String, Integer> levels = new HashMap<>();
        for (RatingChange change : ordered) {
            if (change.changedAt().atZone(zone).toLocalDate().isAfter(firstDay)) {
                break;
            }
            session.catalog().currentSkillId(change.skillId()).ifPresent(id -> levels.put(id, change.level()));
        }
        return new Assessment(levels);
    }
}
