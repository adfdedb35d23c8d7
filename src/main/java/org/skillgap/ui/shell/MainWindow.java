package org.skillgap.ui.shell;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.skillgap.model.Messages;
import org.skillgap.ui.HoverTips;
import org.skillgap.ui.TextSizeKeys;
import org.skillgap.report.PageSize;
import org.skillgap.ui.ReminderLabel;
import org.skillgap.ui.ScreenFocus;

/**
 * The window frame: menu bar, navigation on the left, the selected screen in the middle.
 * Screens are built the first time they are shown, so start-up pays only for the first one.
 */
public final class MainWindow {

    private final MainWindowViewModel viewModel;
    private final Map<Screen, Supplier<Node>> screenFactories;
    private final Map<Screen, Node> builtScreens = new EnumMap<>(Screen.class);
    private final StackPane content = new StackPane();
    private final BorderPane root = new BorderPane();

    public MainWindow(MainWindowViewModel viewModel, Map<Screen, Supplier<Node>> screenFactories, MenuActions actions) {
        this.viewModel = viewModel;
        this.screenFactories = screenFactories;
        root.setTop(menuBar(actions));
        VBox nav = navigation();
        nav.getChildren().addAll(spacer(), profileFooter(actions));
        root.setLeft(nav);
        content.getStyleClass().add("screen-content");
        root.setCenter(content);
        root.setBottom(new VBox(reminderBar(), statusBar()));
        root.getStyleClass().add("main-window");
        TextSizeKeys.follow(root, viewModel.preferences().textSize());
        viewModel.selectedScreenProperty().addListener((obs, old, screen) -> showScreen(screen));
        showScreen(viewModel.selectedScreen());
    }

    public Parent root() {
        return root;
    }

    /** Forgets built screens, so the next time they are shown they read fresh data (after an import). */
    public void rebuildScreens() {
        builtScreens.clear();
        showScreen(viewModel.selectedScreen());
    }

    private void showScreen(Screen screen) {
        Node node = builtScreens.computeIfAbsent(screen, s -> screenFactories.get(s).get());
        content.getChildren().setAll(node);
        // Once the screen is in the scene, the keyboard goes with it.
        Platform.runLater(() -> ScreenFocus.give(node));
    }

    private VBox navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox();
        nav.getStyleClass().add("navigation");
        int index = 1;
        for (Screen screen : Screen.values()) {
            ToggleButton button = new ToggleButton(screen.title());
            button.setId("nav-" + screen.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            button.setSelected(screen == viewModel.selectedScreen());
            button.setOnAction(e -> {
                // A toggle group lets a person unselect the current button; keep one always selected.
                button.setSelected(true);
                viewModel.show(screen);
            });
            viewModel.selectedScreenProperty().addListener((obs, old, now) -> button.setSelected(now == screen));
            String shortcut = "Shortcut+" + index++;
            String tip = screen.title() + " (" + KeyCombination.keyCombination(shortcut).getDisplayText() + ")";
            HoverTips.install(button, () -> tip);
            nav.getChildren().add(button);
        }
        return nav;
    }

