package org.skillgap.ui.plan;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.Property;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.skillgap.model.ItemStatus;
import org.skillgap.model.ItemType;
import org.skillgap.model.Messages;
import org.skillgap.model.Skill;
import org.skillgap.ui.ShownAs;
import org.skillgap.ui.HoursEntry;
import org.skillgap.ui.HoursField;
import org.skillgap.ui.Labels;
import org.skillgap.ui.ScreenFocus;

/** The Plan screen: progress and "ready by" on top, filters, then the checklist. */
public final class PlanView {

    private final PlanViewModel viewModel;
    private final BorderPane root = new BorderPane();

    public PlanView(PlanViewModel viewModel) {
        this.viewModel = viewModel;
        root.getStyleClass().add("plan-screen");
        VBox top = new VBox(header(), toolbar(), suggestionBar());
        root.setTop(top);
        Node checklist = checklist();
        root.setCenter(checklist);
        // Ctrl+2 puts the keyboard on the steps, so ↓ and Space work at once (not on a filter).
        ScreenFocus.set(root, () -> checklist.lookup("#plan-list").requestFocus());
        followVisibility(root);
    }

    /** The screen follows the data only while it is in the window (see the view model's setShown). */
    private void followVisibility(Node node) {
        node.sceneProperty().addListener((obs, old, scene) -> viewModel.setShown(scene != null));
    }

    public Node root() {
        return root;
    }

    private Node header() {
        Label title = Labels.screenTitle("nav.plan");
        Label readyBy = Labels.following("ready-by", viewModel.headerProperty().map(PlanHeader::readyBy), "ready-by");
        // The date explained: a visible line naming the step that sets it, the two tracks in a tooltip.
        Label reason = new Label();
        reason.setId("ready-by-reason");
        reason.getStyleClass().addAll("muted", "ready-by-reason");
        reason.setWrapText(true);
        reason.textProperty().bind(viewModel.headerProperty().map(PlanHeader::readyByReason));
        reason.managedProperty().bind(reason.textProperty().isNotEmpty());
        reason.visibleProperty().bind(reason.managedProperty());
        Tooltip explained = new Tooltip();
        explained.setWrapText(true);
        explained.setMaxWidth(520);
        explained.setShowDuration(Duration.seconds(60));
        explained.textProperty().bind(viewModel.headerProperty().map(PlanHeader::readyByExplained));
        readyBy.setTooltip(explained);
        reason.setTooltip(explained);
        VBox date = new VBox(2, readyBy, reason);
        date.setMinWidth(0);
        HBox.setHgrow(date, Priority.ALWAYS);
        ProgressBar bar = new ProgressBar();
        bar.setId("plan-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(viewModel.headerProperty().map(PlanHeader::progress));
        Label progress = new Label();
        progress.setId("plan-progress-text");
        progress.getStyleClass().add("muted");
        progress.textProperty().bind(viewModel.headerProperty().map(PlanHeader::progressText));
        VBox progressBox = new VBox(4, bar, progress);
        progressBox.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(16, title, date, progressBox);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");
        return header;
    }

    /** A filter: "all" (no value) first, then each value, following the view model's choice. */
    private static <T> ComboBox<T> filter(String id, T[] values, Function<T, String> name,
                                          String allKey, Property<T> choice) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setConverter(ShownAs.names(name, Messages.get(allKey)));
        box.valueProperty().bindBidirectional(choice);
        box.setPromptText(Messages.get(allKey));
        return box;
    }

