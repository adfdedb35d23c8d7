package org.skillgap.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** Shows one screen in a window the size of the app's default, with the app's stylesheet. */
public final class ScreenStage {

    private ScreenStage() {
    }

    public static void show(Stage stage, Node screen) {
        VBox box = new VBox(screen);
        VBox.setVgrow(screen, Priority.ALWAYS);
        Scene scene = new Scene(box, 1200, 800);
        Theme.addAppStylesheet(scene);
        stage.setScene(scene);
        stage.show();
    }

    /**
     * Shrinks the stage to the given size, as a small window would, and returns how to give it
     * its size back: the toolkit keeps one stage for every test class.
     */
    public static Runnable resize(Stage stage, double width, double height) throws Exception {
        double oldWidth = stage.getWidth();
        double oldHeight = stage.getHeight();
        org.testfx.api.FxToolkit.setupFixture(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return () -> {
            stage.setWidth(oldWidth);
            stage.setHeight(oldHeight);
        };
    }
}
