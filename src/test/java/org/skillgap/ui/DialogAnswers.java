package org.skillgap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Answers a real {@link FxDialogs} question as a person would: by clicking its button. */
public final class DialogAnswers {

    private DialogAnswers() {
    }

    /** Waits for a "Remove …" question to show, then presses its OK (the default button) or Cancel. */
    public static void answer(FxRobot robot, boolean ok) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showingPane(robot) != null);
        DialogPane pane = showingPane(robot);
        assertThat(pane.getHeaderText()).startsWith("Remove ");
        Button button = buttons(pane).stream().filter(b -> b.isDefaultButton() == ok).findFirst().orElseThrow();
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static DialogPane showingPane(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAll().stream()
                .filter(n -> n instanceof DialogPane && n.getScene() != null && n.getScene().getWindow().isShowing())
                .map(DialogPane.class::cast).filter(p -> buttons(p).size() == p.getButtonTypes().size()
                        && !p.getButtonTypes().isEmpty())
                .findFirst().orElse(null);
    }

    private static List<Button> buttons(DialogPane pane) {
        return pane.lookupAll(".button").stream().filter(Button.class::isInstance).map(Button.class::cast).toList();
    }
}
