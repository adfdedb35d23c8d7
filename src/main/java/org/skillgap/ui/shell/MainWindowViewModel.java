package org.skillgap.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.skillgap.ui.Preferences;

/** State of the window frame: which screen is shown, what the bars say, and the person's preferences. */
public final class MainWindowViewModel {

    private final ObjectProperty<Screen> selectedScreen = new SimpleObjectProperty<>(Screen.ASSESS);
    private final StringProperty profileSummary = new SimpleStringProperty("");
    private final StringProperty busyMessage = new SimpleStringProperty("");
    private final StringProperty reminder = new SimpleStringProperty("");
    private final Preferences preferences;

    /** A window with the app's preferences (the welcome page may have changed the text size). */
    public MainWindowViewModel(Preferences preferences) {
        this.preferences = preferences;
    }

    /** A window on its own, with the default preferences. */
    public MainWindowViewModel() {
        this(new Preferences());
    }

    /** That it is time to re-assess, or empty; shown in a line along the bottom of the window, never in a dialog. */
    public StringProperty reminderProperty() {
        return reminder;
    }

    /** View > Dark theme, Text size and Language, and the PDF's paper: kept in the settings. */
    public Preferences preferences() {
        return preferences;
    }

    /** What slow work is going on now (exporting, importing), or empty; shown in the status bar. */
    public StringProperty busyMessageProperty() {
        return busyMessage;
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
