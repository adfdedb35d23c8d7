package org.skillgap.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.skillgap.model.ItemStatus;
import org.skillgap.ui.SessionFixture;
import org.skillgap.ui.ScreenStage;

@ExtendWith(ApplicationExtension.class)
class PlanViewTest {

    private SessionFixture fixture;
    private final List<String> reRated = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        fixture = SessionFixture.withProfile(Files.createTempDirectory("plan-view"));
        PlanView view = new PlanView(new PlanViewModel(fixture.session, reRated::add));
        ScreenStage.show(stage, view.root());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void tickingTheFirstItemMarksItDoneAndOffersToReRateItsSkills(FxRobot robot) {
        String before = robot.lookup("#plan-progress-text").queryAs(Label.class).getText();

        robot.clickOn(robot.lookup(".plan-cell .check-box").<javafx.scene.Node>query());

        assertThat(robot.lookup("#plan-progress-text").queryAs(Label.class).getText()).isNotEqualTo(before).startsWith("1 of");
        assertThat(fixture.store.itemStatuses()).containsValue(ItemStatus.DONE);
        assertThat(robot.lookup("#rerate-suggestion").query().isVisible()).isTrue();
        robot.clickOn(robot.lookup("#rerate-suggestion .hyperlink").<javafx.scene.Node>query());
        assertThat(reRated).hasSize(1);
    }
}
