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
    void theRadarsLabelsFollowTheWindowsTextSize(FxRobot robot) {
        RadarChart radar = robot.lookup("#radar").queryAs(RadarChart.class);
        assertThat(radar.textScale()).as("the normal size").isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        robot.interact(() -> stage.getScene().getRoot().setStyle("-fx-font-size: 1.5em"));
        robot.interact(() -> stage.getScene().getRoot().applyCss());
        try {
            assertThat(radar.textScale()).as("View > Text size at 150 %").isCloseTo(1.5, org.assertj.core.data.Offset.offset(0.01));
        } finally {
            robot.interact(() -> stage.getScene().getRoot().setStyle(""));
        }
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

    private static java.util.List<String> spokes(FxRobot robot) {
        return robot.lookup("#radar").queryAs(RadarChart.class).axes().stream()
                .map(org.skillgap.gap.RadarAxis::label).toList();
    }

    private static String caption(FxRobot robot) {
        javafx.scene.Node scope = robot.lookup("#radar-scope").query();
        javafx.scene.layout.VBox box = (javafx.scene.layout.VBox) scope.getParent();
        return ((javafx.scene.control.Label) box.getChildren().get(1)).getText();
    }

    @Test
    void theRadarScopeChosenByMouseThenByKeyboardShowsThatCategorysSkillsAndBackToAllCategories(FxRobot robot) {
        java.util.List<String> technical = fixture.catalog.skills().stream()
                .filter(s -> s.category() == org.skillgap.model.Category.TECHNICAL).map(s -> s.name()).toList();
        java.util.List<String> business = fixture.catalog.skills().stream()
                .filter(s -> s.category() == org.skillgap.model.Category.BUSINESS).map(s -> s.name()).toList();
        assertThat(spokes(robot)).containsExactly("Technical", "Business", "Leadership");
        assertThat(caption(robot)).startsWith("Each spoke is a category");

        // By mouse: open the list and pick "Technical skills".
        robot.clickOn("#radar-scope");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> "Technical skills".equals(cell.getText()))
                .<javafx.scene.Node>query());
        assertThat(robot.lookup("#radar-scope .list-cell").queryAs(javafx.scene.control.ListCell.class).getText())
                .isEqualTo("Technical skills");
        assertThat(spokes(robot)).containsExactlyElementsOf(technical);
        assertThat(caption(robot)).startsWith("Each spoke is a skill");

        // By keyboard: the combo has the focus; the down arrow moves to the next scope, Business.
        robot.type(javafx.scene.input.KeyCode.DOWN);
        assertThat(spokes(robot)).containsExactlyElementsOf(business);
        // Up twice goes back past Technical to all categories.
        robot.type(javafx.scene.input.KeyCode.UP, 2);
        assertThat(spokes(robot)).containsExactly("Technical", "Business", "Leadership");
        assertThat(caption(robot)).startsWith("Each spoke is a category");
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
