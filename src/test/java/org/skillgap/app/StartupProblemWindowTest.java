package org.skillgap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window a person sees when SkillGap cannot start, driven headless as a person would. */
class StartupProblemWindowTest {

    private static final String WHY = "Cannot use the data folder /home/zoe/notes.txt: it is a file, not a folder. "
            + "Choose a folder with --data-dir DIR or SKILLGAP_HOME, or move the file away.";

    private final FxRobot robot = new FxRobot();
    private CompletableFuture<Void> shown;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWhatIsLeft() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void saysWhyItCannotStartAndReturnsOnceThePersonClosesIt() throws Exception {
        shown = CompletableFuture.runAsync(() -> StartupProblemWindow.showAndWait(WHY));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> problemWindow() != null);
        WaitForAsyncUtils.waitForFxEvents();

        Stage window = problemWindow();
        assertThat(window.getTitle()).isEqualTo("SkillGap cannot start");
        assertThat(window.getOwner()).as("no main window to own it").isNull();
        DialogPane pane = (DialogPane) window.getScene().getRoot();
        assertThat(pane.getHeaderText()).isEqualTo("SkillGap could not open its window.");
        assertThat(((Label) pane.getContent()).getText()).isEqualTo(WHY);
        assertThat(shown).as("waits for the person").isNotDone();

        Node ok = pane.lookupButton(pane.getButtonTypes().get(0));
        assertThat(((javafx.scene.control.Button) ok).getText()).isEqualTo("OK");
        robot.clickOn(ok);

        shown.get(10, TimeUnit.SECONDS);
        assertThat(window.isShowing()).isFalse();
    }

    private static Stage problemWindow() {
        List<Window> open = Window.getWindows().filtered(Window::isShowing);
        return open.stream().filter(w -> w instanceof Stage s && "SkillGap cannot start".equals(s.getTitle()))
                .map(Stage.class::cast).findFirst().orElse(null);
    }
}
