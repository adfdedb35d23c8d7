package org.skillgap.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.skillgap.cli.SkillGapCommand;
import org.skillgap.model.AppVersion;
import org.skillgap.model.Messages;
import org.skillgap.store.AppLog;
import org.skillgap.store.DataFolder;
import org.skillgap.ui.Dialogs;
import org.skillgap.ui.FxDialogs;
import org.skillgap.ui.Theme;
import org.skillgap.ui.shell.EmptyScreen;
import org.skillgap.ui.shell.MainWindow;
import org.skillgap.ui.shell.MainWindowViewModel;
import org.skillgap.ui.shell.MenuActions;
import org.skillgap.ui.shell.Screen;
import org.skillgap.ui.shell.WindowState;

/** The JavaFX application: builds the window from the parts below it and remembers its place. */
public final class SkillGapApp extends Application {

    private static final Logger LOG = AppLog.logger(SkillGapApp.class);
    private static SkillGapCommand options;

    /** Called by the command line when no subcommand is given; returns when the window closes. */
    static void launchWindow(SkillGapCommand commandLineOptions) {
        options = commandLineOptions;
        Application.launch(SkillGapApp.class);
    }

    @Override
    public void start(Stage stage) {
        DataFolder folder = options.dataFolder();
        Dialogs dialogs = new FxDialogs(stage);
        installErrorHandler(dialogs);
        Theme.applyLight();

        MainWindowViewModel shell = new MainWindowViewModel();
        MenuActions actions = new MenuActions(Optional.empty(), Optional.empty(), Optional.empty(),
                () -> showAbout(dialogs, folder), stage::close);
        MainWindow window = new MainWindow(shell, screens(), actions);

        Scene scene = new Scene(window.root());
        Theme.addAppStylesheet(scene);
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        icon().ifPresent(stage.getIcons()::add);
        placeWindow(stage, WindowState.load(folder.windowStateFile()));
        stage.setOnHidden(e -> rememberWindow(stage, folder));
        stage.show();
        StartupHooks.windowShown(stage);
    }

    private static Map<Screen, Supplier<Node>> screens() {
        Map<Screen, Supplier<Node>> screens = new EnumMap<>(Screen.class);
        screens.put(Screen.ASSESS, () -> new EmptyScreen(Messages.get("empty.assess.title"), Messages.get("empty.assess.text")));
        screens.put(Screen.PLAN, () -> new EmptyScreen(Messages.get("empty.plan.title"), Messages.get("empty.plan.text")));
        screens.put(Screen.PROGRESS, () -> new EmptyScreen(Messages.get("empty.progress.title"), Messages.get("empty.progress.text")));
        return screens;
    }

    private static void showAbout(Dialogs dialogs, DataFolder folder) {
        dialogs.showInformation(Messages.get("about.title"), Messages.get("about.header", AppVersion.get()),
                Messages.get("about.body", folder.root(), folder.logFile()));
    }

    /** An error nobody caught is logged and explained; the app keeps running. */
    private static void installErrorHandler(Dialogs dialogs) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> {
            LOG.log(Level.SEVERE, "Uncaught error in the window", error);
            dialogs.showError(Messages.get("error.unexpected.title"), Messages.get("error.unexpected.header"),
                    Messages.get("error.unexpected.body", String.valueOf(error.getMessage()), AppLog.file()));
        });
    }

    private static void placeWindow(Stage stage, WindowState state) {
        stage.setWidth(state.width());
        stage.setHeight(state.height());
        state.position().ifPresent(xy -> {
            stage.setX(xy[0]);
            stage.setY(xy[1]);
        });
        stage.setMaximized(state.maximized());
        stage.setMinWidth(800);
        stage.setMinHeight(560);
    }

    private static void rememberWindow(Stage stage, DataFolder folder) {
        try {
            new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized())
                    .save(folder.windowStateFile());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remember the window position", e);
        }
    }

    private static Optional<Image> icon() {
        try (InputStream in = SkillGapApp.class.getResourceAsStream("/icons/skillgap-256.png")) {
            return in == null ? Optional.empty() : Optional.of(new Image(in));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void stop() {
        Platform.exit();
    }
}
