package org.skillgap.ui.plan;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.skillgap.model.ItemStatus;
import org.skillgap.model.ItemType;
import org.skillgap.model.Messages;

/** Draws a group heading, or a plan item with its check box, type badge, why, effort and dates. */
final class PlanCell extends ListCell<PlanEntry> {

    private final PlanViewModel viewModel;
    private final CheckBox done = new CheckBox();
    private final Label badge = new Label();
    private final Label title = new Label();
    private final Label why = new Label();
    private final Label details = new Label();
    private final Label dates = new Label();
    private final ChoiceBox<ItemStatus> status = new ChoiceBox<>();
    private final HBox itemLayout;
    private final Label heading = new Label();
    private PlanRow shown;
    private boolean updating;

    PlanCell(PlanViewModel viewModel) {
        this.viewModel = viewModel;
        badge.getStyleClass().add("type-badge");
        title.getStyleClass().add("item-title");
        why.getStyleClass().add("item-why");
        why.setWrapText(true);
        details.getStyleClass().add("item-details");
        dates.getStyleClass().add("item-dates");
        heading.getStyleClass().add("category-heading");

        status.getItems().setAll(ItemStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(ItemStatus s) {
                return s == null ? "" : s.displayName();
            }

            @Override
            public ItemStatus fromString(String text) {
                return null;
            }
        });
        status.setTooltip(new Tooltip(Messages.get("plan.status.tooltip")));
        status.valueProperty().addListener((obs, old, value) -> {
            if (!updating && shown != null && value != null) {
                viewModel.setStatus(shown.id(), value);
            }
        });
        done.setOnAction(e -> {
            if (shown != null) {
                viewModel.setStatus(shown.id(), done.isSelected() ? ItemStatus.DONE : ItemStatus.TODO);
            }
        });

        HBox titleLine = new HBox(8, badge, title);
        titleLine.setAlignment(Pos.CENTER_LEFT);
        VBox text = new VBox(3, titleLine, why, details);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        VBox right = new VBox(6, status, dates);
        right.setAlignment(Pos.TOP_RIGHT);
        right.setMinWidth(190);
        itemLayout = new HBox(12, done, text, right);
        itemLayout.setAlignment(Pos.TOP_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(PlanEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        shown = null;
        getStyleClass().removeAll("heading-cell", "plan-cell", "closed");
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
        ItemType type = row.planItem().item().type();
        badge.setText(type.displayName());
        badge.getStyleClass().setAll("type-badge", "type-" + type.id());
        title.setText(row.title());
        why.setText(row.why());
        details.setText(row.details());
        dates.setText(row.dates());
        updating = true;
        status.setValue(row.status());
        done.setSelected(row.status() == ItemStatus.DONE);
        // A half-filled box for work under way, as in the PDF.
        done.setIndeterminate(row.status() == ItemStatus.IN_PROGRESS);
        updating = false;
        shown = row;
        setGraphic(itemLayout);
    }
}
