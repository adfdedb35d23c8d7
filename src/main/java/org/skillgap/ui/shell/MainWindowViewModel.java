package org.skillgap.ui.shell;

import java.util.Locale;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.skillgap.model.Messages;
import org.skillgap.report.PageSize;
import org.skillgap.ui.TextSize;

/** State of the window frame: which screen is shown. */
public final class MainWindowViewModel {

    private final ObjectProperty<Screen> selectedScreen = new SimpleObjectProperty<>(Screen.ASSESS);
    private final StringProperty profileSummary = new SimpleStringProperty("");

    private final StringProperty busyMessage = new SimpleStringProperty("");
    private final ObjectProperty<PageSize> pdfPageSize =
            new SimpleObjectProperty<>(PageSize.A4);

    private final StringProperty reminder = new SimpleStringProperty("");
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);
    private final TextSize textSize;

    /** The language chosen in View > Language; the window's texts change to it on the next start. */
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(Messages.language());

    /** A window with the text size the app was started with (the welcome page may have changed it). */
    public MainWindowViewModel(TextSize textSize) {
        this.textSize = textSize;
    }

    /** A window on its own, at the normal text size. */
    public MainWindowViewModel() {
        this(new TextSize());
    }

    /** That it is time to re-assess, or empty; shown in a line along the bottom of the window, never in a dialog. */
    public StringProperty reminderProperty() {
        return reminder;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    /** View > Text size: the one size of the app's text. */
    public TextSize textSize() {
        return textSize;
    }

    /** What slow work is going on now (exporting, importing), or empty; shown in the status bar. */
    public StringProperty busyMessageProperty() {
        return busyMessage;
    }

    /** The paper the PDF plan is laid out for. */
    public ObjectProperty<PageSize> pdfPageSizeProperty() {
        return pdfPageSize;
    }

    /** Light or dark look (AtlantaFX Primer). */
    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** Who the plan is for and what they aim at, shown under the navigation. */
    public StringProperty profileSummaryProperty() {
        return profileSummary;
    }

    public ObjectProperty<Screen> selectedScreenProperty() {
        return selectedScreen;
    }

    public Screen selectedScreen() {
        return selectedScreen.get();
    }

    public void show(Screen screen) {
        selectedScreen.set(screen);
    }
}
