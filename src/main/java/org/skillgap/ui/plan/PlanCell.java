package org.skillgap.ui.plan;

import java.time.format.DateTimeParseException;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.skillgap.model.ItemStatus;
import org.skillgap.model.ItemType;
import org.skillgap.model.Messages;
import org.skillgap.ui.ShownAs;
import org.skillgap.ui.WrappingCells;

/**
 * Draws a group heading, or a plan item with its check box, type badge, why, effort and dates.
 * Nothing is cut off without a way to read it: every line that may be shortened has a tooltip
 * with the whole step, and an opened row (Enter or a double-click) shows it all, wrapped.
 */
final class PlanCell extends ListCell<PlanEntry> {

    private final PlanViewModel viewModel;
    private final CheckBox done = new CheckBox();
    private final Label badge = new Label();
    private final Label title = new Label();
    private final Label why = new Label();
    private final Label details = new Label();
    private final Label full = new Label();
    private final Label dates = new Label();
    private final ChoiceBox<ItemStatus> status = new ChoiceBox<>();
    private final Tooltip badgeTip = tip();
    private final Tooltip titleTip = tip();
    private final Tooltip whyTip = tip();
    private final Tooltip detailsTip = tip();
    private final Hyperlink hold = new Hyperlink(Messages.get("plan.hold"));
    private final Hyperlink release = new Hyperlink(Messages.get("plan.hold.release"));
    private final DatePicker earned = new DatePicker();
    private final Label holdProblem = new Label();
    private final HBox holdEditor;
    private final HBox itemLayout;
    private final Label heading = new Label();
    private PlanRow shown;
    private boolean updating;

