package org.skillgap.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every dialog a screen may show, behind one small interface, so that ViewModels can be tested
 * with a fake that records what would have been shown.
 */
public interface Dialogs {

    void showError(String title, String header, String body);

    void showInformation(String title, String header, String body);

    boolean confirm(String title, String header, String body);

    /**
     * A question whose two buttons say what they do ("Open" / "Not now") instead of OK / Cancel;
     * true when the person picks {@code yesText}.
     */
    boolean confirm(String title, String header, String body, String yesText, String noText);

    /** Asks the person to pick one of several actions; returns its index, or -1 when the dialog is closed. */
    int choose(String title, String header, String body, List<String> choices);

    /** A save dialog; empty when the person cancels. */
    Optional<Path> chooseFileToSave(String title, String suggestedName, String extensionDescription, String extension);

    /** An open dialog; empty when the person cancels. */
    Optional<Path> chooseFileToOpen(String title, String extensionDescription, String extension);

    /** An open dialog for files of any of {@code extensions} ("txt", "pdf"); empty when the person cancels. */
    default Optional<Path> chooseFileToOpen(String title, String extensionDescription, List<String> extensions) {
        return chooseFileToOpen(title, extensionDescription, extensions.get(0));
    }

    /** An open dialog that starts in the given folder (when it exists). */
    default Optional<Path> chooseFileToOpen(String title, String extensionDescription, String extension,
                                            Path startFolder) {
        return chooseFileToOpen(title, extensionDescription, extension);
    }
}