    /** Says it is time to re-assess, with a link to Assess; takes no room when it is not. */
    private HBox reminderBar() {
        Label message = ReminderLabel.of("reassess-reminder", viewModel.reminderProperty());
        Hyperlink assess = new Hyperlink(Messages.get("reassess.goToAssess"));
        assess.setId("reassess-go");
        assess.setOnAction(e -> viewModel.show(Screen.ASSESS));
        HBox bar = new HBox(8, message, assess);
        bar.getStyleClass().addAll("status-bar", "reminder-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(viewModel.reminderProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private HBox statusBar() {
        Label message = new Label();
        message.setId("busy-message");
        message.textProperty().bind(viewModel.busyMessageProperty());
        HBox bar = new HBox(8, message);
        // The spinner is made for the first slow task: hidden, it still cost the start its styling.
        viewModel.busyMessageProperty().addListener((obs, old, busy) -> {
            if (!busy.isEmpty() && bar.getChildren().size() == 1) {
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.setPrefSize(16, 16);
                bar.getChildren().add(0, spinner);
            }
        });
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(viewModel.busyMessageProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private static Region spacer() {
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    private VBox profileFooter(MenuActions actions) {
        Label summary = new Label();
        summary.setId("profile-summary");
        // One line per part, cut with "..." (a 200-character name wrapped down the whole sidebar); the tooltip has it all.
        summary.setWrapText(false);
        summary.setMinWidth(0);
        summary.setPrefWidth(0);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.getStyleClass().add("profile-summary");
        summary.textProperty().bind(viewModel.profileSummaryProperty());
        HoverTips.install(summary, viewModel.profileSummaryProperty()::get, 420);
        Hyperlink edit = new Hyperlink(Messages.get("profile.edit"));
        edit.setId("edit-profile");
        edit.setOnAction(e -> actions.editProfile().run());
        VBox footer = new VBox(2, summary, edit);
        footer.getStyleClass().add("nav-footer");
        return footer;
    }

    private MenuBar menuBar(MenuActions actions) {
        Menu file = new Menu(Messages.get("menu.file"));
        file.getItems().addAll(
                item("menu-profile", Messages.get("profile.edit"), Optional.of(actions.editProfile()), null),
                new SeparatorMenuItem(),
                item("menu-export-pdf", Messages.get("menu.file.exportPdf"), actions.exportPdf(),
                        new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN)),
                item("menu-export-calendar", Messages.get("menu.file.exportCalendar"), actions.exportCalendar(), null),
                item("menu-export-data", Messages.get("menu.file.exportData"), actions.exportData(),
                        new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN)),
                item("menu-import-data", Messages.get("menu.file.importData"), actions.importData(),
                        new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN)),
                new SeparatorMenuItem(),
                item("menu-request-review", Messages.get("review.menu.request"), actions.requestReview(), null),
                item("menu-import-review", Messages.get("review.menu.import"), actions.importReview(), null),
                new SeparatorMenuItem(),
                item("menu-backup", Messages.get("menu.file.backup"), actions.backupNow(), null),
                item("menu-restore", Messages.get("menu.file.restore"), actions.restoreBackup(), null),
                new SeparatorMenuItem(),
                pageSizeMenu(),
                new SeparatorMenuItem(),
                item("menu-quit", Messages.get("menu.file.quit"), Optional.of(actions.quit()),
                        new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN)));
        Menu view = new Menu(Messages.get("menu.view"));
        int index = 1;
        for (Screen screen : Screen.values()) {
            MenuItem go = new MenuItem(screen.title());
            go.setAccelerator(KeyCombination.keyCombination("Shortcut+" + index++));
            go.setOnAction(e -> viewModel.show(screen));
            view.getItems().add(go);
        }
        CheckMenuItem dark = new CheckMenuItem(Messages.get("menu.view.dark"));
        dark.setId("menu-dark-theme");
        dark.selectedProperty().bindBidirectional(viewModel.preferences().darkTheme());
        view.getItems().addAll(new SeparatorMenuItem(), dark, new SeparatorMenuItem(),
                item("menu-text-larger", Messages.get("menu.view.textLarger"), Optional.of(viewModel.preferences().textSize()::larger),
                        new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN)),
                item("menu-text-smaller", Messages.get("menu.view.textSmaller"), Optional.of(viewModel.preferences().textSize()::smaller),
                        new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN)),
                item("menu-text-normal", Messages.get("menu.view.textNormal"), Optional.of(viewModel.preferences().textSize()::normal),
                        new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN)),
                new SeparatorMenuItem(), languageMenu());
        Menu help = new Menu(Messages.get("menu.help"));
        help.getItems().addAll(
                item("menu-shortcuts", Messages.get("menu.help.shortcuts"), Optional.of(actions.shortcuts()),
                        new KeyCodeCombination(KeyCode.F1)),
                item("menu-about", Messages.get("menu.help.about"), Optional.of(actions.about()), null));
        MenuBar bar = new MenuBar(file, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** Each language under its own name ("Deutsch"), so a person finds theirs whatever the window speaks. */
    private Menu languageMenu() {
        Menu menu = new Menu(Messages.get("menu.view.language"));
        menu.setId("menu-language");
        ToggleGroup group = new ToggleGroup();
        for (Locale language : Messages.LANGUAGES) {
            RadioMenuItem choice = new RadioMenuItem(language.getDisplayLanguage(language));
            choice.setId("menu-language-" + language.getLanguage());
            choice.setToggleGroup(group);
            choice.setSelected(language.equals(viewModel.preferences().language().get()));
            choice.setOnAction(e -> viewModel.preferences().language().set(language));
            viewModel.preferences().language().addListener((obs, old, now) -> choice.setSelected(language.equals(now)));
            menu.getItems().add(choice);
        }
        return menu;
    }

    private Menu pageSizeMenu() {
        Menu menu = new Menu(Messages.get("pdf.pageSize"));
        ToggleGroup group = new ToggleGroup();
        for (PageSize size : PageSize.values()) {
            RadioMenuItem choice = new RadioMenuItem(
                    Messages.get(size == PageSize.A4 ? "pdf.pageSize.a4" : "pdf.pageSize.letter"));
            choice.setToggleGroup(group);
            choice.setSelected(viewModel.preferences().pdfPageSize().get() == size);
            choice.setOnAction(e -> viewModel.preferences().pdfPageSize().set(size));
            viewModel.preferences().pdfPageSize().addListener((obs, old, now) -> choice.setSelected(now == size));
            menu.getItems().add(choice);
        }
        return menu;
    }

    private static MenuItem item(String id, String text, Optional<Runnable> action, KeyCombination accelerator) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(accelerator);
        action.ifPresentOrElse(a -> item.setOnAction(e -> a.run()), () -> item.setDisable(true));
        return item;
    }
}
