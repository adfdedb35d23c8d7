package org.skillgap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.skillgap.EnglishLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillgap.ui.assess.AssessView;
import org.skillgap.ui.assess.AssessViewModel;
import org.skillgap.ui.plan.PlanView;
import org.skillgap.ui.postings.PostingsView;
import org.skillgap.ui.postings.PostingsViewModel;
import org.skillgap.ui.plan.PlanViewModel;
import org.skillgap.ui.profile.ProfileViewModel;
import org.skillgap.ui.profile.WelcomeView;
import org.skillgap.ui.progress.ProgressView;
import org.skillgap.ui.progress.ProgressViewModel;
import org.skillgap.ui.shell.MainWindow;
import org.skillgap.ui.shell.MainWindowViewModel;
import org.skillgap.ui.shell.MenuActions;
import org.skillgap.ui.shell.Screen;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a screen reader finds on every screen: each control the keyboard can reach has a name (its
 * own text, a prompt, a label pointing at it, or an accessible text), and every skill row says
 * what the screen shows in colour. The walk is shown to catch an unnamed control, so it cannot
 * pass by finding nothing.
 */
@EnglishLocale
@ExtendWith(ApplicationExtension.class)
class AccessibilityTest {

    private Stage stage;
    private SessionFixture fixture;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private void show(FxRobot robot, Supplier<Parent> root) {
        robot.interact(() -> {
            Scene scene = new Scene(root.get(), 1100, 720);
            Theme.addAppStylesheet(scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every focusable, visible control without a name, described for the failure message. */
    static List<String> unnamed(Node root) {
        List<String> found = new ArrayList<>();
        walk(root, root, found);
        return found;
    }

    private static void walk(Node root, Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node.isFocusTraversable() && !node.isDisabled() && !named(root, node)) {
            found.add(node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(root, child, found);
            }
        }
    }

    private static boolean named(Node root, Node node) {
        if (notBlank(node.getAccessibleText())) {
            return true;
        }
        if (node instanceof Labeled labeled && notBlank(labeled.getText())) {
            return true;
        }
        if (node instanceof TextInputControl input && notBlank(input.getPromptText())) {
            return true;
        }
        if (node instanceof ComboBoxBase<?> box && notBlank(box.getPromptText())) {
            return true;
        }
        return root.lookupAll(".label").stream().anyMatch(n -> n instanceof Label label && label.getLabelFor() == node);
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private Parent mainWindow() {
        Map<Screen, Supplier<Node>> screens = new EnumMap<>(Screen.class);
        screens.put(Screen.ASSESS, () -> new AssessView(new AssessViewModel(fixture.session, new RecordingDialogs())).root());
        screens.put(Screen.PLAN, () -> new PlanView(new PlanViewModel(fixture.session, id -> { })).root());
        screens.put(Screen.PROGRESS, () -> new ProgressView(new ProgressViewModel(fixture.session)).root());
        screens.put(Screen.POSTINGS, () -> new PostingsView(new PostingsViewModel(fixture.session, new RecordingDialogs(),
                new InlineWork())).root());
        MenuActions actions = new MenuActions(() -> { }, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), () -> { }, () -> { }, () -> { });
        return new MainWindow(new MainWindowViewModel(), screens, actions).root();
    }

    @Test
    void theWelcomeFormNamesEveryControl(FxRobot robot) throws Exception {
        fixture = new SessionFixture(Files.createTempDirectory("a11y-welcome"));
        show(robot, () -> new WelcomeView(new ProfileViewModel(fixture.session), new TextSize(), () -> { }).root());

        assertThat(unnamed(stage.getScene().getRoot())).isEmpty();
    }

    @Test
    void everyScreenOfTheMainWindowNamesEveryControlAndEverySkillRowSaysItsState(FxRobot robot) throws Exception {
        fixture = SessionFixture.withProfile(Files.createTempDirectory("a11y-main"));
        String skill = fixture.catalog.skills().get(0).id();
        robot.interact(() -> fixture.session.rate(skill, 1));
        show(robot, this::mainWindow);

        for (String nav : List.of("#nav-assess", "#nav-plan", "#nav-progress", "#nav-postings")) {
            robot.clickOn(nav);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(unnamed(stage.getScene().getRoot())).as(nav).isEmpty();
        }

        robot.clickOn("#nav-assess");
        WaitForAsyncUtils.waitForFxEvents();
        // Rows that show an entry: a cell the list has let go keeps its nodes, hidden and empty.
        List<String> rows = robot.lookup(".skill-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> !cell.isEmpty()).map(Node::getAccessibleText).toList();
        assertThat(rows).isNotEmpty().allSatisfy(text -> assertThat(text).contains("target"));
        assertThat(rows).anySatisfy(text -> assertThat(text).contains(", 1 of 5, target").contains("below target"));
        assertThat(robot.lookup(".heading-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> !cell.isEmpty()).toList()).isNotEmpty().allSatisfy(heading ->
                assertThat(heading.getAccessibleText()).contains("rated"));
    }

    @Test
    void thePostingsScreenWithAPostingShownNamesEveryControlAndEveryRowSaysItsFit(FxRobot robot) throws Exception {
        fixture = SessionFixture.withProfile(Files.createTempDirectory("a11y-postings"));
        String text = Files.readString(Path.of(getClass().getResource("/postings/pm-data-platform.txt").toURI()));
        fixture.service.write(s -> s.addPosting(fixture.session.postingRules().fromPasted(text, Optional.empty(),
                SessionFixture.CLOCK.instant()))).join();
        fixture.reopen();
        show(robot, this::mainWindow);
        robot.clickOn("#nav-postings");
        robot.clickOn("Product Manager - Data Platform");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(unnamed(stage.getScene().getRoot())).isEmpty();
        assertThat(robot.lookup(".table-row-cell").queryAll().stream().map(Node::getAccessibleText).toList())
                .anySatisfy(said -> assertThat(said).matches("Product Manager - Data Platform, fit \\d+ %, \\d+ blockers?"));
        assertThat(robot.lookup("#posting-skills .list-cell").queryAll().stream().map(Node::getAccessibleText).toList())
                .anySatisfy(said -> assertThat(said).contains(" · Required · "));
    }

    @Test
    void theProgressRadarSaysInWordsWhatItDraws(FxRobot robot) throws Exception {
        fixture = SessionFixture.withProfile(Files.createTempDirectory("a11y-radar"));
        show(robot, this::mainWindow);
        robot.clickOn("#nav-progress");
        WaitForAsyncUtils.waitForFxEvents();

        Node radar = robot.lookup(".radar-chart").query();
        assertThat(radar.getAccessibleText()).startsWith("Radar chart.").contains("of target");
    }

    /** The real dialogs, as each kind is shown: every button and the message are reachable and named. */
    @Test
    void everyKindOfDialogNamesEveryControl(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.setScene(new Scene(new VBox(), 400, 300));
            stage.show();
        });
        Dialogs dialogs = new FxDialogs(stage);
        List<Runnable> kinds = List.of(
                () -> dialogs.showInformation("Backed up", "Your data is backed up.", "The copy is in the backups folder."),
                () -> dialogs.showError("PDF not written", "SkillGap could not write the PDF.", "The disk is full."),
                () -> dialogs.confirm("Replace your data?", "Import export.json?", "Your data is backed up first."),
                () -> dialogs.confirm("Plan exported", "Your plan is ready.", "Open it now?", "Open", "Not now"),
                () -> dialogs.choose("Your data cannot be opened", "SkillGap cannot use its data file.", "It is damaged.",
                        List.of("Restore the newest backup", "Move the file aside", "Quit")));
        for (Runnable kind : kinds) {
            javafx.application.Platform.runLater(kind);
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> showingDialog(robot).isPresent());
            javafx.scene.control.DialogPane pane = showingDialog(robot).orElseThrow();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(pane.lookupAll(".button")).as(pane.getHeaderText()).isNotEmpty();
            assertThat(unnamed(pane.getScene().getRoot())).as(pane.getHeaderText()).isEmpty();
            robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static Optional<javafx.scene.control.DialogPane> showingDialog(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAll().stream()
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .map(javafx.scene.control.DialogPane.class::cast).findFirst();
    }

    @Test
    void theWalkFindsAControlWithoutAName(FxRobot robot) {
        Button unnamed = new Button();
        Button named = new Button("Save");
        VBox box = new VBox(named, unnamed);
        show(robot, () -> box);

        assertThat(unnamed(box)).containsExactly("Button");
        robot.interact(() -> unnamed.setAccessibleText("Close"));
        assertThat(unnamed(box)).isEmpty();
    }
}
