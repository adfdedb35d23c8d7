package org.skillgap.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.skillgap.model.Messages;

/** The real dialogs, owned by the main window so they open over it. */
public final class FxDialogs implements Dialogs {

    private final Window owner;
    /** The folder of the last file chosen: the next chooser opens there, as desktop apps do. */
    private Path lastFolder = Path.of(System.getProperty("user.home"));

    public FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String header, String body) {
        alert(Alert.AlertType.ERROR, title, header, body).showAndWait();
    }

    @Override
    public void showInformation(String title, String header, String body) {
        alert(Alert.AlertType.INFORMATION, title, header, body).showAndWait();
    }

    @Override
    public boolean confirm(String title, String header, String body) {
        return alert(Alert.AlertType.CONFIRMATION, title, header, body).showAndWait()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }

    @Override
    public boolean confirm(String title, String header, String body, String yesText, String noText) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, header, body);
        ButtonType yes = new ButtonType(yesText, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(noText, ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public int choose(String title, String header, String body, List<String> choices) {
        Alert alert = alert(Alert.AlertType.WARNING, title, header, body);
        // The last choice is the way out (quit, cancel), so Escape and the close box pick it.
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            buttons.add(new ButtonType(choices.get(i), i == choices.size() - 1
                    ? ButtonBar.ButtonData.CANCEL_CLOSE
                    : ButtonBar.ButtonData.OTHER));
        }
        alert.getButtonTypes().setAll(buttons);
        return alert.showAndWait().map(buttons::indexOf).orElse(-1);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String extensionDescription,
                                           String extension) {
        FileChooser chooser = chooser(title, extensionDescription, extension);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        Path path = remembered(file.toPath());
        // GTK's save dialog does not add the extension when a person types a bare name.
        if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            path = path.resolveSibling(path.getFileName() + "." + extension);
        }
        return Optional.of(path);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String extensionDescription, String extension) {
        File file = chooser(title, extensionDescription, extension).showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath).map(this::remembered);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String extensionDescription, String extension,
                                           Path startFolder) {
        FileChooser chooser = chooser(title, extensionDescription, extension);
        if (Files.isDirectory(startFolder)) {
            chooser.setInitialDirectory(startFolder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    private static boolean hasScene(Window window) {
        return window != null && window.getScene() != null;
    }

    private Path remembered(Path chosen) {
        if (chosen.getParent() != null) {
            lastFolder = chosen.getParent();
        }
        return chosen;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String extensionDescription, List<String> extensions) {
        FileChooser chooser = chooser(title, extensionDescription, extensions.get(0));
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(extensionDescription,
                extensions.stream().map(e -> "*." + e).toList()));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath).map(this::remembered);
    }

    private FileChooser chooser(String title, String extensionDescription, String extension) {
        FileChooser chooser = new FileChooser();
        // Not the folder the program was started from, which a person never chose.
        if (Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extensionDescription, "*." + extension));
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String title, String header, String body) {
        Alert alert = new Alert(type);
        if (hasScene(owner)) {
            alert.initOwner(owner);
        } else {
            // At start-up the window has no scene yet, and a dialog owned by it cannot be shown
            // (HeavyweightDialog reads the owner's stylesheets). Such a dialog stands alone, in
            // the middle of the screen; the theme still applies, as it is the user agent's.
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        // A wrapping label, so long paths and messages are readable rather than cut off.
        Label content = new Label(body);
        content.setWrapText(true);
        content.setMaxWidth(520);
        alert.getDialogPane().setContent(content);
        // JavaFX names its own OK and Cancel in the machine's language, not the one SkillGap speaks.
        alert.getButtonTypes().replaceAll(b -> b == ButtonType.OK ? new ButtonType(Messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE)
                : b == ButtonType.CANCEL ? new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE) : b);
        return alert;
    }
}
