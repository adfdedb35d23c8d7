package org.skillgap.ui.postings;

import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.skillgap.model.Messages;
import org.skillgap.model.Skill;
import org.skillgap.posting.Emphasis;
import org.skillgap.ui.ShownAs;
import org.skillgap.ui.Labels;
import org.skillgap.ui.ScreenFocus;

/**
 * The Postings screen: on the left the kept postings with the person's fit for each, next to their
 * own target, and a place to paste or open a new one; on the right the selected posting's text
 * with the phrases that name skills marked by how the posting asks for them, and its skills,
 * which the person can correct.
 */
public final class PostingsView {

    private final PostingsViewModel viewModel;
    private final VBox root = new VBox();
    private final TableView<PostingRow> table = new TableView<>();
    private final TextFlow text = new TextFlow();
    private final ListView<SkillLine> skills = new ListView<>();
    private TextArea pasteArea;

    public PostingsView(PostingsViewModel viewModel) {
        this.viewModel = viewModel;
        root.getStyleClass().add("postings-screen");
        Label title = Labels.screenTitle("postings.nav");
        Label intro = new Label(Messages.get("postings.intro"));
        intro.getStyleClass().add("muted");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        VBox header = new VBox(2, title, intro);
        header.getStyleClass().add("screen-header");

        SplitPane split = new SplitPane(left(), right());
        split.setDividerPositions(0.45);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(header, split);

        viewModel.rowsProperty().addListener((obs, old, rows) -> showRows(rows));
        showRows(viewModel.rowsProperty().get());
        root.sceneProperty().addListener((obs, old, scene) -> viewModel.setShown(scene != null));
        ScreenFocus.set(root, () -> (table.getItems().isEmpty() ? pasteArea : table).requestFocus());
    }

    public Node root() {
        return root;
    }

