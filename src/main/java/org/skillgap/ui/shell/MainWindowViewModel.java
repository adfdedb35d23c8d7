package org.skillgap.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.skillgap.report.PageSize;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** State of the window frame: which screen is shown. */
public final class MainWindowViewModel {

    private final ObjectProperty<Screen> selectedScreen = new SimpleObjectProperty<>(Screen.ASSESS);
    private final StringProperty profileSummary = new SimpleStringProperty("");

    private final StringProperty busyMessage = new SimpleStringProperty("");
    private final ObjectProperty<PageSize> pdfPageSize =
            new SimpleObjectProperty<>(PageSize.A4);

    private final javafx.beans.property.StringProperty reminder = new javafx.beans.property.SimpleStringProperty("");

    /** That it is time to re-assess, or empty; shown in a line along the bottom of the window, never in a dialog. */
    public javafx.beans.property.StringProperty reminderProperty() {
        return reminder;
    }

    /** What slow work is going on now (exporting, importing), or empty; shown in the status bar. */
    public StringProperty busyMessageProperty() {
        return busyMessage;
    }

    /** The paper the PDF plan is laid out for. */
    public ObjectProperty<PageSize> pdfPageSizeProperty() {
        return pdfPageSize;
    }

    private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);

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
