package org.skillgap.ui.profile;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;

import org.skillgap.model.Messages;

/** The profile editor in a dialog, reachable at any time from the menu and the navigation. */
public final class ProfileDialog {

    private ProfileDialog() {
    }

    /** Shows the editor; saves when the person presses OK with every choice made. */
    public static void show(Window owner, ProfileViewModel viewModel) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("profile.edit.title"));
        dialog.setHeaderText(Messages.get("profile.edit.header"));
        ProfileForm form = new ProfileForm(viewModel);
        form.setPadding(new Insets(12, 20, 4, 20));
        // A greyed-out OK says why, under the form.
        Label why = new Label();
        why.setId("profile-ok-why");
        why.setWrapText(true);
        why.getStyleClass().add("form-reason");
        why.textProperty().bind(viewModel.whyIncomplete());
        VBox content = new VBox(8, form, why);
        // The form scrolls inside the dialog, so OK and Cancel stay on the screen whatever its size.
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        double screenHeight = Screen.getPrimary().getVisualBounds().getHeight();
        scroll.setPrefViewportHeight(Math.max(240, Math.min(640, screenHeight - 260)));
        scroll.getStyleClass().add("edge-to-edge");
        dialog.getDialogPane().setContent(scroll);
        ButtonType ok = new ButtonType(Messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(viewModel.complete().not());
        dialog.getDialogPane().setPrefWidth(760);
        dialog.setResizable(true);
        dialog.showAndWait().filter(b -> b == ok).ifPresent(b -> viewModel.save());
    }
}
