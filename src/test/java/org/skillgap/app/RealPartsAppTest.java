package org.skillgap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import org.skillgap.cli.SkillGapCommand;
import org.skillgap.model.Messages;
import org.skillgap.model.Profile;
import org.skillgap.model.RatingChange;
import org.skillgap.store.BadDataFiles;
import org.skillgap.store.Backups;
import org.skillgap.store.DataFolder;
import org.skillgap.store.SkillGapStore;

/**
 * The whole app with its real parts: the real {@code FxDialogs}, the real writer thread and a real
 * SQLite file, driven by keyboard and mouse as a person would. The fakes used elsewhere once hid a
 * crash of every start-up dialog and a rating flow that overwrote ratings; these tests would not.
 */
@org.junit.jupiter.api.Timeout(value = 90, unit = TimeUnit.SECONDS)
class RealPartsAppTest {

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;

    @TempDir
    Path temp;

    private Path data() {
        return temp.resolve("data");
    }

    private static SkillGapCommand optionsFor(Path data) {
        SkillGapCommand options = new SkillGapCommand(o -> { }, Map.of());
        new picocli.CommandLine(options).parseArgs("--data-dir", data.toString());
        return options;
    }

    /**
     * Starts the app as main() does, on its own thread: a start-up dialog waits for an answer
     * inside start(), which must not hold up the test that gives that answer.
     */
    private CompletableFuture<javafx.application.Application> startInBackground(Path data) throws Exception {
        SkillGapApp.useOptions(optionsFor(data));
        FxToolkit.registerPrimaryStage();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return FxToolkit.setupApplication(SkillGapApp::new);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void start(Path data) throws Exception {
        app = startInBackground(data).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Stops the app; its stop() waits for the writer thread, so the store then holds every change. */
    private void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
    }

    @AfterEach
    void cleanUp() throws Exception {
        stop();
        // The language a start took from the settings is the whole JVM's; the next test starts without it.
        Messages.useDefault();
    }

    private void withProfile(Path data) throws Exception {
        DataFolder.at(data).ensureExists();
        try (SkillGapStore store = SkillGapStore.open(DataFolder.at(data).database())) {
            store.saveProfile(new Profile("Alex", "it-product-manager", "qa-analyst", 6));
        }
    }

    private List<RatingChange> history(Path data) {
        try (SkillGapStore store = SkillGapStore.open(DataFolder.at(data).database())) {
            return store.history();
        }
    }

    private Map<String, Integer> ratings(Path data) {
        try (SkillGapStore store = SkillGapStore.open(DataFolder.at(data).database())) {
            return store.assessment().ratings();
        }
    }

    private String ratedCounter() {
        return robot.lookup("#rated-counter").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private ListView<Object> skillList() {
        return robot.lookup("#skill-list").queryAs(ListView.class);
    }

    /** The dialog now showing with this header, found as a person would see it. */
    private DialogPane waitForDialog(String header) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> showingDialog(header).isPresent());
        return showingDialog(header).orElseThrow();
    }