    PlanCell(PlanViewModel viewModel) {
        this.viewModel = viewModel;
        badge.getStyleClass().add("type-badge");
        // A badge is one or two words: it keeps its width rather than shrink to "…".
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.setTooltip(badgeTip);
        title.getStyleClass().add("item-title");
        title.setTooltip(titleTip);
        why.getStyleClass().add("item-why");
        why.setWrapText(true);
        why.setTooltip(whyTip);
        details.getStyleClass().add("item-details");
        details.setTooltip(detailsTip);
        full.getStyleClass().add("item-full");
        full.setWrapText(true);
        full.managedProperty().bind(full.visibleProperty());
        dates.getStyleClass().add("item-dates");
        dates.setMinWidth(Region.USE_PREF_SIZE);
        heading.getStyleClass().add("category-heading");

        status.getItems().setAll(ItemStatus.values());
        status.getStyleClass().add("item-status");
        status.setConverter(ShownAs.names(ItemStatus::displayName, ""));
        status.setTooltip(new Tooltip(Messages.get("plan.status.tooltip")));
        status.valueProperty().addListener((obs, old, value) -> {
            if (!updating && shown != null && value != null) {
                viewModel.setStatus(shown.id(), value);
            }
        });
        done.getStyleClass().add("item-done");
        done.setOnAction(e -> {
            if (shown != null) {
                viewModel.setStatus(shown.id(), done.isSelected() ? ItemStatus.DONE : ItemStatus.TODO);
            }
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (shown != null && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && !inside(e.getTarget(), done) && !inside(e.getTarget(), status)) {
                viewModel.toggleExpanded(shown.id());
            }
        });

        hold.getStyleClass().add("hold-certification");
        hold.setTooltip(new Tooltip(Messages.get("plan.hold.tooltip")));
        hold.setOnAction(e -> {
            if (shown != null) {
                viewModel.startHolding(shown.id());
            }
        });
        release.getStyleClass().add("release-certification");
        release.setOnAction(e -> {
            if (shown != null) {
                viewModel.releaseCertification(shown.id());
            }
        });
        earned.getStyleClass().add("held-earned");
        earned.setPrefWidth(150);
        earned.valueProperty().bindBidirectional(viewModel.earnedProperty());
        Label earnedLabel = new Label(Messages.get("plan.hold.earned"));
        earnedLabel.setLabelFor(earned);
        Button save = new Button(Messages.get("plan.hold.save"));
        save.getStyleClass().add("held-save");
        save.setDefaultButton(false);
        save.setOnAction(e -> {
            commitTypedDate();
            viewModel.confirmHolding();
        });
        // Enter in the date saves it, as in any form. A filter, because the date picker's own Enter
        // handling consumes the key before the text field's action would see it.
        earned.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                commitTypedDate();
                viewModel.confirmHolding();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                viewModel.cancelHolding();
            }
        });
        Button cancel = new Button(Messages.get("plan.hold.cancel"));
        cancel.getStyleClass().add("held-cancel");
        cancel.setOnAction(e -> viewModel.cancelHolding());
        holdProblem.getStyleClass().addAll("held-problem", "problem");
        holdProblem.setWrapText(true);
        holdProblem.textProperty().bind(viewModel.holdProblemProperty());
        // One message for the one row whose date is being entered.
        holdProblem.textProperty().addListener((obs, old, text) -> showHoldProblem());
        holdProblem.managedProperty().bind(holdProblem.visibleProperty());
        holdEditor = new HBox(6, earnedLabel, earned, save, cancel);
        holdEditor.setAlignment(Pos.CENTER_LEFT);
        for (Node n : new Node[] {hold, release, holdEditor}) {
            n.managedProperty().bind(n.visibleProperty());
        }

        HBox titleLine = new HBox(8, badge, title);
        titleLine.setAlignment(Pos.CENTER_LEFT);
        VBox text = new VBox(3, titleLine, why, details, full, hold, release, holdEditor, holdProblem);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        VBox right = new VBox(6, status, dates);
        right.setAlignment(Pos.TOP_RIGHT);
        right.setMinWidth(Region.USE_PREF_SIZE);
        itemLayout = new HBox(12, done, text, right);
        itemLayout.setAlignment(Pos.TOP_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);
    }

    /** A date typed but not yet taken by the picker (no Enter, no focus change) counts when saving. */
    private void commitTypedDate() {
        String typed = earned.getEditor().getText();
        if (typed == null || typed.isBlank()) {
            earned.setValue(null);
            return;
        }
        try {
            earned.setValue(earned.getConverter().fromString(typed.strip()));
        } catch (DateTimeParseException e) {
            earned.setValue(null);
        }
    }

    private static Tooltip tip() {
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        tip.setShowDuration(Duration.seconds(30));
        return tip;
    }

    private static boolean inside(Object target, Node control) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n == control) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cell's height for the list's width: the labeled skin asks its graphic for a height
     * without a width, so wrapped lines (an opened row, a long "Raises" line) were cut to one.
     */
    @Override
    protected double computePrefHeight(double width) {
        double wrapped = WrappingCells.prefHeight(this, itemLayout, width);
        return Double.isNaN(wrapped) ? super.computePrefHeight(width) : wrapped;
    }

    @Override
    protected void updateItem(PlanEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        shown = null;
        holdProblem.setVisible(false);
        getStyleClass().removeAll("heading-cell", "plan-cell", "closed", "expanded");
        if (empty || entry == null) {
            setGraphic(null);
            return;
        }
        if (entry instanceof PlanEntry.Heading h) {
            heading.setText(h.title() + "  \u00b7  " + h.count());
            getStyleClass().add("heading-cell");
            setGraphic(heading);
            return;
        }
        PlanRow row = (PlanRow) entry;
        getStyleClass().add("plan-cell");
        if (row.status().isClosed()) {
            getStyleClass().add("closed");
        }
        if (row.expanded()) {
            getStyleClass().add("expanded");
        }
        ItemType type = row.planItem().item().type();
        badge.setText(type.displayName());
        badge.getStyleClass().setAll("type-badge", "type-" + type.id());
        badgeTip.setText(type.displayName());
        title.setText(row.title());
        // The tick and the status say whose they are, as the row's layout does for the eye.
        done.setAccessibleText(Messages.get("plan.done.accessible", row.title()));
        status.setAccessibleText(Messages.get("plan.status.accessible", row.title()));
        setAccessibleText(row.title() + ", " + row.status().displayName() + ", " + row.dates());
        title.setWrapText(row.expanded());
        String everything = row.fullText() + "\n\n" + Messages.get("plan.row.expandHint");
        titleTip.setText(row.title() + "\n" + everything);
        why.setText(row.why());
        whyTip.setText(everything);
        details.setText(row.details());
        detailsTip.setText(everything);
        // Opened, the row shows every fact wrapped, in place of the one-line summary.
        for (Label line : new Label[] {why, details}) {
            line.setVisible(!row.expanded());
            line.setManaged(!row.expanded());
        }
        full.setText(row.fullText());
        full.setVisible(row.expanded());
        dates.setText(row.dates());
        hold.setVisible(row.hold() == PlanRow.Hold.CAN_HOLD);
        release.setVisible(row.hold() == PlanRow.Hold.HELD);
        holdEditor.setVisible(row.hold() == PlanRow.Hold.ENTERING);
        // Held, the certification is done for as long as it is held: "I don't hold this" undoes it.
        done.setDisable(row.hold() == PlanRow.Hold.HELD);
        status.setDisable(row.hold() == PlanRow.Hold.HELD);
        updating = true;
        status.setValue(row.status());
        done.setSelected(row.status() == ItemStatus.DONE);
        // A half-filled box for work under way, as in the PDF.
        done.setIndeterminate(row.status() == ItemStatus.IN_PROGRESS);
        updating = false;
        shown = row;
        showHoldProblem();
        setGraphic(itemLayout);
    }

    private void showHoldProblem() {
        holdProblem.setVisible(shown != null && shown.hold() == PlanRow.Hold.ENTERING
                && !holdProblem.getText().isEmpty());
    }
}
