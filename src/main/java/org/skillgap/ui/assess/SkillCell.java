package org.skillgap.ui.assess;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.controlsfx.control.Rating;

import org.skillgap.model.Level;
import org.skillgap.model.Messages;
import org.skillgap.ui.HoverTips;
import org.skillgap.ui.StyleClasses;
import org.skillgap.ui.WrappingCells;
import org.skillgap.ui.WrappingLabel;

/** Draws a category heading, or a skill with its stars, level wording, target and note. */
final class SkillCell extends ListCell<AssessEntry> {

    /** Where a long description's or note's tooltip wraps. */
    private static final double TIP_WIDTH = 480;

    private final AssessViewModel viewModel;

    private final Label name = new WrappingLabel();
    private final Label description = new Label();
    private final Label levelText = new Label();
    private final Label note = new Label();
    private final Rating rating = new Rating(5, 0);
    private final Button clear = new Button("\u00d7");
    private final Label target = new Label();
    private final Label backing = new Label();
    private final Label reviewer = new Label();
    private final HBox skillLayout;
    private final Label heading = new Label();

    private SkillRow shown;
    private boolean updating;
    private final ChangeListener<Number> levelListener = (obs, old, value) -> showLevel(value.intValue());

    SkillCell(AssessViewModel viewModel) {
        this.viewModel = viewModel;
        name.getStyleClass().add("skill-name");
        description.getStyleClass().add("skill-description");
        levelText.getStyleClass().add("skill-level-text");
        note.getStyleClass().add("skill-note");
        target.getStyleClass().add("skill-target");
        backing.getStyleClass().add("skill-backing");
        // The reviewer's level beside the own one: a second marker, in words.
        reviewer.getStyleClass().add("skill-reviewer");
        heading.getStyleClass().add("category-heading");
        // Names wrap rather than end in "…" when the window is narrow; the description keeps one
        // line, with all of it in its tooltip (and the level wording in full below the list).
        name.setMinHeight(Region.USE_PREF_SIZE);
        HoverTips.install(description, () -> shown == null ? "" : shown.skill().description(), TIP_WIDTH);
        note.setTextOverrun(OverrunStyle.ELLIPSIS);
        HoverTips.install(rating, this::starsTip);
        HoverTips.install(target, this::targetTip);
        // The row shows the note's first line; its tooltip has all of it.
        HoverTips.install(note, () -> shown == null ? "" : shown.noteProperty().get(), TIP_WIDTH);

        rating.setPartialRating(false);
        rating.setUpdateOnHover(false);
        // Keys belong to the list (digits rate the selected skill), so the stars never take focus.
        rating.setFocusTraversable(false);
        rating.getStyleClass().add("skill-rating");
        rating.ratingProperty().addListener((obs, old, value) -> {
            if (!updating && shown != null) {
                // A click on the stars also chooses the skill, so its levels and note show below.
                getListView().getSelectionModel().select(getIndex());
                viewModel.rate(shown.id(), (int) Math.round(value.doubleValue()));
            }
        });
        clear.setFocusTraversable(false);
        clear.getStyleClass().addAll("flat", "clear-rating");
        HoverTips.install(clear, () -> Messages.get("assess.clear.tooltip"));
        clear.setOnAction(e -> {
            if (shown != null) {
                getListView().getSelectionModel().select(getIndex());
                viewModel.rate(shown.id(), 0);
            }
        });

        VBox text = new VBox(2, name, description, levelText);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox stars = new HBox(2, rating, clear);
        stars.setAlignment(Pos.CENTER_RIGHT);
        VBox right = new VBox(4, stars, target, backing);
        inTheRowWhileSet(note, text);
        inTheRowWhileSet(reviewer, right);
        right.setAlignment(Pos.CENTER_RIGHT);
        right.setMinWidth(Region.USE_PREF_SIZE);
        skillLayout = new HBox(16, text, right);
        skillLayout.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(AssessEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        unbind();
        if (empty || entry == null) {
            // Emptied when the list lets the cell go, and between two rows it measures with it:
            // the row's nodes and classes stay, hidden. Taken out and put back, every node of the
            // row would be styled again from scratch at each reuse.
            if (getGraphic() != null) {
                getGraphic().setVisible(false);
            }
            setAccessibleText(null);
            return;
        }
        StyleClasses.show(this, "heading-cell", entry instanceof AssessEntry.Heading);
        StyleClasses.show(this, "skill-cell", entry instanceof SkillRow);
        if (entry instanceof AssessEntry.Heading h) {
            heading.setVisible(true);
            heading.textProperty().bind(h.titleProperty());
            // A heading reads as text ("Technical: 3 of 13 rated"), not as a choice to make.
            setAccessibleRole(AccessibleRole.TEXT);
            accessibleTextProperty().bind(h.accessibleTextProperty());
            setGraphic(heading);
            return;
        }
        SkillRow row = (SkillRow) entry;
        shown = row;
        setAccessibleRole(AccessibleRole.LIST_ITEM);
        accessibleTextProperty().bind(row.accessibleTextProperty());
        clear.setAccessibleText(Messages.get("assess.clear.accessible", row.skill().name()));
        rating.setAccessibleText(Messages.get("assess.stars.accessible", row.skill().name()));
        name.setText(row.skill().name());
        description.setText(row.skill().description());
        levelText.textProperty().bind(row.levelTextProperty());
        note.textProperty().bind(row.noteProperty());
        target.setText(row.targetText());
        backing.textProperty().bind(row.backingTextProperty());
        backing.visibleProperty().bind(row.backingTextProperty().isNotEmpty());
        backing.managedProperty().bind(backing.visibleProperty());
        reviewer.textProperty().bind(row.reviewerTextProperty());

        StyleClasses.show(target, "must-have", row.target().mustHave());
        row.levelProperty().addListener(levelListener);
        showLevel(row.level());
        skillLayout.setVisible(true);
        setGraphic(skillLayout);
    }

    /** Tall enough for a name wrapped at the width the list gives the row. */
    @Override
    protected double computePrefHeight(double width) {
        double wrapped = WrappingCells.prefHeight(this, skillLayout, width);
        return Double.isNaN(wrapped) ? super.computePrefHeight(width) : wrapped;
    }

    private String starsTip() {
        int level = shown == null ? SkillRow.UNRATED : shown.level();
        return level == SkillRow.UNRATED ? Messages.get("assess.stars.tooltip.unrated")
                : Messages.get("assess.stars.tooltip", level, Level.of(level).displayName());
    }

    private String targetTip() {
        if (shown == null) {
            return "";
        }
        int level = shown.target().level();
        return Messages.get(shown.target().mustHave() ? "assess.target.tooltip.mustHave" : "assess.target.tooltip",
                level, Level.of(level).displayName());
    }

    private void showLevel(int level) {
        updating = true;
        rating.setRating(Math.max(0, level));
        updating = false;
        StyleClasses.show(levelText, "unrated", level == SkillRow.UNRATED);
        boolean below = shown != null && level < shown.target().level();
        StyleClasses.show(target, "below", below);
        StyleClasses.show(target, "met", !below);
    }

    private void unbind() {
        if (shown != null) {
            shown.levelProperty().removeListener(levelListener);
            shown = null;
        }
        heading.textProperty().unbind();
        accessibleTextProperty().unbind();
        levelText.textProperty().unbind();
        note.textProperty().unbind();
        reviewer.textProperty().unbind();
        backing.textProperty().unbind();
        backing.visibleProperty().unbind();
        backing.managedProperty().unbind();
    }

    /**
     * Keeps {@code label} last in {@code box} only while it has text. Most rows have no note and
     * no reviewer; a hidden label would still be styled and measured with every row in sight.
     */
    private static void inTheRowWhileSet(Label label, VBox box) {
        label.textProperty().addListener((obs, old, text) -> {
            boolean wanted = text != null && !text.isEmpty();
            if (wanted != box.getChildren().contains(label)) {
                if (wanted) {
                    box.getChildren().add(label);
                } else {
                    box.getChildren().remove(label);
                }
            }
        });
    }
}
