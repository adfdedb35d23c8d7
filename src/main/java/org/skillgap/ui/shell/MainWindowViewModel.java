package org.skillgap.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** State of the window frame: which screen is shown. */
public final class MainWindowViewModel {

    private final ObjectProperty<Screen> selectedScreen = new SimpleObjectProperty<>(Screen.ASSESS);

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
