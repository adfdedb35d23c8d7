package org.skillgap.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.skillgap.ui.TextSize;
import org.skillgap.model.Background;
import org.skillgap.model.Profile;
import org.skillgap.model.TargetProfile;
import org.skillgap.model.Texts;
import org.skillgap.ui.GermanWindow;
import org.skillgap.ui.SessionFixture;

@ExtendWith(ApplicationExtension.class)
class WelcomeViewTest {

    private SessionFixture fixture;
    private final AtomicBoolean done = new AtomicBoolean();
    private final TextSize textSize = new TextSize();
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = new SessionFixture(Files.createTempDirectory("welcome"));
        stage.setScene(new Scene(new WelcomeView(new ProfileViewModel(fixture.session), textSize, () -> done.set(true)).root(), 1000, 760));
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
        Profile saved = fixture.stored().profile().orElseThrow();
        assertThat(saved.name()).isEqualTo("Zoë Ångström-Núñez");
        assertThat(saved.backgroundId()).isEqualTo(chosen.id());
        assertThat(saved.hoursPerWeek()).isEqualTo(ProfileViewModel.DEFAULT_HOURS);
    }

    @Test
    void theReassessIntervalIsTypedLikeTheHoursAndSaved(FxRobot robot) {
        chooseBackground(robot);
        TextField weeks = robot.lookup("#profile-reassess-weeks").queryAs(TextField.class);
        assertThat(weeks.getText()).isEqualTo("6");
        assertThat(robot.lookup("#profile-reassess-weeks-range").queryLabeled().getText()).isEqualTo("1 to 52 weeks");

        robot.clickOn(weeks).push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE).write("60");
        assertThat(robot.lookup("#profile-reassess-weeks-problem").queryLabeled().getText())
                .isEqualTo("Enter a whole number from 1 to 52.");
        assertThat(robot.lookup("#welcome-start").queryAs(Button.class).isDisabled()).isTrue();

        robot.type(KeyCode.BACK_SPACE).type(KeyCode.BACK_SPACE).write("3");
        robot.clickOn("#welcome-start");

        assertThat(done).isTrue();
        assertThat(fixture.stored().setting("reassess.weeks")).contains("3");
    }

    @Test
    void startGreyedOutSaysWhatIsMissing(FxRobot robot) {
        Label why = robot.lookup("#welcome-start-why").queryAs(Label.class);
        assertThat(why.isVisible()).isTrue();
        assertThat(why.getText()).contains("where you start");

        chooseBackground(robot);

        assertThat(why.isVisible()).isFalse();
        assertThat(robot.lookup("#welcome-start").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void lettersCannotBeTypedIntoHoursAndNothingUnexpectedHappens(FxRobot robot) {
        chooseBackground(robot);
        TextField hours = robot.lookup("#profile-hours").queryAs(TextField.class);

        robot.clickOn(hours).push(KeyCode.CONTROL, KeyCode.A).write("abc").type(KeyCode.TAB);

        assertThat(hours.getText()).isEqualTo(Integer.toString(ProfileViewModel.DEFAULT_HOURS));
        assertThat(robot.lookup("#profile-hours-range").queryLabeled().getText()).isEqualTo("1 to 80 hours");
        robot.clickOn("#welcome-start");
        assertThat(fixture.stored().profile().orElseThrow().hoursPerWeek()).isEqualTo(ProfileViewModel.DEFAULT_HOURS);
    }

    @Test
    void hoursOutOfRangeAreShownAsAProblemAndNotSaved(FxRobot robot) {
        chooseBackground(robot);
        TextField hours = robot.lookup("#profile-hours").queryAs(TextField.class);

        robot.clickOn(hours).push(KeyCode.CONTROL, KeyCode.A).write("0");

        Label problem = robot.lookup("#profile-hours-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("1 to 80");
        assertThat(robot.lookup("#welcome-start").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#welcome-start-why").queryLabeled().getText()).contains("1 to 80");

        robot.type(KeyCode.BACK_SPACE).write("200");

        assertThat(hours.getText()).as("a third digit is refused, not clamped").isEqualTo("20");
        assertThat(problem.isVisible()).isFalse();
        robot.clickOn("#welcome-start");
        assertThat(fixture.stored().profile().orElseThrow().hoursPerWeek()).isEqualTo(20);
    }

    @Test
    void aNameOverTheLimitIsRefusedVisibly(FxRobot robot) {
        chooseBackground(robot);
        String tooLong = "n".repeat(Texts.MAX_NAME_CHARS + 5);
        TextField name = robot.lookup("#profile-name").queryAs(TextField.class);

        robot.interact(() -> name.setText(tooLong));

        assertThat(name.getText()).as("not cut").isEqualTo(tooLong);
        Label problem = robot.lookup("#profile-name-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains(Integer.toString(Texts.MAX_NAME_CHARS));
        assertThat(robot.lookup("#welcome-start").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void explanationsWrapInFullAndTheFormScrollsAtTheSmallestWindow(FxRobot robot) {
        // Its own window, so the shared test window keeps its size for the tests that follow.
        java.util.concurrent.atomic.AtomicReference<Stage> small = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            ProfileViewModel viewModel = new ProfileViewModel(fixture.session);
            viewModel.backgroundProperty().set(fixture.catalog.backgrounds().get(1));
            Stage window = new Stage();
            window.setScene(new Scene(new WelcomeView(viewModel, new TextSize(), () -> { }).root(), 800, 560));
            window.show();
            window.getScene().getRoot().layout();
            small.set(window);
        });
        try {
            javafx.scene.Parent root = small.get().getScene().getRoot();
            for (String id : new String[] {"#profile-name-help", "#profile-target-help", "#profile-background-help",
                    "#profile-hours-help"}) {
                assertShownInFull(robot.from(root).lookup(id).queryAs(Label.class));
            }
            assertShownInFull(robot.from(root).lookup(".welcome-intro").queryAs(Label.class));
            ScrollPane scroll = robot.from(root).lookup(".scroll-pane").queryAs(ScrollPane.class);
            assertThat(scroll.getContent().getBoundsInLocal().getHeight())
                    .as("the form is taller than the window, so it scrolls")
                    .isGreaterThan(scroll.getViewportBounds().getHeight());
            Node start = robot.from(root).lookup("#welcome-start").query();
            assertThat(start.localToScene(start.getBoundsInLocal()).getMaxY())
                    .as("Start stays in sight").isLessThanOrEqualTo(560);
        } finally {
            robot.interact(() -> small.get().close());
        }
    }

    @Test
    void tabbingToAFieldBelowTheFoldOfASmallWindowScrollsTheFormToIt(FxRobot robot) {
        java.util.concurrent.atomic.AtomicReference<Stage> small = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            Stage window = new Stage();
            window.setScene(new Scene(new WelcomeView(new ProfileViewModel(fixture.session), new TextSize(), () -> { }).root(), 800, 480));
            window.show();
            small.set(window);
        });
        try {
            javafx.scene.Parent root = small.get().getScene().getRoot();
            ScrollPane scroll = robot.from(root).lookup(".scroll-pane").queryAs(ScrollPane.class);
            TextField weeks = robot.from(root).lookup("#profile-reassess-weeks").queryAs(TextField.class);
            assertThat(visibleIn(scroll, weeks)).as("below the fold at first").isFalse();

            robot.clickOn(robot.from(root).lookup("#profile-name").<Node>query());
            for (int i = 0; i < 12 && !weeks.isFocused(); i++) {
                robot.type(KeyCode.TAB);
            }

            assertThat(weeks.isFocused()).as("reached by Tab").isTrue();
            assertThat(visibleIn(scroll, weeks)).as("scrolled into sight").isTrue();
        } finally {
            robot.interact(() -> small.get().close());
        }
    }

    /** Whether all of {@code node} is inside the scroll pane's viewport, as drawn. */
    private static boolean visibleIn(ScrollPane scroll, Node node) {
        javafx.geometry.Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        javafx.geometry.Bounds shown = node.localToScene(node.getLayoutBounds());
        return shown.getMinY() >= view.getMinY() && shown.getMaxY() <= view.getMaxY();
    }

    @Test
    void theTextSizeCanBeChangedBeforeThereIsAMenuByButtonAndByKeys(FxRobot robot) {
        javafx.scene.Parent root = robot.lookup("#welcome-start").query().getScene().getRoot();
        Label title = robot.lookup(".welcome-title").queryAs(Label.class);
        double normal = title.getFont().getSize();

        robot.clickOn("#welcome-text-larger");
        assertThat(textSize.percentProperty().get()).isEqualTo(110);
        robot.press(KeyCode.SHORTCUT).type(KeyCode.PLUS).release(KeyCode.SHORTCUT);
        assertThat(textSize.percentProperty().get()).isEqualTo(125);
        assertThat(root.getStyle()).contains("-fx-font-size: 1.25em");
        assertThat(title.getFont().getSize()).as("the title grows with it").isGreaterThan(normal);

        robot.press(KeyCode.SHORTCUT).type(KeyCode.MINUS).release(KeyCode.SHORTCUT);
        assertThat(textSize.percentProperty().get()).isEqualTo(110);
        robot.clickOn("#welcome-text-smaller");
        assertThat(textSize.percentProperty().get()).isEqualTo(100);
        robot.press(KeyCode.SHORTCUT).type(KeyCode.PLUS).type(KeyCode.DIGIT0).release(KeyCode.SHORTCUT);
        assertThat(textSize.percentProperty().get()).as("Ctrl+0 is the normal size again").isEqualTo(100);
        assertThat(title.getFont().getSize()).isEqualTo(normal);
    }

    @Test
    void theFormsLabelsAreShownInFullInGermanAtALargerTextSize(FxRobot robot) {
        TextSize atLarger = new TextSize();
        atLarger.use("150");
        try (GermanWindow german = GermanWindow.show(robot,
                () -> new WelcomeView(new ProfileViewModel(fixture.session), atLarger, () -> { }).root(), 800, 560)) {
            java.util.List<Label> labels = robot.from(german.root()).lookup(".form-label")
                    .queryAllAs(Label.class).stream().toList();
            assertThat(labels).extracting(Label::getText).contains("Stunden pro Woche");
            labels.forEach(WelcomeViewTest::assertShownInFull);
            assertShownInFull(robot.from(german.root()).lookup(".welcome-title").queryAs(Label.class));
        }
    }

    @Test
    void theCardKeepsItsHeightWhenTheRoleChanges(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<TargetProfile> target = robot.lookup("#profile-target").queryAs(ComboBox.class);
        Node card = robot.lookup(".welcome-card").query();
        double before = card.getBoundsInLocal().getHeight();

        for (TargetProfile role : fixture.catalog.profiles()) {
            robot.interact(() -> target.setValue(role));
            robot.interact(() -> stage.getScene().getRoot().layout());
            assertThat(card.getBoundsInLocal().getHeight()).as(role.name()).isEqualTo(before);
        }
    }

    private void chooseBackground(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<Background> background = robot.lookup("#profile-background").queryAs(ComboBox.class);
        robot.interact(() -> background.setValue(fixture.catalog.backgrounds().get(1)));
    }

    /** A label whose text did not fit shows a shortened text ending in "..." in its skin. */
    private static void assertShownInFull(Label label) {
        Text shown = (Text) label.lookup(".text");
        assertThat(shown.getText()).as(label.getId() + " shown in full").isEqualTo(label.getText());
    }
}
