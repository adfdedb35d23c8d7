package org.skillgap.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.geometry.Rectangle2D;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.skillgap.store.AppLog;
import org.skillgap.store.DataFolder;
import org.skillgap.ui.AfterFirstFrame;
import org.skillgap.ui.shell.WindowState;

/**
 * The main window's frame: its icon, and its place and size, remembered per data folder and
 * fitted to the screens there are now (a window last seen on an unplugged monitor comes back).
 */
final class MainStage {

    private static final Logger LOG = AppLog.logger(MainStage.class);

    private MainStage() {
    }

    /** Gives the stage its remembered place; it remembers the place again when hidden. */
    static void dress(Stage stage, DataFolder folder) {
        place(stage, WindowState.load(folder.windowStateFile()));
        stage.setOnHidden(e -> remember(stage, folder));
    }

    /**
     * Gives the shown stage its icon once its first frame is in: decoding the 256-pixel image took
     * 9-15 ms on the FX thread of a start, and the window manager shows the icon a frame later.
     */
    static void iconAfterFirstFrame(Stage stage) {
        AfterFirstFrame.run(stage.getScene().getRoot(), () -> icon().ifPresent(stage.getIcons()::setAll));
    }

    private static void place(Stage stage, WindowState remembered) {
        Rectangle2D screen = screenFor(remembered).getVisualBounds();
        // Room for the title bar the window manager adds around the scene.
        double titleBar = 32;
        WindowState state = remembered.fitTo(screen.getMinX(), screen.getMinY(), screen.getWidth(),
                screen.getHeight() - titleBar);
        stage.setMinWidth(Math.min(800, screen.getWidth()));
        stage.setMinHeight(Math.min(560, screen.getHeight() - titleBar));
        stage.setWidth(state.width());
        stage.setHeight(state.height());
        stage.setX(state.x());
        stage.setY(state.y());
        stage.setMaximized(state.maximized());
    }

    /** The screen the window was last on, or the main one. */
    private static Screen screenFor(WindowState state) {
        return state.position()
                .map(xy -> Screen.getScreensForRectangle(xy[0], xy[1], state.width(), state.height()))
                .filter(screens -> !screens.isEmpty()).map(screens -> screens.get(0))
                .orElse(Screen.getPrimary());
    }

    private static void remember(Stage stage, DataFolder folder) {
        try {
            new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized())
                    .save(folder.windowStateFile());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remember the window position", e);
        }
    }

    private static Optional<Image> icon() {
        try (InputStream in = MainStage.class.getResourceAsStream("/icons/skillgap-256.png")) {
            return in == null ? Optional.empty() : Optional.of(new Image(in));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
