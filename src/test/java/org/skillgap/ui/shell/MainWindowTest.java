package org.skillgap.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private final MainWindowViewModel viewModel = new MainWindowViewModel();

    @Start
    void start(Stage stage) {
        Map<Screen, Supplier<Node>> screens = new EnumMap<>(Screen.class);
        for (Screen screen : Screen.values()) {
            screens.put(screen, () -> new EmptyScreen(screen.title() + " screen", "explanation"));
        }
        MenuActions actions = new MenuActions(() -> { }, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), () -> { }, () -> { });
        stage.setScene(new Scene(new MainWindow(viewModel, screens, actions).root(), 900, 600));
        stage.show();
    }

    @Test
    void startsOnTheAssessScreen(FxRobot robot) {
        assertThat(robot.lookup(".empty-title").queryAs(Label.class).getText()).isEqualTo("Assess screen");
    }

    @Test
    void navigationButtonsSwitchScreens(FxRobot robot) {
        robot.clickOn("#nav-plan");
        assertThat(robot.lookup(".empty-title").queryAs(Label.class).getText()).isEqualTo("Plan screen");
        robot.clickOn("#nav-progress");
        assertThat(robot.lookup(".empty-title").queryAs(Label.class).getText()).isEqualTo("Progress screen");
        assertThat(viewModel.selectedScreen()).isEqualTo(Screen.PROGRESS);
        robot.clickOn("#nav-assess");
        assertThat(robot.lookup(".empty-title").queryAs(Label.class).getText()).isEqualTo("Assess screen");
    }
}
