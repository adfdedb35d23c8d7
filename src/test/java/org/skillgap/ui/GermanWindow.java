package org.skillgap.ui;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.skillgap.model.Messages;
import org.testfx.api.FxRobot;

/**
 * A screen made and shown in German, in a window of its own (the shared test window keeps its
 * size and language): for the tests that check that German's long words fit. Closing it closes
 * the window and goes back to the default language.
 */
public final class GermanWindow implements AutoCloseable {

    private final FxRobot robot;
    private final Stage stage;

    private GermanWindow(FxRobot robot, Stage stage) {
        this.robot = robot;
        this.stage = stage;
    }

    /** Shows {@code screen}, made once German is the language, at {@code width} x {@code height}. */
    public static GermanWindow show(FxRobot robot, Supplier<Parent> screen, double width, double height) {
        AtomicReference<Stage> shown = new AtomicReference<>();
        robot.interact(() -> {
            Messages.use(Locale.GERMAN);
            Scene scene = new Scene(screen.get(), width, height);
            Theme.addAppStylesheet(scene);
            Stage window = new Stage();
            window.setScene(scene);
            window.show();
            scene.getRoot().layout();
            shown.set(window);
        });
        return new GermanWindow(robot, shown.get());
    }

    public Parent root() {
        return stage.getScene().getRoot();
    }

    @Override
    public void close() {
        Messages.useDefault();
        robot.interact(stage::close);
    }
}
