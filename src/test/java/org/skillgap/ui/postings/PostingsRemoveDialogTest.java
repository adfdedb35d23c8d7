package org.skillgap.ui.postings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillgap.EnglishLocale;
import org.skillgap.ui.DialogAnswers;
import org.skillgap.ui.FxBackgroundWork;
import org.skillgap.ui.FxDialogs;
import org.skillgap.ui.ScreenStage;
import org.skillgap.ui.SessionFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Removing a posting through the real confirmation dialog ({@link FxDialogs}), not the recording
 * fake the other Postings tests use: Cancel keeps it, OK forgets it.
 */
@EnglishLocale
@ExtendWith(ApplicationExtension.class)
class PostingsRemoveDialogTest {

    private SessionFixture fixture;
    private final ExecutorService backgroundThread = Executors.newSingleThreadExecutor();

    @Start
    void start(Stage stage) throws Exception {
        fixture = SessionFixture.withProfile(Files.createTempDirectory("postings-remove"));
        PostingsViewModel viewModel = new PostingsViewModel(fixture.session, new FxDialogs(stage),
                new FxBackgroundWork(backgroundThread, new SimpleStringProperty("")));
        ScreenStage.show(stage, new PostingsView(viewModel).root());
    }

    @AfterEach
    void close() throws Exception {
        backgroundThread.shutdown();
        backgroundThread.awaitTermination(5, TimeUnit.SECONDS);
        fixture.close();
    }

    @Test
    void cancelInTheRealDialogKeepsThePostingAndOkRemovesIt(FxRobot robot) throws Exception {
        String text = Files.readString(Path.of(getClass().getResource("/postings/pm-public-sector.txt").toURI()));
        robot.interact(() -> robot.lookup("#posting-paste").queryAs(TextArea.class).setText(text));
        robot.clickOn("#posting-keep");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fixture.stored().postings().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#posting-remove");
        DialogAnswers.answer(robot, false);
        assertThat(fixture.stored().postings()).as("Cancel keeps it").hasSize(1);

        robot.clickOn("#posting-remove");
        DialogAnswers.answer(robot, true);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fixture.stored().postings().isEmpty());
        assertThat(fixture.stored().postings()).isEmpty();
    }
}
