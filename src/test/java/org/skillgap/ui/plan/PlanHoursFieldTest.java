package org.skillgap.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.skillgap.ui.ScreenStage;
import org.skillgap.ui.SessionFixture;

/** The hours a week on the Plan screen: the same validated field as the profile form. */
@ExtendWith(ApplicationExtension.class)
class PlanHoursFieldTest {

    private SessionFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = SessionFixture.withProfile(Files.createTempDirectory("plan-hours"));
        ScreenStage.show(stage, new PlanView(new PlanViewModel(fixture.session, id -> { })).root());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void lettersAreRefusedAndOutOfRangeHoursAreNotSaved(FxRobot robot) {
        TextField hours = robot.lookup("#plan-hours").queryAs(TextField.class);

        // Select the text as a person would with the keyboard: a double-click's two clicks can
        // arrive too far apart on a busy machine and select nothing.
        robot.clickOn(hours).push(KeyCode.CONTROL, KeyCode.A).write("abc").type(KeyCode.TAB);
        assertThat(hours.getText()).isEqualTo("6");

        robot.clickOn(hours).push(KeyCode.CONTROL, KeyCode.A).write("0");
        Label problem = robot.lookup("#plan-hours-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("1 to 80");
        assertThat(fixture.stored().profile().orElseThrow().hoursPerWeek()).isEqualTo(6);

        robot.type(KeyCode.BACK_SPACE).write("12");
        assertThat(problem.isVisible()).isFalse();
        assertThat(fixture.stored().profile().orElseThrow().hoursPerWeek()).isEqualTo(12);
    }
}