    private java.util.Optional<DialogPane> showingDialog(String header) {
        return robot.lookup(".dialog-pane").queryAll().stream()
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing())
                .map(DialogPane.class::cast).filter(p -> header.equals(p.getHeaderText())).findFirst();
    }

    private void press(DialogPane pane, String buttonText) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !buttons(pane).isEmpty());
        Button button = pane.lookupAll(".button").stream().filter(n -> n instanceof Button b
                && b.getText().equals(buttonText)).map(Button.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + buttonText + "' in " + buttons(pane)));
        // fire() rather than a click: a dialog standing alone is centred once it has its size,
        // and a click aimed before that could land on another of its buttons.
        robot.interact(button::fire);
    }

    private static List<String> buttons(DialogPane pane) {
        return pane.lookupAll(".button").stream().filter(Button.class::isInstance)
                .map(n -> ((Button) n).getText()).toList();
    }

    @Test
    void aNewPersonGetsFromTheWelcomeFormToRatingByKeyboardOnly() throws Exception {
        start(data());

        // The name field has the focus; the role has a default; the background needs a choice.
        robot.write("Alex");
        robot.type(KeyCode.TAB).type(KeyCode.TAB).type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#skill-list").tryQuery()).as("the Assess screen after the welcome form").isPresent();

        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ratedCounter()).startsWith("Rated 1 of");
        stop();
        assertThat(ratings(data())).hasSize(1).containsValue(3);
    }

    @Test
    void theWindowShowsTheRatingsFirstAndThenHasItsIconForTheTaskbar() throws Exception {
        withProfile(data());
        start(data());
        Stage window = (Stage) robot.lookup("#skill-list").query().getScene().getWindow();

        // Given once the first frame is in, off the start's path.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.getIcons().isEmpty());
        assertThat(window.getIcons()).hasSize(1);
        assertThat(window.getIcons().get(0).getWidth()).isEqualTo(256);
        assertThat(window.getIcons().get(0).isError()).isFalse();
    }

    @Test
    void ratingFiveSkillsInARowByKeyboardRatesFiveDifferentSkills() throws Exception {
        withProfile(data());
        start(data());

        for (KeyCode digit : List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5)) {
            robot.type(digit).type(KeyCode.DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ratedCounter()).startsWith("Rated 5 of");
        stop();
        List<RatingChange> history = history(data());
        assertThat(history).hasSize(5);
        assertThat(history.stream().map(RatingChange::skillId).distinct()).hasSize(5);
        assertThat(history.stream().map(RatingChange::level).toList()).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void clickingTheStarsOfFiveSkillsKeepsEachRatingAndTheSelection() throws Exception {
        withProfile(data());
        start(data());

        for (int i = 0; i < 5; i++) {
            Node cell = robot.lookup(".skill-cell").nth(i).query();
            Node stars = cell.lookup(".skill-rating");
            robot.clickOn(stars);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(skillList().getSelectionModel().getSelectedItem()).as("selection after click %d", i)
                    .isNotNull();
        }

        assertThat(ratedCounter()).startsWith("Rated 5 of");
        stop();
        assertThat(ratings(data())).hasSize(5);
    }

    @Test
    void afterSwitchingScreensTheKeyboardStillRatesOnAssess() throws Exception {
        withProfile(data());
        start(data());

        robot.press(KeyCode.SHORTCUT).type(KeyCode.DIGIT2).release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.SHORTCUT).type(KeyCode.DIGIT1).release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.DIGIT4).type(KeyCode.DOWN).type(KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ratedCounter()).startsWith("Rated 2 of");
        stop();
        assertThat(ratings(data()).values()).containsExactlyInAnyOrder(4, 2);
    }

    @Test
    void aNoteWithDigitsIsSavedAsTypedAndDoesNotReRateTheSkill() throws Exception {
        withProfile(data());
        start(data());

        robot.type(KeyCode.DIGIT2);
        robot.press(KeyCode.SHORTCUT).type(KeyCode.F).release(KeyCode.SHORTCUT);
        robot.write("cloud");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        robot.write("Ran our AWS migration in 2024");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#note-editor").queryAs(TextArea.class).getText())
                .isEqualTo("Ran our AWS migration in 2024");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        stop();
        try (SkillGapStore store = SkillGapStore.open(DataFolder.at(data()).database())) {
            assertThat(store.notes()).containsValue("Ran our AWS migration in 2024");
            String noted = store.notes().keySet().iterator().next();
            assertThat(store.assessment().rating(noted)).as("typing the note rated nothing").isEmpty();
            assertThat(store.history()).hasSize(1);
        }
    }

    @Test
    void aNoteStillBeingTypedWhenTheAppQuitsIsSaved() throws Exception {
        withProfile(data());
        start(data());

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        robot.write("Typed just before quitting");
        // No pause, no Escape, the editor keeps the focus: only the window's explicit save on quit
        // can keep this note.
        stop();

        try (SkillGapStore store = SkillGapStore.open(DataFolder.at(data()).database())) {
            assertThat(store.notes()).containsValue("Typed just before quitting");
        }
    }

    @Test
    void dataFromReleaseZeroOneIsToldWhatTheNewCatalogChangedAndCanRateJustThose() throws Exception {
        DataFolder.at(data()).ensureExists();
        org.skillgap.store.Release010Fixture.copy("skillgap.db", data());
        start(data());

        DialogPane pane = waitForDialog("Catalog 2026.1: no skills merged, 2 widened, 29 to rate for the first time");
        press(pane, "Rate them now");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#only-notice").queryAs(Label.class).getText()).contains("31 skills");
        assertThat(skillList().getItems().stream().filter(e -> e instanceof org.skillgap.ui.assess.SkillRow))
                .hasSize(31);
        robot.interact(() -> robot.lookup("#show-all-skills").queryButton().fire());
        assertThat(skillList().getItems().stream().filter(e -> e instanceof org.skillgap.ui.assess.SkillRow))
                .hasSize(org.skillgap.catalog.Catalogs.bundled().skills().size());

        stop();
        start(data());
        assertThat(showingDialog("Catalog 2026.1: no skills merged, 2 widened, 29 to rate for the first time"))
                .as("told once").isEmpty();
    }

    @Test
    void aDamagedDataFileAtStartOffersTheBackupAndRestoringItOpensTheWindow() throws Exception {
        DataFolder folder = DataFolder.at(data());
        folder.ensureExists();
        Path backup;
        try (SkillGapStore store = SkillGapStore.open(folder.database())) {
            store.saveProfile(new Profile("Alex", "it-product-manager", "qa-analyst", 6));
            store.rate("cloud-computing", 4);
            backup = Backups.backupNow(folder, store, Clock.systemDefaultZone());
        }
        for (String suffix : List.of("-wal", "-shm")) {
            Files.deleteIfExists(Path.of(folder.database() + suffix));
        }
        BadDataFiles.write(BadDataFiles.Kind.RANDOM_BYTES, folder.database());

        CompletableFuture<javafx.application.Application> starting = startInBackground(data());
        DialogPane question = waitForDialog(Messages.get("startup.header"));
        assertThat(question.getContentText() + labels(question)).contains("is damaged");
        press(question, Messages.get("startup.restore", backup.getFileName()));
        DialogPane restored = waitForDialog(Messages.get("startup.restored.header"));
        press(restored, "OK");
        app = starting.get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ratedCounter()).startsWith("Rated 1 of");
    }

    @Test
    void aSecondStartOnTheSameDataSaysSoAndTheFirstWindowKeepsWorking() throws Exception {
        withProfile(data());
        start(data());
        Stage first = (Stage) robot.lookup("#skill-list").query().getScene().getWindow();

        java.util.concurrent.atomic.AtomicBoolean quit = new java.util.concurrent.atomic.AtomicBoolean();
        SkillGapApp second = new SkillGapApp(() -> quit.set(true));
        SkillGapApp.useOptions(optionsFor(data()));
        CompletableFuture<Void> secondStart = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                second.start(new Stage());
                secondStart.complete(null);
            } catch (RuntimeException | Error e) {
                secondStart.completeExceptionally(e);
            }
        });
        DialogPane notice = waitForDialog(Messages.get("startup.alreadyOpen.header"));
        assertThat(labels(notice)).contains(data().getFileName().toString());
        press(notice, "OK");
        secondStart.get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(quit).as("the second start ends itself").isTrue();
        assertThat(first.isShowing()).isTrue();
        // The desktop gives the focus back to the window that had it; Monocle has no window manager.
        robot.interact(first::requestFocus);
        robot.clickOn(robot.lookup(".skill-name").nth(1).queryAs(Label.class)).type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ratedCounter()).startsWith("Rated 1 of");
    }

    private static String labels(DialogPane pane) {
        return pane.lookupAll(".label").stream().filter(Label.class::isInstance)
                .map(n -> ((Label) n).getText()).collect(Collectors.joining(" "));
    }


    @Test
    void lettersInHoursCannotBeTypedAndTheHoursSavedAreTheHoursShown() throws Exception {
        start(data());
        javafx.scene.control.TextField hours = robot.lookup("#profile-hours").queryAs(javafx.scene.control.TextField.class);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Object> background = robot.lookup("#profile-background")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.clickOn(background).type(KeyCode.DOWN).type(KeyCode.ENTER);

        // The background's advice has opened above the field and pushed it down: the keyboard goes there.
        robot.interact(() -> {
            hours.requestFocus();
            hours.selectAll();
        });
        robot.write("12x");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(hours.getText()).isEqualTo("12");
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("no 'problem it did not expect'").isEmpty();
        robot.clickOn("#welcome-start");
        WaitForAsyncUtils.waitForFxEvents();
        stop();
        try (SkillGapStore store = SkillGapStore.open(DataFolder.at(data()).database())) {
            assertThat(store.profile()).map(Profile::hoursPerWeek).contains(12);
        }
    }

    @Test
    void onThePlanScreenTheKeyboardIsOnTheStepsSoSpaceTicksOne() throws Exception {
        withProfile(data());
        start(data());

        robot.press(KeyCode.SHORTCUT).type(KeyCode.DIGIT2).release(KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        stop();
        try (SkillGapStore store = SkillGapStore.open(DataFolder.at(data()).database())) {
            assertThat(store.itemStatuses()).containsValue(org.skillgap.model.ItemStatus.DONE);
        }
    }

    @Test
    void viewLanguageDeutschIsKeptAndTheNextStartIsInGerman() throws Exception {
        withProfile(data());
        start(data());
        assertThat(ratedCounter()).startsWith("Rated 0 of");

        robot.clickOn("View");
        robot.clickOn("Language");
        robot.clickOn("Deutsch");
        // Said in the language chosen, with what happens next.
        DialogPane told = waitForDialog("SkillGap spricht ab dem nächsten Start Deutsch");
        assertThat(labels(told)).contains("Schließen Sie SkillGap");
        assertThat(ratedCounter()).as("this window stays as it is until the restart").startsWith("Rated 0 of");
        press(told, "OK");
        stop();
        try (SkillGapStore store = SkillGapStore.open(DataFolder.at(data()).database())) {
            assertThat(store.setting("ui.language")).hasValue("de");
        }

        start(data());
        assertThat(ratedCounter()).isEqualTo("0 von 39 eingestuft");
        assertThat(robot.lookup("#nav-assess").queryAs(javafx.scene.control.ToggleButton.class).getText()).isEqualTo("Einstufen");
        assertThat(skillList().getItems().stream().filter(e -> e instanceof org.skillgap.ui.assess.SkillRow)
                .map(e -> ((org.skillgap.ui.assess.SkillRow) e).skill().name())).contains("Agile Methoden (Scrum, Kanban, Backlogs, Sprints)");
    }
}