    private Node toolbar() {
        ComboBox<ItemType> type = filter("filter-type", ItemType.values(), ItemType::displayName,
                "plan.filter.allTypes", viewModel.typeFilterProperty());
        ComboBox<ItemStatus> status = filter("filter-status", ItemStatus.values(), ItemStatus::displayName,
                "plan.filter.allStatuses", viewModel.statusFilterProperty());

        ComboBox<PlanGrouping> grouping = new ComboBox<>();
        grouping.setId("grouping");
        grouping.setAccessibleText(Messages.get("plan.grouping.accessible"));
        grouping.getItems().setAll(PlanGrouping.values());
        grouping.valueProperty().bindBidirectional(viewModel.groupingProperty());

        // Digits only, range shown, a problem said in place; the plan follows only valid hours.
        HoursField hours = new HoursField("plan-hours", new HoursEntry(viewModel.hoursPerWeekProperty()));
        Label hoursLabel = new Label(Messages.get("plan.hours"));
        hoursLabel.setLabelFor(hours.field());
        hoursLabel.setMinWidth(Region.USE_PREF_SIZE);

        // Nothing here shrinks to "…": the filters wrap onto a second line when the window is narrow.
        for (Region r : new Region[] {type, status, grouping}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane filters = new FlowPane(10, 6, type, status, grouping);
        filters.setMinWidth(0);
        filters.setPrefWrapLength(300);
        HBox.setHgrow(filters, Priority.ALWAYS);
        HBox hoursBox = new HBox(10, hoursLabel, hours);
        hoursBox.setAlignment(Pos.CENTER_RIGHT);
        hoursBox.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, filters, hoursBox);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 20, 10, 20));
        return bar;
    }

    private Node suggestionBar() {
        FlowPane bar = new FlowPane(8, 4);
        bar.setId("rerate-suggestion");
        bar.getStyleClass().add("suggestion-bar");
        bar.managedProperty().bind(bar.visibleProperty());
        Runnable update = () -> viewModel.suggestionProperty().get().ifPresentOrElse(s -> {
            bar.getChildren().setAll(new Label(Messages.get("plan.suggestion", s.itemTitle())));
            for (Skill skill : s.skills()) {
                Hyperlink link = new Hyperlink(skill.name());
                link.setOnAction(e -> viewModel.reRate(skill.id()));
                bar.getChildren().add(link);
            }
            Button dismiss = new Button(Messages.get("plan.suggestion.dismiss"));
            dismiss.getStyleClass().addAll("flat", "small");
            dismiss.setOnAction(e -> viewModel.dismissSuggestion());
            bar.getChildren().add(dismiss);
            bar.setVisible(true);
        }, () -> bar.setVisible(false));
        viewModel.suggestionProperty().addListener((obs, old, v) -> update.run());
        update.run();
        VBox.setMargin(bar, new Insets(0, 20, 10, 20));
        return bar;
    }

    private Node checklist() {
        ListView<PlanEntry> list = new ListView<>(viewModel.entries());
        list.setId("plan-list");
        list.setAccessibleText(Messages.get("plan.list.accessible"));
        list.setCellFactory(l -> new PlanCell(viewModel));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> onKey(list, e));
        list.focusedProperty().addListener((obs, old, focused) -> {
            if (focused && !(list.getFocusModel().getFocusedItem() instanceof PlanRow)) {
                focusRowFrom(list, Math.max(0, list.getFocusModel().getFocusedIndex()));
            }
        });
        Label keys = new Label(Messages.get("plan.keys"));
        keys.getStyleClass().addAll("muted", "key-hint");
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        Label empty = new Label();
        empty.setWrapText(true);
        empty.textProperty().bind(viewModel.emptyTextProperty());
        list.setPlaceholder(empty);
        VBox box = new VBox(6, list, keys);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(0, 20, 16, 20));
        return box;
    }

    /**
     * Keys on the list itself (not on a row's check box or status menu, which keep their own):
     * Space ticks the focused step done or back to to do, Enter opens or closes it. The focus
     * stays at the same place in the list, so ticking one step after another walks down it.
     */
    private void onKey(ListView<PlanEntry> list, KeyEvent e) {
        if (e.getTarget() != list || !(e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER)
                || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        int index = list.getFocusModel().getFocusedIndex();
        if (index >= 0 && index < list.getItems().size() && list.getItems().get(index) instanceof PlanRow row) {
            if (e.getCode() == KeyCode.SPACE) {
                viewModel.toggleDone(row.id());
            } else {
                viewModel.toggleExpanded(row.id());
            }
            focusRowFrom(list, index);
            list.scrollTo(Math.max(0, list.getFocusModel().getFocusedIndex() - 2));
        }
        e.consume();
    }

    /** Focuses the first step at or after {@code index} (or the last step before it), skipping headings. */
    private static void focusRowFrom(ListView<PlanEntry> list, int index) {
        List<PlanEntry> items = list.getItems();
        for (int i = Math.min(index, items.size() - 1); i < items.size(); i++) {
            if (i >= 0 && items.get(i) instanceof PlanRow) {
                list.getFocusModel().focus(i);
                return;
            }
        }
        for (int i = Math.min(index, items.size() - 1); i >= 0; i--) {
            if (items.get(i) instanceof PlanRow) {
                list.getFocusModel().focus(i);
                return;
            }
        }
    }
}
