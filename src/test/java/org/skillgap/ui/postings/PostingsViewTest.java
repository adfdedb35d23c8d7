package org.skillgap.ui.postings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillgap.EnglishLocale;
import org.skillgap.ui.FxBackgroundWork;
import org.skillgap.ui.GermanWindow;
import org.skillgap.ui.RecordingDialogs;
import org.skillgap.ui.ScreenStage;
import org.skillgap.ui.SessionFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Postings screen as a job seeker uses it: paste a posting with Ctrl+V, keep it, read the result. */
@EnglishLocale
@ExtendWith(ApplicationExtension.class)
class PostingsViewTest {

    private SessionFixture fixture;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ExecutorService backgroundThread = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) throws Exception {
        fixture = SessionFixture.withProfile(Files.createTempDirectory("postings-view"));
        fixture.session.rate("cloud-computing", 2);
        PostingsViewModel viewModel = new PostingsViewModel(fixture.session, dialogs,
                new FxBackgroundWork(backgroundThread, new SimpleStringProperty("")));
        ScreenStage.show(stage, new PostingsView(viewModel).root());
    }

    @AfterEach
    void close() throws Exception {
        backgroundThread.shutdown();
        backgroundThread.awaitTermination(5, TimeUnit.SECONDS);
        fixture.close();
    }

    private static String posting(String name) throws Exception {
        return Files.readString(Path.of(PostingsViewTest.class.getResource("/postings/" + name).toURI()));
    }

    @Test
    void pastingAPostingShowsItsFitAndItsPhrasesMarkedAndKeepsIt(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#postings-empty").queryAs(Label.class).getText()).startsWith("No posting kept yet");
        String text = posting("senior-pm-cloud-platform.md");
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });

        robot.clickOn("#posting-paste").press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        assertThat(robot.lookup("#posting-paste").queryAs(TextArea.class).getText()).isEqualTo(text);
        robot.clickOn("#posting-keep");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#posting-summary").queryAs(Label.class)
                .getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#posting-summary").queryAs(Label.class).getText()).matches("Fit \\d+ % · base profile "
                + "Senior IT Product Manager · \\d+ required.*");
        TableView<?> table = robot.lookup("#postings-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup("#postings-own-target").queryAs(Label.class).getText()).startsWith("Your own target");
        TextFlow flow = robot.lookup("#posting-text").queryAs(TextFlow.class);
        List<Text> required = flow.getChildren().stream().map(Text.class::cast)
                .filter(t -> t.getStyleClass().contains("phrase-required")).toList();
        assertThat(required).extracting(Text::getText).contains("AWS");
        assertThat(flow.getChildren().stream().map(Text.class::cast))
                .anyMatch(t -> t.getStyleClass().contains("phrase-preferred"));
        assertThat(robot.lookup("#posting-paste").queryAs(TextArea.class).getText()).isEmpty();
        assertThat(robot.lookup("#postings-empty").queryAs(Label.class).isVisible()).isFalse();
        assertThat(fixture.stored().postings()).hasSize(1);
    }

    @Test
    void aCorrectionMadeWithTheKeyboardShowsInTheSkillListAndIsKept(FxRobot robot) throws Exception {
        String text = posting("pm-public-sector.txt");
        robot.interact(() -> robot.lookup("#posting-paste").queryAs(TextArea.class).setText(text));
        robot.clickOn("#posting-keep");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#posting-skills")
                .queryListView().getItems().isEmpty());

        robot.clickOn("#posting-skills").type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        SkillLine first = (SkillLine) robot.lookup("#posting-skills").queryListView().getSelectionModel().getSelectedItem();
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#posting-skills").queryListView().getItems())
                .noneMatch(item -> ((SkillLine) item).skillId().equals(first.skillId()));
        assertThat(fixture.stored().postings()).singleElement()
                .satisfies(p -> assertThat(p.corrections()).containsKey(first.skillId()));
        robot.clickOn("#posting-remove");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.of("confirm")).hasSize(1);
        Label empty = robot.lookup("#postings-empty").queryAs(Label.class);
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).startsWith("No posting kept yet");
        assertThat(fixture.stored().postings()).isEmpty();
    }

    /** At 150 % text size in German the narrow left side keeps its words: they wrap, or the buttons stack. */
    @Test
    void atALargerTextSizeInGermanTheAddingSideShowsEveryWordInFull(FxRobot robot) {
        try (GermanWindow german = GermanWindow.show(robot, () -> {
            PostingsViewModel viewModel = new PostingsViewModel(fixture.session, dialogs,
                    new FxBackgroundWork(backgroundThread, new SimpleStringProperty("")));
            javafx.scene.layout.VBox root = new javafx.scene.layout.VBox(new PostingsView(viewModel).root());
            root.setStyle("-fx-font-size: 1.5em");
            return root;
        }, 1000, 700)) {
            for (String id : List.of("#posting-keep", "#posting-open", "#postings-own-target")) {
                javafx.scene.control.Labeled labeled = robot.from(german.root()).lookup(id).queryAs(javafx.scene.control.Labeled.class);
                assertThat(((Text) labeled.lookup(".text")).getText()).as(id).isEqualTo(labeled.getText());
            }
            assertThat(robot.from(german.root()).lookup("#posting-keep").queryButton().getText())
                    .isEqualTo("Eingefügte Anzeige speichern");
        }
    }
}
