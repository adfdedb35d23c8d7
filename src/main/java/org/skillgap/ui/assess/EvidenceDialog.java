package org.skillgap.ui.assess;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.skillgap.model.BadInputException;
import org.skillgap.model.Evidence;
import org.skillgap.model.Messages;

/**
 * Adds or edits one piece of evidence for the chosen skill: a small form whose labels name its
 * fields for a screen reader. A refused entry keeps the dialog open, saying what to fix.
 */
final class EvidenceDialog {

    private EvidenceDialog() {
    }

    /** @param existing the evidence to edit, or null to add new evidence */
    static void show(Window owner, AssessViewModel viewModel, Evidence existing) {
        SkillRow row = viewModel.selectedProperty().get();
        if (row == null) {
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get(existing == null ? "evidence.dialog.add" : "evidence.dialog.edit"));
        dialog.setHeaderText(Messages.get("evidence.dialog.header", row.skill().name()));
        TextField title = field("evidence-title", "evidence.dialog.title", existing == null ? "" : existing.title());
        TextField date = field("evidence-date", "evidence.dialog.date",
                (existing == null ? viewModel.today() : existing.date()).toString());
        TextField outcome = field("evidence-outcome", "evidence.dialog.outcome", existing == null ? "" : existing.outcome());
        TextField link = field("evidence-link", "evidence.dialog.link", existing == null ? "" : existing.link());
        TextField file = field("evidence-file", "evidence.dialog.file", existing == null ? "" : existing.file());
        title.setPromptText(Messages.get("evidence.dialog.title.prompt"));
        outcome.setPromptText(Messages.get("evidence.dialog.outcome.prompt"));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int line = 0;
        for (TextField f : new TextField[] {title, date, outcome, link, file}) {
            Label label = new Label(f.getAccessibleText());
            label.setLabelFor(f);
            label.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(line++, label, f);
            GridPane.setHgrow(f, Priority.ALWAYS);
        }
        Label hint = new Label(Messages.get("evidence.dialog.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("muted");
        Label problem = new Label();
        problem.setId("evidence-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("danger");
        VBox content = new VBox(10, grid, hint, problem);
        content.setPadding(new Insets(12, 20, 4, 20));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setPrefWidth(560);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("evidence-ok");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                viewModel.saveEvidence(existing == null ? 0 : existing.id(), title.getText(), date.getText(),
                        link.getText(), file.getText(), outcome.getText());
            } catch (BadInputException refused) {
                problem.setText(refused.getMessage());
                e.consume();
            }
        });
        dialog.setOnShown(e -> title.requestFocus());
        dialog.showAndWait();
    }

    private static TextField field(String id, String labelKey, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setAccessibleText(Messages.get(labelKey));
        field.setPrefColumnCount(30);
        return field;
    }
}
