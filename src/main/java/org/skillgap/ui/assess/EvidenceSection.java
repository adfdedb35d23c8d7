package org.skillgap.ui.assess;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.skillgap.model.Dates;
import org.skillgap.model.Evidence;
import org.skillgap.model.Messages;

/**
 * In the chosen skill's details: the evidence that backs its rating, each with Edit and Remove, a
 * button to add more, and what the latest reviewer said of it, with the way to adopt their level.
 * Tab and Shift+Tab walk its buttons, then on to the gap panel or back to the note.
 */
final class EvidenceSection {

    private final AssessViewModel viewModel;
    private final Runnable back;
    private final Runnable onward;
    private final VBox items = new VBox(4);
    private final Button add = new Button(Messages.get("evidence.add"));
    private final Button adopt = new Button();
    private final VBox node;

    /**
     * @param back   where Shift+Tab on the first button goes (the note)
     * @param onward where Tab on the last button goes (the gap panel)
     */
    EvidenceSection(AssessViewModel viewModel, Runnable back, Runnable onward) {
        this.viewModel = viewModel;
        this.back = back;
        this.onward = onward;
        Label heading = new Label(Messages.get("evidence.heading"));
        heading.getStyleClass().add("details-subtitle");
        Label backing = new Label();
        backing.getStyleClass().add("muted");
        add.setId("add-evidence");
        add.setOnAction(e -> EvidenceDialog.show(add.getScene().getWindow(), viewModel, null));
        Label review = new Label();
        review.setId("review-summary");
        review.setWrapText(true);
        review.textProperty().bind(viewModel.reviewSummaryProperty());
        review.managedProperty().bind(review.textProperty().isNotEmpty());
        review.visibleProperty().bind(review.managedProperty());
        adopt.setId("adopt-review");
        adopt.setOnAction(e -> viewModel.adoptReview());
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        HBox top = new HBox(10, heading, backing);
        node = new VBox(6, top, items, add, review, adopt, problem);
        node.getStyleClass().add("evidence-section");
        viewModel.selectedEvidence().addListener((ListChangeListener<Evidence>) c -> showItems());
        // Adopting changes the own level, and a new review the reviewer's: either may end the offer.
        ChangeListener<Number> levels = (obs, old, level) -> showAdopt();
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (old != null) {
                old.levelProperty().removeListener(levels);
                old.reviewerLevelProperty().removeListener(levels);
            }
            if (row != null) {
                row.levelProperty().addListener(levels);
                row.reviewerLevelProperty().addListener(levels);
            }
            backing.textProperty().unbind();
            if (row != null) {
                backing.textProperty().bind(row.backingTextProperty());
            }
            showAdopt();
        });
        viewModel.reviewSummaryProperty().addListener((obs, old, text) -> showAdopt());
        node.addEventFilter(KeyEvent.KEY_PRESSED, this::tab);
        // The details scroll: a button reached with Tab is scrolled into view.
        node.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, focused) -> {
                    if (focused instanceof Button b && buttons().contains(b)) {
                        scrollIntoView(b);
                    }
                });
            }
        });
        showItems();
        showAdopt();
    }

    Node node() {
        return node;
    }

    /** Puts the keyboard on the section's first button. */
    void focusFirst() {
        buttons().get(0).requestFocus();
    }

    private void showItems() {
        items.getChildren().clear();
        for (Evidence evidence : viewModel.selectedEvidence()) {
            StringBuilder text = new StringBuilder(Dates.format(evidence.date())).append("  \u00b7  ").append(evidence.title());
            if (!evidence.outcome().isEmpty()) {
                text.append(" \u2014 ").append(evidence.outcome());
            }
            Label label = new Label(text.toString());
            label.setWrapText(true);
            label.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(label, Priority.ALWAYS);
            String where = evidence.link().isEmpty() ? evidence.file() : evidence.link();
            Label place = new Label(where);
            place.getStyleClass().add("muted");
            place.setManaged(!where.isEmpty());
            place.setVisible(!where.isEmpty());
            Button edit = new Button(Messages.get("evidence.edit"));
            edit.setAccessibleText(Messages.get("evidence.edit.accessible", evidence.title()));
            edit.setOnAction(e -> EvidenceDialog.show(edit.getScene().getWindow(), viewModel, evidence));
            Button remove = new Button(Messages.get("evidence.remove"));
            remove.setAccessibleText(Messages.get("evidence.remove.accessible", evidence.title()));
            remove.setOnAction(e -> {
                viewModel.removeEvidence(evidence);
                add.requestFocus();
            });
            edit.setMinWidth(Region.USE_PREF_SIZE);
            remove.setMinWidth(Region.USE_PREF_SIZE);
            HBox line = new HBox(8, new VBox(2, label, place), edit, remove);
            HBox.setHgrow(line.getChildren().get(0), Priority.ALWAYS);
            line.getStyleClass().add("evidence-item");
            items.getChildren().add(line);
        }
    }

    private void showAdopt() {
        SkillRow row = viewModel.selectedProperty().get();
        boolean can = viewModel.canAdopt();
        adopt.setVisible(can);
        adopt.setManaged(can);
        if (can) {
            adopt.setText(Messages.get("review.adopt", row.reviewerLevelProperty().get()));
            adopt.setAccessibleText(Messages.get("review.adopt.accessible", row.reviewerLevelProperty().get(),
                    row.skill().name()));
        }
    }

    private static void scrollIntoView(Node target) {
        for (Node n = target.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
                Bounds content = scroll.getContent().getLayoutBounds();
                Bounds shown = scroll.getViewportBounds();
                Bounds at = scroll.getContent().sceneToLocal(target.localToScene(target.getLayoutBounds()));
                double room = content.getHeight() - shown.getHeight();
                if (room > 0) {
                    double top = -scroll.getContent().getBoundsInParent().getMinY();
                    if (at.getMaxY() > top + shown.getHeight()) {
                        scroll.setVvalue(Math.min(1, (at.getMaxY() - shown.getHeight()) / room));
                    } else if (at.getMinY() < top) {
                        scroll.setVvalue(Math.max(0, at.getMinY() / room));
                    }
                }
                return;
            }
        }
    }

    private List<Button> buttons() {
        List<Button> all = new ArrayList<>();
        for (Node line : items.getChildren()) {
            ((HBox) line).getChildren().stream().filter(n -> n instanceof Button).map(n -> (Button) n).forEach(all::add);
        }
        all.add(add);
        if (adopt.isVisible()) {
            all.add(adopt);
        }
        return all;
    }

    private void tab(KeyEvent e) {
        if (e.getCode() != KeyCode.TAB || e.isControlDown()) {
            return;
        }
        List<Button> all = buttons();
        Node focused = node.getScene() == null ? null : node.getScene().getFocusOwner();
        if (e.isShiftDown() && focused == all.get(0)) {
            back.run();
            e.consume();
        } else if (!e.isShiftDown() && focused == all.get(all.size() - 1)) {
            onward.run();
            e.consume();
        }
    }
}
