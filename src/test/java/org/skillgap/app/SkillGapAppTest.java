package org.skillgap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.skillgap.catalog.Catalogs;
import org.skillgap.cli.SkillGapCommand;
import org.skillgap.model.Background;
import org.skillgap.store.SkillGapStore;

/** The whole app as a person meets it: first run, rating, the other screens, and a restart. */
class SkillGapAppTest {

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;

    private void start(Path data) throws Exception {
        SkillGapCommand options = new SkillGapCommand(o -> { }, Map.of());
        picocli.CommandLine cmd = new picocli.CommandLine(options);
        cmd.parseArgs("--data-dir", data.toString());
        SkillGapApp.useOptions(options);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SkillGapApp::new);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            app = null;
        }
    }

    @Test
    void eightWeeksAfterTheLastRatingTheWindowAndAssessSayItIsTimeToReassessUntilOneIsChanged() throws Exception {
        Path data = Files.createTempDirectory("skillgap-app");
        var catalog = Catalogs.bundled();
        String skill = catalog.skills().get(0).id();
        try (SkillGapStore store = SkillGapStore.open(data.resolve("skillgap.db"))) {
            store.replaceAll(new org.skillgap.model.UserData(java.util.Optional.of(new org.skillgap.model.Profile("Zoë",
                    catalog.profiles().get(1).id(), catalog.backgrounds().get(0).id(), 6)), Map.of(skill, 2), Map.of(),
                    java.util.List.of(new org.skillgap.model.RatingChange(skill, 2,
                            java.time.Instant.now().minus(java.time.Duration.ofDays(8 * 7 + 1)))), Map.of(), Map.of()));
        }
        start(data);

        Label banner = robot.lookup("#reassess-reminder").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).contains("last assessed 8 weeks ago").contains("every 6 weeks");
        assertThat(robot.lookup("#last-assessed").queryAs(Label.class).getText()).isEqualTo("Last assessed 8 weeks ago");

        robot.clickOn("#skill-list");
        robot.type(KeyCode.HOME).type(KeyCode.DOWN).type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(banner.isVisible()).as("re-assessed: the line goes").isFalse();
        assertThat(robot.lookup("#last-assessed").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void firstRunThenRateNavigateAndFindItAllAfterARestart() throws Exception {
        Path data = Files.createTempDirectory("skillgap-app");
        start(data);

        @SuppressWarnings("unchecked")
        ComboBox<Background> background = robot.lookup("#profile-background").queryAs(ComboBox.class);
        robot.interact(() -> background.setValue(Catalogs.bundled().backgrounds().get(0)));
        robot.clickOn("#welcome-text-larger");
        robot.clickOn("#welcome-start");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mainWindowStyle()).as("the text size chosen on the welcome page").contains("-fx-font-size: 1.10em");

        assertThat(robot.lookup("#rated-counter").queryAs(Label.class).getText()).startsWith("Rated 0 of");
        robot.clickOn("#skill-list");
        robot.type(KeyCode.HOME).type(KeyCode.DOWN).type(KeyCode.DIGIT4);
        assertThat(robot.lookup("#rated-counter").queryAs(Label.class).getText()).startsWith("Rated 1 of");

        robot.clickOn("#nav-plan");
        assertThat(robot.lookup("#ready-by").queryAs(Label.class).getText()).startsWith("Ready by");
        robot.clickOn("#nav-progress");
        assertThat(robot.lookup("#progress-summary").queryAs(Label.class).getText()).contains("Readiness");

        stop();
        try (SkillGapStore store = SkillGapStore.open(data.resolve("skillgap.db"))) {
            assertThat(store.assessment().ratings()).hasSize(1).containsValue(4);
            assertThat(store.profile()).isPresent();
        }
        start(data);
        assertThat(robot.lookup("#rated-counter").queryAs(Label.class).getText()).startsWith("Rated 1 of");
        assertThat(mainWindowStyle()).as("kept in the settings").contains("-fx-font-size: 1.10em");
    }

    private String mainWindowStyle() {
        return robot.lookup(".main-window").queryAs(javafx.scene.Parent.class).getStyle();
    }
}
