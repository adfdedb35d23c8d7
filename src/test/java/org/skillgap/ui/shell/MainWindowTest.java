package org.skillgap.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.skillgap.ui.GermanWindow;
import org.skillgap.ui.Theme;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private final MainWindowViewModel viewModel = new MainWindowViewModel();
    private final java.util.concurrent.atomic.AtomicInteger calendarExports = new java.util.concurrent.atomic.AtomicInteger();

    @Start
    void start(Stage stage) {
        Map<Screen, Supplier<Node>> screens = new EnumMap<>(Screen.class);
        for (Screen screen : Screen.values()) {
            screens.put(screen, () -> new EmptyScreen(screen.title() + " screen", "explanation"));
        }
        MenuActions actions = new MenuActions(() -> { }, Optional.empty(),
                Optional.of(() -> calendarExports.incrementAndGet()), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), () -> { }, () -> { }, () -> { });
        Scene scene = new Scene(new MainWindow(viewModel, screens, actions).root(), 900, 600);
        Theme.addAppStylesheet(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theFileMenuOffersTheCalendarExport(FxRobot robot) {
        robot.clickOn("File");
        robot.clickOn("Export to calendar...");

        assertThat(calendarExports).hasValue(1);
    }

    @Test
    void theReminderIsALineAtTheBottomThatLeadsToAssessAndTakesNoRoomOtherwise(FxRobot robot) {
        robot.clickOn("#nav-plan");
        assertThat(robot.lookup("#reassess-reminder").queryAs(Label.class).isVisible()).isFalse();

        robot.interact(() -> viewModel.reminderProperty().set("Time to re-assess your skills: last assessed 8 weeks ago"));
        Label reminder = robot.lookup("#reassess-reminder").queryAs(Label.class);
        assertThat(reminder.isVisible()).isTrue();
        assertThat(reminder.getText()).contains("8 weeks ago");
        assertThat(robot.lookup(".empty-title").queryAs(Label.class).getText()).as("no dialog, the screen stays")
                .isEqualTo("Plan screen");

        robot.clickOn("#reassess-go");

        assertThat(viewModel.selectedScreen()).isEqualTo(Screen.ASSESS);
        robot.interact(() -> viewModel.reminderProperty().set(""));
        assertThat(reminder.isVisible()).isFalse();
    }

    @Test
    void aSlowTaskShowsASpinnerWithItsMessageAtTheBottomAndTheLineGoesWhenItEnds(FxRobot robot) {
        Label message = robot.lookup("#busy-message").queryAs(Label.class);
        assertThat(message.getParent().isVisible()).isFalse();

        for (String task : List.of("Exporting the plan to PDF...", "Importing your data...")) {
            robot.interact(() -> viewModel.busyMessageProperty().set(task));
            assertThat(message.getParent().isVisible()).isTrue();
            assertThat(message.getText()).isEqualTo(task);
            assertThat(robot.lookup(".progress-indicator").queryAll()).as("one spinner, beside the message")
                    .hasSize(1).allMatch(node -> ((javafx.scene.Node) node).isVisible());
            robot.interact(() -> viewModel.busyMessageProperty().set(""));
            assertThat(message.getParent().isVisible()).isFalse();
        }
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

    @Test
    void aLongNameStaysOnOneLineInTheSidebarAndIsReadInFullInTheTooltip(FxRobot robot) {
        String summary = "Anna Maria ".repeat(18).strip() + "\nIT Product Manager";

        robot.interact(() -> viewModel.profileSummaryProperty().set(summary));
        robot.interact(() -> robot.lookup("#profile-summary").query().getScene().getRoot().layout());

        Label label = robot.lookup("#profile-summary").queryAs(Label.class);
        double line = label.getFont().getSize() * 1.6;
        assertThat(label.getHeight()).as("two lines: the name and the role").isLessThan(2 * line + 4);
        robot.moveTo(label);
        assertThat(label.getTooltip()).isNotNull();
        assertThat(label.getTooltip().getText()).isEqualTo(summary);
        // A tooltip made on the first hover says the text of its time, not of the start.
        robot.moveTo("#nav-plan");
        javafx.scene.control.Control plan = robot.lookup("#nav-plan").queryAs(javafx.scene.control.Control.class);
        assertThat(plan.getTooltip().getText()).startsWith("Plan (").endsWith("+2)");
    }

    @Test
    void ctrlPlusAndMinusChangeTheTextSizeOfTheWholeWindowAndCtrlZeroResetsIt(FxRobot robot) {
        robot.clickOn("#nav-plan");
        Label anyLabel = robot.lookup(".label").queryAs(Label.class);
        double normalSize = anyLabel.getFont().getSize();
        robot.press(KeyCode.SHORTCUT).type(KeyCode.PLUS).type(KeyCode.EQUALS).release(KeyCode.SHORTCUT);
        assertThat(viewModel.preferences().textSize().percentProperty().get()).isEqualTo(125);
        javafx.scene.Parent root = robot.lookup(".main-window").queryAs(javafx.scene.Parent.class);
        assertThat(root.getStyle()).contains("-fx-font-size: 1.25em");
        assertThat(anyLabel.getFont().getSize()).isGreaterThan(normalSize);

        robot.press(KeyCode.SHORTCUT).type(KeyCode.MINUS).release(KeyCode.SHORTCUT);
        assertThat(viewModel.preferences().textSize().percentProperty().get()).isEqualTo(110);
        robot.press(KeyCode.SHORTCUT).type(KeyCode.DIGIT0).release(KeyCode.SHORTCUT);
        assertThat(anyLabel.getFont().getSize()).isEqualTo(normalSize);
        assertThat(root.getStyle()).contains("-fx-font-size: 1.00em");
    }

    @Test
    void everyScreensNameIsShownInFullInTheSidebarInGermanAtEveryTextSize(FxRobot robot) {
        MainWindowViewModel inGerman = new MainWindowViewModel();
        MenuActions none = new MenuActions(() -> { }, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), () -> { }, () -> { }, () -> { });
        try (GermanWindow german = GermanWindow.show(robot, () -> {
            Map<Screen, Supplier<Node>> screens = new EnumMap<>(Screen.class);
            for (Screen screen : Screen.values()) {
                screens.put(screen, () -> new EmptyScreen(screen.title(), ""));
            }
            return new MainWindow(inGerman, screens, none).root();
        }, 1000, 700)) {
            for (String size : List.of("90", "100", "150", "200")) {
                robot.interact(() -> inGerman.preferences().textSize().use(size));
                robot.interact(() -> german.root().layout());
                List<javafx.scene.control.ToggleButton> buttons = robot.from(german.root())
                        .lookup(".nav-button").queryAllAs(javafx.scene.control.ToggleButton.class).stream().toList();
                assertThat(buttons).extracting(javafx.scene.control.ToggleButton::getText).contains("Stellenanzeigen");
                assertThat(buttons).allSatisfy(button -> assertThat(((javafx.scene.text.Text) button.lookup(".text")).getText())
                        .as("%s at %s %%", button.getText(), size).isEqualTo(button.getText()));
            }
        }
    }
}
