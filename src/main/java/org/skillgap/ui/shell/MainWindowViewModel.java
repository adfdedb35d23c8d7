package org.skillgap.ui.shell;

import java.util.List;
import java.util.Locale;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.skillgap.model.Messages;
import org.skillgap.report.PageSize;

/** State of the window frame: which screen is shown. */
public final class MainWindowViewModel {

    private final ObjectProperty<Screen> selectedScreen = new SimpleObjectProperty<>(Screen.ASSESS);
    private final StringProperty profileSummary = new SimpleStringProperty("");

    private final StringProperty busyMessage = new SimpleStringProperty("");
    private final ObjectProperty<PageSize> pdfPageSize =
            new SimpleObjectProperty<>(PageSize.A4);

    private final StringProperty reminder = new SimpleStringProperty("");
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);
    /** The text size in percent of the normal size: one of {@link #TEXT_SIZES}. */
    private final IntegerProperty textSize = new SimpleIntegerProperty(100);

    /** The language chosen in View > Language; the window's texts change to it on the next start. */
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(Messages.language());

    /** The steps View > Text size goes through, in percent; the layout holds at 150 % and beyond. */
    public static final List<Integer> TEXT_SIZES = List.of(90, 100, 110, 125, 150, 175, 200);

    /** That it is time to re-assess, or empty; shown in a line along the bottom of the window, never in a dialog. */
    public StringProperty reminderProperty() {
        return reminder;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public IntegerProperty textSizeProperty() {
        return textSize;
    }

    /** One step larger (Ctrl+plus), up to the largest size. */
    public void largerText() {
        int at = TEXT_SIZES.indexOf(textSize.get());
        textSize.set(TEXT_SIZES.get(Math.min(TEXT_SIZES.size() - 1, at < 0 ? 1 : at + 1)));
    }

    /** One step smaller (Ctrl+minus), down to the smallest size. */
    public void smallerText() {
        int at = TEXT_SIZES.indexOf(textSize.get());
        textSize.set(TEXT_SIZES.get(Math.max(0, at < 0 ? 1 : at - 1)));
    }

    /** Back to the normal size (Ctrl+0). */
    public void normalText() {
        textSize.set(100);
    }

    /** A saved size, or the normal one when it is not one of the steps (a hand-edited setting). */
    public void useTextSize(String saved) {
        try {
            int size = Integer.parseInt(saved.strip());
            textSize.set(TEXT_SIZES.contains(size) ? size : 100);
        } catch (NumberFormatException e) {
            textSize.set(100);
        }
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
