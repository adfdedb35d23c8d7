package org.skillgap.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.model.RatingChange;
import org.skillgap.model.UserData;
import org.skillgap.ui.SessionFixture;

class ProgressViewModelTest {

    @TempDir
    Path temp;

    private SessionFixture fixture;

    @BeforeEach
    void open() {
        fixture = SessionFixture.withProfile(temp);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aFirstAssessmentShowsWhereThePersonStandsButNoHistoryYet() {
        ProgressViewModel progress = new ProgressViewModel(fixture.session);
        assertThat(progress.radarProperty().get().axes()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(progress.radarProperty().get().hasEarliest()).isFalse();
        assertThat(progress.biggestGapsProperty().get()).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        assertThat(progress.summaryProperty().get()).startsWith("Readiness today: 0%");
    }

    @Test
    void ratingsOnTwoDaysDrawAHistoryLineAndTheFirstAssessmentOutline() {
        String a = fixture.catalog.skills().get(0).id();
        String b = fixture.catalog.skills().get(1).id();
        List<RatingChange> history = List.of(
                new RatingChange(a, 1, Instant.parse("2026-09-01T10:00:00Z")),
                new RatingChange(b, 1, Instant.parse("2026-09-01T10:05:00Z")),
                new RatingChange(a, 4, Instant.parse("2026-11-20T10:00:00Z")),
                new RatingChange(b, 3, Instant.parse("2026-11-20T10:00:00Z")));
        UserData data = fixture.stored().readAll();
        fixture.stored().replaceAll(new UserData(data.profile(), Map.of(a, 4, b, 3), Map.of(), history, Map.of(), Map.of()));
        fixture.session.reload().join();

        ProgressViewModel progress = new ProgressViewModel(fixture.session);

        assertThat(progress.readinessOverTimeProperty().get()).hasSize(2);
        assertThat(progress.readinessOverTimeProperty().get().get(1).readiness())
                .isGreaterThan(progress.readinessOverTimeProperty().get().get(0).readiness());
        assertThat(progress.radarProperty().get().hasEarliest()).isTrue();
        assertThat(progress.summaryProperty().get()).contains("up from");
    }

    @Test
    void theRadarFollowsANewRating() {
        ProgressViewModel progress = new ProgressViewModel(fixture.session);
        double before = progress.radarProperty().get().axes().stream().mapToDouble(x -> x.current()).sum();
        fixture.session.rate(fixture.catalog.skills().get(0).id(), 5);
        double after = progress.radarProperty().get().axes().stream().mapToDouble(x -> x.current()).sum();
        assertThat(after).isGreaterThan(before);
    }

    @Test
    void aReviewIsDrawnAsTheReviewersOutlineOnTheRadar() {
        String a = fixture.catalog.skills().get(0).id();
        fixture.session.rate(a, 4);
        ProgressViewModel progress = new ProgressViewModel(fixture.session);
        progress.setShown(true);
        assertThat(progress.radarProperty().get().hasReviewer()).isFalse();

        fixture.stored().reviews().add(new org.skillgap.model.Review(0, "Ana Lima", "mentor",
                java.time.LocalDate.of(2026, 11, 20), "t", Map.of(a, 1), Map.of()));
        fixture.session.reload().join();

        assertThat(progress.radarProperty().get().hasReviewer()).isTrue();
        assertThat(progress.radarProperty().get().reviewerLegend()).isEqualTo("Reviewer: Ana Lima");
        assertThat(progress.radarProperty().get().axes()).allMatch(axis -> axis.reviewer().isPresent());
        assertThat(progress.radarProperty().get().axes().get(0).reviewer().getAsDouble())
                .isLessThan(progress.radarProperty().get().axes().get(0).current());
    }
}
