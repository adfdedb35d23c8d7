package org.skillgap.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** State of the window frame: which screen is shown. */
public final class MainWindowViewModel {

    private final ObjectProperty<Screen> selectedScreen = new SimpleObjectProperty<>(Screen.ASSESS);
    private final javafx.beans.property.StringProperty profileSummary = new javafx.beans.property.SimpleStringProperty("");

    private final javafx.beans.property.StringProperty busyMessage = new javafx.beans.property.SimpleStringProperty("");
    private final ObjectProperty<org.skillgap.report.PageSize> pdfPageSize =
            new SimpleObjectProperty<>(org.skillgap.report.PageSize.A4);

    private final javafx.beans.property.StringProperty reminder = new javafx.beans.property.SimpleStringProperty("");

    /** That it is time to re-assess, or empty; shown in a line along the bottom of the window, never in a dialog. */
    public javafx.beans.property.StringProperty reminderProperty() {
        return reminder;
    }

    /** What slow work is going on now (exporting, importing), or empty; shown in the status bar. */
    public javafx.beans.property.StringProperty busyMessageProperty() {
        return busyMessage;
    }

    /** The paper the PDF plan is laid out for. */
    public ObjectProperty<org.skillgap.report.PageSize> pdfPageSizeProperty() {
        return pdfPageSize;
    }

    private final javafx.beans.property.BooleanProperty darkTheme = new javafx.beans.property.SimpleBooleanProperty(false);

    /** Light or dark look (AtlantaFX Primer). */
    public javafx.beans.property.BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** Who the plan is for and what they aim at, shown under the navigation. */
    public javafx.beans.property.StringProperty profileSummaryProperty() {
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
