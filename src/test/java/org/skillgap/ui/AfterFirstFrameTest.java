package org.skillgap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A part out of sight at start is made once, after the window's first frame, not before it is shown. */
@ExtendWith(ApplicationExtension.class)
class AfterFirstFrameTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theWorkRunsOnceAfterTheWindowsFirstFrameAndNotWhileItIsHidden(FxRobot robot) throws Exception {
        AtomicInteger runs = new AtomicInteger();
        boolean[] laidOutBefore = new boolean[1];
        Label below = new Label("Blockers");
        VBox root = new VBox(new Label("Readiness 46%"));
        robot.interact(() -> {
            AfterFirstFrame.run(below, () -> {
                laidOutBefore[0] = root.getHeight() > 0;
                runs.incrementAndGet();
                root.getChildren().add(new Label("Leading cross-functional teams"));
            });
            root.getChildren().add(below);
            stage.hide();
            stage.setScene(new Scene(root, 300, 200));
        });
        WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs).as("no frame while the window is hidden").hasValue(0);

        robot.interact(stage::show);
        WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs).hasValue(1);
        assertThat(laidOutBefore[0]).as("the first frame was laid out first").isTrue();
        assertThat(root.getChildren()).hasSize(3);

        robot.interact(() -> root.getChildren().add(new Label("more")));
        WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs).as("once, not at every frame").hasValue(1);
    }
}
