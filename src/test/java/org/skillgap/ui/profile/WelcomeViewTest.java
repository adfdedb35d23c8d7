package org.skillgap.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.skillgap.model.Background;
import org.skillgap.model.Profile;
import org.skillgap.ui.SessionFixture;

@ExtendWith(ApplicationExtension.class)
class WelcomeViewTest {

    private SessionFixture fixture;
    private final AtomicBoolean done = new AtomicBoolean();

    @Start
    void start(Stage stage) throws Exception {
        fixture = new SessionFixture(Files.createTempDirectory("welcome"));
        stage.setScene(new Scene(new WelcomeView(new ProfileViewModel(fixture.session), () -> done.set(true)).root(), 1000, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void startStaysDisabledUntilABackgroundIsChosen(FxRobot robot) {
        assertThat(robot.lookup("#welcome-start").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void finishingTheWelcomeSavesTheProfile(FxRobot robot) {
        robot.clickOn("#profile-name").write("Zoë Ångström-Núñez");
        @SuppressWarnings("unchecked")
        ComboBox<Background> background = robot.lookup("#profile-background").queryAs(ComboBox.class);
        Background chosen = fixture.catalog.backgrounds().get(1);
        robot.interact(() -> background.setValue(chosen));
        assertThat(robot.lookup("#profile-background-help").queryLabeled().getText()).contains(chosen.advice());

        robot.clickOn("#welcome-start");

        assertThat(done).isTrue();
        Profile saved = fixture.store.profile().orElseThrow();
        assertThat(saved.name()).isEqualTo("Zoë Ångström-Núñez");
        assertThat(saved.backgroundId()).isEqualTo(chosen.id());
        assertThat(saved.hoursPerWeek()).isEqualTo(ProfileViewModel.DEFAULT_HOURS);
    }
}
