package org.skillgap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real dialogs, where the screens' tests use a recording fake: a question whose buttons say
 * what they do, and a dialog asked for before the window has a scene (as at start-up).
 */
@ExtendWith(ApplicationExtension.class)
class FxDialogsTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
    }

    private DialogPane showing(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").queryAll().stream()
                .anyMatch(n -> n.getScene() != null && n.getScene().getWindow().isShowing()
                        && n instanceof DialogPane pane && !pane.getButtonTypes().isEmpty()
                        // Every button the dialog asks for, not just the first its skin has made.
                        && buttons(pane).size() == pane.getButtonTypes().size()));
        return robot.lookup(".dialog-pane").queryAll().stream()
                .filter(n -> n.getScene().getWindow().isShowing()).map(DialogPane.class::cast).findFirst().orElseThrow();
    }

    private static List<Button> buttons(DialogPane pane) {
        return pane.lookupAll(".button").stream().filter(Button.class::isInstance).map(Button.class::cast).toList();
    }

    @Test
    void aQuestionOffersItsOwnTwoButtonsAndTheSecondAnswersNo(FxRobot robot) throws Exception {
        Dialogs dialogs = new FxDialogs(owner);
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.confirm("Plan saved", "Your plan is ready.", "Open it now?",
                "Open", "Not now")));

        DialogPane pane = showing(robot);
        assertThat(buttons(pane)).extracting(Button::getText).containsExactlyInAnyOrder("Open", "Not now");
        robot.interact(buttons(pane).stream().filter(b -> b.getText().equals("Not now")).findFirst().orElseThrow()::fire);

        assertThat(answer.get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void aDialogAskedForBeforeTheWindowHasASceneStillShowsAndAnswers(FxRobot robot) throws Exception {
        CompletableFuture<Integer> picked = new CompletableFuture<>();
        Platform.runLater(() -> picked.complete(new FxDialogs(new Stage()).choose("Your data cannot be opened", "Damaged",
                "The data file is damaged.", List.of("Restore the newest backup", "Quit"))));

        DialogPane pane = showing(robot);
        assertThat(pane.getHeaderText()).isEqualTo("Damaged");
        robot.interact(buttons(pane).stream().filter(b -> b.getText().startsWith("Restore")).findFirst().orElseThrow()::fire);

        assertThat(picked.get(10, TimeUnit.SECONDS)).isZero();
    }
}
