package org.skillgap.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import javafx.scene.chart.BarChart;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.skillgap.ui.SessionFixture;
import org.skillgap.ui.ScreenStage;

@ExtendWith(ApplicationExtension.class)
class ProgressViewTest {

    private SessionFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = SessionFixture.withProfile(Files.createTempDirectory("progress-view"));
        ProgressView view = new ProgressView(new ProgressViewModel(fixture.session));
        ScreenStage.show(stage, view.root());
    }

    private Runnable restoreSize = () -> { };

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.setupFixture(restoreSize);
        fixture.close();
    }

    @Test
    void showsTheRadarTheGapBarsAndExplainsTheEmptyHistory(FxRobot robot) {
        RadarChart radar = robot.lookup("#radar").queryAs(RadarChart.class);
        assertThat(radar.axes()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(radar.getWidth()).isGreaterThan(200);
        BarChart<?, ?> gaps = robot.lookup("#gap-chart").queryAs(BarChart.class);
        assertThat(gaps.getData().get(0).getData()).isNotEmpty();
        assertThat(robot.lookup(".chart-empty").queryAllAs(javafx.scene.control.Label.class))
                .anyMatch(label -> label.isVisible() && label.getText().contains("two different days"));
    }

    @Test
    void atTheSmallestWindowTheGapBarsAndTheirWholeLabelsStayVisible(FxRobot robot) throws Exception {
        // 800x560 less the navigation: half the width used to leave the bars no room at all.
        // The toolkit keeps one stage for every test class: give it back its size afterwards.
        restoreSize = org.skillgap.ui.ScreenStage.resize(stage, 630, 520);

        BarChart<?, ?> gaps = robot.lookup("#gap-chart").queryAs(BarChart.class);
        javafx.scene.Node plot = gaps.lookup(".chart-plot-background");
        assertThat(plot.getLayoutBounds().getWidth()).as("room for the bars").isGreaterThan(150);
        assertThat(robot.lookup("#gap-chart .chart-bar").<javafx.scene.Node>queryAll()).isNotEmpty()
                .allSatisfy(bar -> assertThat(bar.getLayoutBounds().getWidth()).isGreaterThan(0));
        assertThat(robot.lookup("#gap-chart .chart-bar").<javafx.scene.Node>queryAll())
                .allSatisfy(bar -> assertThat(bar.getLayoutBounds().getHeight()).as("a bar, not a hairline")
                        .isGreaterThanOrEqualTo(8));
        javafx.geometry.Bounds chart = gaps.localToScene(gaps.getLayoutBounds());
        assertThat(chart.getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(robot.lookup("#gap-chart .axis .tick-label").<javafx.scene.Node>queryAll())
                .allSatisfy(label -> assertThat(label.localToScene(label.getLayoutBounds()).getMinX())
                        .as("a skill name starts inside the chart").isGreaterThanOrEqualTo(chart.getMinX() - 1));
    }

    @Test
    void everyGapBarSaysInATooltipWhichSkillAndHowBig(FxRobot robot) {
        BarChart<?, ?> gaps = robot.lookup("#gap-chart").queryAs(BarChart.class);
        var first = gaps.getData().get(0).getData().get(gaps.getData().get(0).getData().size() - 1);

        assertThat(first.getNode().getProperties().values()).anySatisfy(v ->
                assertThat(v).isInstanceOfSatisfying(javafx.scene.control.Tooltip.class,
                        tip -> assertThat(tip.getText()).contains(String.valueOf(first.getYValue()), "weighted gap")));
    }
}
