package org.skillgap.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.skillgap.catalog.CatalogChanges;
import org.skillgap.cli.SkillGapCommand;
import org.skillgap.model.AppVersion;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Catalog;
import org.skillgap.model.Messages;
import org.skillgap.model.Profile;
import org.skillgap.model.Skill;
import org.skillgap.service.CatalogUpgrade;
import org.skillgap.service.PersonData;
import org.skillgap.service.StoreService;
import org.skillgap.store.AppLog;
import org.skillgap.store.Backups;
import org.skillgap.store.DataFolder;
import org.skillgap.store.InstanceLock;
import org.skillgap.store.SkillGapStore;
import org.skillgap.ui.BackgroundWork;
import org.skillgap.ui.Dialogs;
import org.skillgap.ui.FxBackgroundWork;
import org.skillgap.ui.FxDialogs;
import org.skillgap.ui.ScreenModel;
import org.skillgap.ui.Session;
import org.skillgap.ui.StartupProblems;
import org.skillgap.ui.Preferences;
import org.skillgap.ui.Theme;
import org.skillgap.ui.assess.AssessView;
import org.skillgap.ui.assess.AssessViewModel;
import org.skillgap.ui.plan.PlanView;
import org.skillgap.ui.plan.PlanViewModel;
import org.skillgap.ui.profile.ProfileDialog;
import org.skillgap.ui.profile.ProfileViewModel;
import org.skillgap.ui.profile.WelcomeView;
import org.skillgap.ui.postings.PostingsView;
import org.skillgap.ui.postings.PostingsViewModel;
import org.skillgap.ui.progress.ProgressView;
import org.skillgap.ui.progress.ProgressViewModel;
import org.skillgap.ui.shell.BackupActions;
import org.skillgap.ui.shell.EmptyScreen;
import org.skillgap.ui.shell.FileActions;
import org.skillgap.ui.shell.MainWindow;
import org.skillgap.ui.shell.MainWindowViewModel;
import org.skillgap.ui.shell.MenuActions;
import org.skillgap.ui.shell.Screen;

/** The JavaFX application: builds the window from the parts below it and remembers its place. */
public final class SkillGapApp extends Application {

    private static final Logger LOG = AppLog.logger(SkillGapApp.class);
    private static SkillGapCommand options;
    private static Preload preload;