    private Node left() {
        Label own = Labels.following("postings-own-target", viewModel.ownTargetProperty(), "muted");
        own.setWrapText(true);
        own.setMinHeight(Region.USE_PREF_SIZE);
        table.setId("postings-table");
        table.setAccessibleText(Messages.get("postings.table.accessible"));
        // Short, so it is read in full in the table's height; the sentence beside says what to do.
        Label empty = new Label(Messages.get("postings.table.empty"));
        empty.setWrapText(true);
        empty.setPadding(new Insets(12));
        table.setPlaceholder(empty);
        TableColumn<PostingRow, String> name = column("postings.column.title");
        name.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().followed()
                ? Messages.get("postings.row.followedTitle", c.getValue().saved().title()) : c.getValue().saved().title()));
        // Narrow enough that Fit and Blockers keep their headings at 150 % text; a long title is
        // shortened in its cell, and the cell's tooltip has it whole.
        name.setPrefWidth(160);
        name.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String title, boolean empty) {
                super.updateItem(title, empty);
                setText(empty ? null : title);
                setTooltip(empty || title == null ? null : new Tooltip(title));
            }
        });
        TableColumn<PostingRow, String> fit = column("postings.column.fit");
        fit.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().fit().readinessPercent() + " %"));
        TableColumn<PostingRow, String> blockers = column("postings.column.blockers");
        blockers.setCellValueFactory(c -> Bindings.createStringBinding(() ->
                Integer.toString(c.getValue().fit().blockers().size())));
        table.getColumns().setAll(List.of(name, fit, blockers));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(200);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.selectedIdProperty().set(Optional.of(row.id()));
            }
        });
        table.setRowFactory(t -> {
            TableRow<PostingRow> row = new TableRow<>();
            row.itemProperty().addListener((obs, old, item) -> row.setAccessibleText(item == null ? null : item.accessibleText()));
            return row;
        });

        Label addHeading = new Label(Messages.get("postings.add.heading"));
        addHeading.getStyleClass().add("card-title");
        addHeading.setWrapText(true);
        addHeading.setMinHeight(Region.USE_PREF_SIZE);
        TextField titleField = new TextField();
        titleField.setId("posting-title");
        titleField.setPromptText(Messages.get("postings.add.titlePrompt"));
        // The prompt is cut in a narrow field: the tooltip says it whole.
        titleField.setTooltip(new Tooltip(Messages.get("postings.add.titlePrompt")));
        titleField.textProperty().bindBidirectional(viewModel.titleProperty());
        pasteArea = new TextArea();
        pasteArea.setId("posting-paste");
        pasteArea.setPromptText(Messages.get("postings.add.pastePrompt"));
        pasteArea.setWrapText(true);
        pasteArea.setPrefRowCount(8);
        pasteArea.textProperty().bindBidirectional(viewModel.pastedProperty());
        VBox.setVgrow(pasteArea, Priority.ALWAYS);
        Button keep = new Button(Messages.get("postings.add.keep"));
        keep.setId("posting-keep");
        keep.setDefaultButton(false);
        keep.disableProperty().bind(viewModel.canKeepPasted().not());
        keep.setOnAction(e -> viewModel.addPasted());
        Button open = new Button(Messages.get("postings.add.open"));
        open.setId("posting-open");
        open.disableProperty().bind(viewModel.readingProperty());
        open.setOnAction(e -> viewModel.openFile());
        keep.setMinWidth(Region.USE_PREF_SIZE);
        open.setMinWidth(Region.USE_PREF_SIZE);
        // The buttons go under each other rather than shorten their words when the pane is narrow.
        FlowPane buttons = new FlowPane(8, 8, keep, open);
        Label message = Labels.following("postings-message", viewModel.messageProperty(), "postings-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(8, own, table, addHeading, titleField, pasteArea, buttons, message);
        box.setPadding(new Insets(0, 12, 12, 20));
        // In a short window at a large text size the side scrolls rather than squeeze its parts.
        table.setMinHeight(Region.USE_PREF_SIZE);
        pasteArea.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private static TableColumn<PostingRow, String> column(String headingKey) {
        return new TableColumn<>(Messages.get(headingKey));
    }

    private void showRows(List<PostingRow> rows) {
        Optional<Long> selected = viewModel.selectedIdProperty().get();
        table.getItems().setAll(rows);
        // The first posting is shown when none was chosen, so the screen opens on something to read.
        selected.flatMap(id -> rows.stream().filter(r -> r.id() == id).findFirst())
                .or(() -> rows.stream().findFirst())
                .ifPresent(r -> table.getSelectionModel().select(r));
    }

    private Node right() {
        var detail = viewModel.detailProperty();
        Label summary = Labels.following("posting-summary", Bindings.createStringBinding(() -> detail.get().summary(), detail));
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        CheckBox follow = new CheckBox(Messages.get("postings.follow"));
        follow.setId("posting-follow");
        follow.setWrapText(true);
        follow.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(follow, Priority.ALWAYS);
        follow.setOnAction(e -> viewModel.followSelected(follow.isSelected()));
        Button remove = new Button(Messages.get("postings.remove"));
        remove.setId("posting-remove");
        remove.setOnAction(e -> viewModel.removeSelected());
        remove.setMinWidth(Region.USE_PREF_SIZE);

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        // Remove sits beside the legend, so the long follow choice has a line of its own.
        HBox legend = new HBox(12, legend("postings.legend.required", Emphasis.REQUIRED),
                legend("postings.legend.preferred", Emphasis.PREFERRED),
                legend("postings.legend.described", Emphasis.DESCRIBED), grow, remove);
        legend.setAlignment(Pos.CENTER_LEFT);
        text.setId("posting-text");
        text.getStyleClass().add("posting-text");
        text.setPadding(new Insets(8));
        ScrollPane textScroll = new ScrollPane(text);
        textScroll.setFitToWidth(true);
        textScroll.setAccessibleText(Messages.get("postings.text.accessible"));
        textScroll.setPrefHeight(300);

        skills.setId("posting-skills");
        skills.setAccessibleText(Messages.get("postings.skills.accessible"));
        skills.setCellFactory(list -> new SkillLineCell());
        skills.setPrefHeight(220);
        Button require = new Button(Messages.get("postings.skill.require"));
        require.setId("posting-skill-require");
        Button drop = new Button(Messages.get("postings.skill.drop"));
        drop.setId("posting-skill-drop");
        Button undo = new Button(Messages.get("postings.skill.undo"));
        undo.setId("posting-skill-undo");
        var chosen = skills.getSelectionModel().selectedItemProperty();
        require.disableProperty().bind(Bindings.createBooleanBinding(() -> chosen.get() == null || chosen.get().required(), chosen));
        drop.disableProperty().bind(chosen.isNull());
        undo.disableProperty().bind(Bindings.createBooleanBinding(() -> chosen.get() == null
                || chosen.get().correction().isEmpty(), chosen));
        require.setOnAction(e -> viewModel.requireSkill(chosen.get().skillId()));
        drop.setOnAction(e -> viewModel.dropSkill(chosen.get().skillId()));
        undo.setOnAction(e -> viewModel.undoCorrection(chosen.get().skillId()));
        skills.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && chosen.get() != null) {
                viewModel.dropSkill(chosen.get().skillId());
            }
        });
        ComboBox<Skill> addable = new ComboBox<>();
        addable.setId("posting-skill-choice");
        addable.setPromptText(Messages.get("postings.skill.addPrompt"));
        addable.setAccessibleText(Messages.get("postings.skill.addPrompt"));
        addable.setConverter(ShownAs.names(Skill::name, ""));
        Button add = new Button(Messages.get("postings.skill.add"));
        add.setId("posting-skill-add");
        add.disableProperty().bind(addable.valueProperty().isNull());
        add.setOnAction(e -> {
            viewModel.addSkill(addable.getValue().id());
            addable.setValue(null);
        });
        HBox correct = new HBox(8, require, drop, undo);
        HBox adding = new HBox(8, addable, add);
        Label skillsHeading = new Label(Messages.get("postings.skills.heading"));
        skillsHeading.getStyleClass().add("card-title");
        skillsHeading.setLabelFor(skills);

        VBox details = new VBox(8, summary, follow, legend, textScroll, skillsHeading, skills, correct, adding);
        details.setPadding(new Insets(0, 20, 12, 12));
        VBox.setVgrow(textScroll, Priority.ALWAYS);
        details.visibleProperty().bind(Bindings.createBooleanBinding(() -> detail.get().row().isPresent(), detail));
        detail.subscribe(shown -> {
            showText(shown.parts());
            skills.getItems().setAll(shown.skills());
            addable.getItems().setAll(shown.addable());
            follow.setSelected(shown.row().map(PostingRow::followed).orElse(false));
        });

        Label empty = new Label();
        empty.setId("postings-empty");
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
        empty.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(viewModel.rowsProperty().get().isEmpty()
                ? "postings.empty" : "postings.choose"), viewModel.rowsProperty()));
        empty.visibleProperty().bind(details.visibleProperty().not());
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        StackPane.setMargin(empty, new Insets(8, 20, 0, 12));
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.visibleProperty().bind(details.visibleProperty());
        return new StackPane(scroll, empty);
    }

    private static Label legend(String key, Emphasis emphasis) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().addAll("posting-phrase", "phrase-" + emphasis.id());
        return label;
    }

    private void showText(List<TextPart> parts) {
        text.getChildren().clear();
        for (TextPart part : parts) {
            Text run = new Text(part.text());
            run.getStyleClass().add("posting-run");
            if (part.phrase()) {
                run.getStyleClass().addAll("posting-phrase", "phrase-" + part.emphasis().orElseThrow().id());
            }
            text.getChildren().add(run);
        }
    }

    /** A skill of the posting in words: how it is asked for, the phrases, the correction, where the person stands. */
    private static final class SkillLineCell extends ListCell<SkillLine> {
        @Override
        protected void updateItem(SkillLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("skill-required", "skill-preferred", "skill-described");
            if (empty || line == null) {
                setText(null);
                setAccessibleText(null);
                return;
            }
            getStyleClass().add("skill-" + line.emphasis().id());
            String phrases = line.phrases().isEmpty() ? "" : Messages.get("postings.skill.phrases",
                    String.join("\", \"", line.phrases()));
            String said = Messages.get("postings.skill.line", line.name(), line.emphasis().displayName(),
                    line.gap().rated() ? 1 : 0, line.gap().current(), line.gap().target(), phrases,
                    line.correction().map(c -> " · " + c.displayName()).orElse(""));
            setText(said);
            setWrapText(true);
            setPrefWidth(0);
            setAccessibleText(said);
        }
    }
}
