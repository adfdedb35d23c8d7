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

    @Start
    void start(Stage stage) throws Exception {
        fixture = SessionFixture.withProfile(Files.createTempDirectory("progress-view"));
        ProgressView view = new ProgressView(new ProgressViewModel(fixture.session));
        ScreenStage.show(stage, view.root());
    }

    @AfterEach
    void close() {
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
}