    /** Slow work that is not the store's (writing a PDF), off the UI thread and one at a time. */
    private final ExecutorService backgroundThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "skillgap-background");
        t.setDaemon(true);
        return t;
    });
    private final Clock clock = Clock.systemDefaultZone();
    private BackgroundWork background;
    private StoreService store;
    private InstanceLock instanceLock;
    private FileActions fileActions;
    private Stage stage;
    private Dialogs dialogs;
    private Session session;
    private DataFolder folder;
    private MainWindowViewModel shell;
    /** One set of preferences from the welcome page on, kept in the settings. */
    private Preferences preferences;
    private AssessViewModel assessViewModel;
    /** The view models of the screens built so far: told to save pending edits and let go when replaced. */
    private final List<ScreenModel> screenModels = new ArrayList<>();
    /** How the app ends when it cannot start (a second window, a refused data file): Platform.exit. */
    private final Runnable quit;

    public SkillGapApp() {
        this(Platform::exit);
    }

    /** An app that ends its start-up another way (a test runs a second window inside its own JVM). */
    SkillGapApp(Runnable quit) {
        this.quit = quit;
    }

    /** Called by the command line when no subcommand is given; returns when the window closes. */
    static void launchWindow(SkillGapCommand commandLineOptions) {
        useOptions(commandLineOptions);
        // Disk work starts now and runs while JavaFX starts; start() picks up the results.
        preload = Preload.start(commandLineOptions);
        Application.launch(SkillGapApp.class);
    }

    /** The command-line options the next window starts with (a test starts the app without launch()). */
    static void useOptions(SkillGapCommand commandLineOptions) {
        options = commandLineOptions;
        preload = null;
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        folder = options.dataFolder();
        dialogs = new FxDialogs(stage);
        installErrorHandler(dialogs);
        // A start-up dialog is shown before the window; when the person closes it, it must not
        // count as the last window closing, or JavaFX ends the app before the window opens.
        boolean implicitExit = Platform.isImplicitExit();
        Platform.setImplicitExit(false);
        Theme.applyLight();

        Preload prepared = preload != null ? preload : Preload.now(options);
        preload = null;
        if (!lockDataFolder(prepared)) {
            quit.run();
            return;
        }
        Catalog catalog;
        try {
            catalog = prepared.catalog();
        } catch (BadInputException e) {
            dialogs.showError(Messages.get("startup.catalog.title"), Messages.get("startup.catalog.header"), e.getMessage());
            quit.run();
            return;
        }
        // A store that could not be opened is opened again here, where the person is asked what to do.
        Optional<SkillGapStore> opened = prepared.store()
                .or(() -> new StartupProblems(folder, dialogs, clock).openStore());
        if (opened.isEmpty()) {
            quit.run();
            return;
        }
        store = new StoreService(opened.get(), Platform::runLater, this::saveFailed);
        PersonData saved = prepared.saved(catalog, opened.get());
        session = new Session(saved, store, clock);
        // A daily safety copy, off the start path: the window does not wait for it. A failure is
        // logged by the store service; the person's data is not at risk from it.
        store.write(s -> {
            Backups.dailyBackup(folder, s, clock);
            return null;
        });

        MainStage.dress(stage, folder);
        // A scene of the window's size: without one, show() lays the whole screen out once at its
        // preferred size (a list taller than the window, with twice the rows it shows) and then
        // again at the window's.
        Scene scene = new Scene(new StackPane(), stage.getWidth(), stage.getHeight());
        Theme.addAppStylesheet(scene);
        stage.setScene(scene);
        stage.setTitle(Messages.get("app.title"));
        watchForChangesFromOutside(stage);

        // Kept through whichever session is current: a restore replaces it.
        preferences = Preferences.kept(session::setting, (key, value) -> session.putSetting(key, value));
        applyTheme(preferences.darkTheme().get());
        preferences.darkTheme().addListener((obs, old, dark) -> applyTheme(dark));
        preferences.language().addListener((obs, old, language) ->
                // Told in the language chosen: that is the one the person reads.
                dialogs.showInformation(Messages.in(language, "language.changed.title"),
                        Messages.in(language, "language.changed.header", language.getDisplayLanguage(language)),
                        Messages.in(language, "language.changed.body")));
        if (session.profile().isEmpty()) {
            scene.setRoot(new WelcomeView(new ProfileViewModel(session), preferences.textSize(), this::showMainWindow).root());
        } else {
            showMainWindow();
        }
        stage.show();
        offerCatalogChanges(saved);
        Platform.setImplicitExit(implicitExit);
        StartupHooks.windowShown(stage);
        MainStage.iconAfterFirstFrame(stage);
    }

    /**
     * Once per catalog version: says what a new catalog changed for the person's ratings and
     * offers to show only those skills on Assess, to rate them now.
     */
    private void offerCatalogChanges(PersonData saved) {
        Optional<CatalogChanges> changes = CatalogUpgrade.toTell(saved);
        CatalogUpgrade.seen(saved.catalog()).forEach(session::putSetting);
        if (changes.isEmpty() || shell == null) {
            return;
        }
        CatalogChanges changed = changes.get();
        Platform.runLater(() -> {
            if (dialogs.confirm(Messages.get("upgrade.title"),
                    Messages.get("upgrade.header", saved.catalog().catalogVersion(), CatalogUpgrade.summary(changed)),
                    Messages.get("upgrade.body", changed.toRate().size()),
                    Messages.get("upgrade.rateNow"), Messages.get("upgrade.later"))) {
                shell.show(Screen.ASSESS);
                assessViewModel.showOnly(changed.toRate().stream().map(Skill::id).toList());
            }
        });
    }

    /** One window per data folder; a second one says so and closes. */
    private boolean lockDataFolder(Preload prepared) {
        try {
            Optional<InstanceLock> lock = prepared.lock();
            if (lock.isEmpty()) {
                dialogs.showInformation(Messages.get("startup.alreadyOpen.title"),
                        Messages.get("startup.alreadyOpen.header"), Messages.get("startup.alreadyOpen.body", folder.root()));
                return false;
            }
            instanceLock = lock.get();
            return true;
        } catch (IOException e) {
            // Without the lock SQLite still keeps the data safe; only the second-window check is lost.
            LOG.log(Level.WARNING, "Could not lock the data folder", e);
            return true;
        }
    }

    /**
     * The command line may change the data while the window is open; when the window gets the focus
     * back, the session asks the store (off the UI thread) and reads the data again if so.
     */
    private void watchForChangesFromOutside(Stage window) {
        window.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                session.reloadIfChangedElsewhere();
            }
        });
    }

    private void showMainWindow() {
        shell = new MainWindowViewModel(preferences);
        shell.profileSummaryProperty().bind(Bindings.createStringBinding(
                () -> session.profile().map(this::profileSummary).orElse(""), session.profileProperty()));
        // Said on start, and gone as soon as a rating is changed (or the interval is made longer).
        shell.reminderProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> session.reassessment().dueText().orElse(""), session.historyProperty(), session.profileProperty()));
        background = new FxBackgroundWork(backgroundThread, shell.busyMessageProperty());
        fileActions = new FileActions(session, store, folder, dialogs, background, this::openDocument, clock,
                preferences.pdfPageSize()::get);
        BackupActions backupActions = new BackupActions(folder, dialogs, background, clock);
        MenuActions actions = new MenuActions(
                () -> ProfileDialog.show(stage, new ProfileViewModel(session)),
                Optional.of(fileActions::exportPdf), Optional.of(fileActions::exportCalendar),
                Optional.of(fileActions::exportData),
                Optional.of(fileActions::importData),
                Optional.of(() -> backupActions.backupNow(store)),
                Optional.of(() -> backupActions.restore(store, () -> {
                    disposeScreens();
                    stage.getScene().setRoot(new EmptyScreen(Messages.get("restore.busy"), ""));
                }, this::useRestoredStore, Platform::exit)),
                () -> dialogs.showInformation(Messages.get("shortcuts.title"), Messages.get("shortcuts.header"),
                        Messages.get("shortcuts.body")),
                () -> showAbout(dialogs, folder), stage::close,
                Optional.of(fileActions::requestReview), Optional.of(fileActions::importReview));
        MainWindow window = new MainWindow(shell, screens(), actions);
        stage.getScene().setRoot(window.root());
    }

    private String profileSummary(Profile profile) {
        String target = session.catalog().profile(profile.targetId()).map(p -> p.name()).orElse(profile.targetId());
        return profile.name().isBlank() ? target : profile.name() + "\n" + target;
    }

    private Map<Screen, Supplier<Node>> screens() {
        Map<Screen, Supplier<Node>> screens = new EnumMap<>(Screen.class);
        screens.put(Screen.ASSESS, () -> {
            assessViewModel = kept(new AssessViewModel(session, dialogs));
            return new AssessView(assessViewModel).root();
        });
        screens.put(Screen.PLAN, () -> new PlanView(kept(new PlanViewModel(session, this::showSkillOnAssess))).root());
        screens.put(Screen.PROGRESS, () -> new ProgressView(kept(new ProgressViewModel(session))).root());
        screens.put(Screen.POSTINGS, () -> new PostingsView(kept(new PostingsViewModel(session, dialogs, background))).root());
        return screens;
    }

    private <M extends ScreenModel> M kept(M model) {
        screenModels.add(model);
        return model;
    }

    /** Saves what is still being typed on any screen, now rather than after the pause. */
    private void flushPendingEdits() {
        for (ScreenModel model : screenModels) {
            try {
                model.flushPendingEdits();
            } catch (BadInputException refused) {
                LOG.warning("A note that cannot be saved was left unsaved: " + refused.getMessage());
            }
        }
    }

    /** The screens are about to be replaced: they save what is pending and let go of the session. */
    private void disposeScreens() {
        flushPendingEdits();
        screenModels.forEach(ScreenModel::dispose);
        screenModels.clear();
    }

    private static void applyTheme(boolean dark) {
        if (dark) {
            Theme.applyDark();
        } else {
            Theme.applyLight();
        }
    }

    /** After a restore: everything is rebuilt on the store now in place, once its data is read. */
    private void useRestoredStore(SkillGapStore restored) {
        Catalog catalog = session.catalog();
        store = new StoreService(restored, Platform::runLater, this::saveFailed);
        store.read(s -> PersonData.read(catalog, s)).whenComplete((saved, error) -> {
            session = new Session(error == null ? saved : PersonData.empty(catalog), store, clock);
            // The restored file's look, text size and paper, as a start with it would show them.
            preferences.read(session::setting);
            showMainWindow();
        });
    }

    /** From the plan: open the Assess screen at a skill to re-rate it. */
    private void showSkillOnAssess(String skillId) {
        shell.show(Screen.ASSESS);
        assessViewModel.select(skillId);
    }

    /** The one answer to a failed save: say so, and show again what the store holds. */
    private void saveFailed(Throwable error) {
        showSaveError(error);
        session.reload();
    }

    private void showSaveError(Throwable error) {
        dialogs.showError(Messages.get("error.save.title"), Messages.get("error.save.header"),
                Messages.get("error.save.body", error.getMessage(), AppLog.file()));
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

    /** Opens a file the person just exported with the program the desktop uses for it. */
    private void openDocument(Path file) {
        getHostServices().showDocument(file.toUri().toString());
    }

    /** Lets queued writes finish before the store closes: nothing typed is lost on quit. */
    @Override
    public void stop() {
        flushPendingEdits();
        backgroundThread.shutdown();
        if (store != null) {
            store.close();
        }
        if (instanceLock != null) {
            try {
                instanceLock.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "Lock already released", e);
            }
        }
    }
}
