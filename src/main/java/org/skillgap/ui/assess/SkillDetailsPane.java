package org.skillgap.ui.assess;

import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.skillgap.model.BadInputException;
import org.skillgap.model.Level;
import org.skillgap.model.Messages;
import org.skillgap.model.Texts;
import org.skillgap.ui.WrappingLabel;

/**
 * Under the skills list on Assess: the chosen skill's six levels, with the current one and the
 * target marked, and its note, saved after a pause in typing, when the person moves on, or when
 * the window asks (see {@link AssessViewModel#flushPendingEdits()}).
 */
final class SkillDetailsPane {

    private final AssessViewModel viewModel;
    private final Runnable toList;
    private final TextArea noteEditor = new TextArea();
    private final PauseTransition noteSaveDelay = new PauseTransition(Duration.millis(600));
    private final Label noteProblem = new WrappingLabel();
    private final EvidenceSection evidence;
    private final Node node;
    private String noteSkillId;

    /**
     * @param toList     puts the keyboard back in the skills list (Escape, Shift+Tab)
     * @param toGapPanel moves the keyboard on to the gap panel (Tab)
     */
    SkillDetailsPane(AssessViewModel viewModel, Runnable toList, Runnable toGapPanel) {
        this.viewModel = viewModel;
        this.toList = toList;
        this.evidence = new EvidenceSection(viewModel, this::editNote, toGapPanel);
        this.node = build();
    }

    Node node() {
        return node;
    }

    /** Puts the keyboard in the note, at its end. */
    void editNote() {
        noteEditor.requestFocus();
        noteEditor.positionCaret(noteEditor.getLength());
    }

    private Node build() {
        Label name = new WrappingLabel();
        name.getStyleClass().add("details-title");
        // Six lines that change at every rating of the chosen skill: measured once per layout.
        Label ladder = new WrappingLabel();
        ladder.getStyleClass().add("level-ladder");
        noteEditor.setId("note-editor");
        noteEditor.setPromptText(Messages.get("assess.note.prompt"));
        noteEditor.setWrapText(true);
        noteEditor.setPrefRowCount(2);
        // The editor never holds more than a note may have, so typing can never lose the note.
        noteEditor.setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().length() <= Texts.MAX_NOTE_CHARS ? change : null));
        noteProblem.getStyleClass().addAll("danger", "note-problem");
        noteProblem.managedProperty().bind(noteProblem.textProperty().isNotEmpty());
        noteProblem.visibleProperty().bind(noteProblem.managedProperty());
        noteSaveDelay.setOnFinished(e -> flushNote());
        noteEditor.textProperty().addListener((obs, old, text) -> {
            if (noteSkillId != null) {
                viewModel.noteTyped(noteSkillId, text);
                noteSaveDelay.playFromStart();
            }
        });
        noteEditor.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                flushNote();
            }
        });
        noteEditor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || (e.getCode() == KeyCode.ENTER && e.isShortcutDown())) {
                flushNote();
                toList.run();
                e.consume();
            } else if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                // Tab leaves the note, as in any form, instead of typing a tab that would be trimmed.
                flushNote();
                if (e.isShiftDown()) {
                    toList.run();
                } else {
                    evidence.focusFirst();
                }
                e.consume();
            }
        });
        ladder.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(6, name, ladder, noteEditor, noteProblem, evidence.node());
        box.getStyleClass().add("skill-details");
        Label empty = new Label(Messages.get("assess.details.empty"));
        empty.getStyleClass().add("muted");
        VBox holder = new VBox(empty);
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            flushNote();
            if (row == null) {
                noteSkillId = null;
                holder.getChildren().setAll(empty);
                return;
            }
            name.setText(row.skill().name() + "  \u00b7  " + row.targetText());
            ladder.setText(ladderText(row));
            noteSkillId = null;
            noteEditor.setText(row.noteProperty().get());
            noteSkillId = row.id();
            holder.getChildren().setAll(box);
        });
        // A note typed just before the screen is left is saved too; on closing the window, the
        // window asks every view model to save what is pending (ScreenModel.flushPendingEdits).
        holder.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                flushNote();
            }
        });
        // Keep the ladder current when the selected skill is re-rated.
        ChangeListener<Number> levelFollower = (obs, old, level) -> {
            SkillRow row = viewModel.selectedProperty().get();
            if (row != null) {
                ladder.setText(ladderText(row));
            }
        };
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (old != null) {
                old.levelProperty().removeListener(levelFollower);
            }
            if (row != null) {
                row.levelProperty().addListener(levelFollower);
            }
        });
        return holder;
    }

    static String ladderText(SkillRow row) {
        StringBuilder text = new StringBuilder();
        for (int level = Level.MIN; level <= Level.MAX; level++) {
            String marker = level == row.level() ? "\u25b6 " : "   ";
            text.append(marker).append(Messages.get("assess.ladder.level", level, Level.of(level).displayName(),
                    row.skill().describeLevel(level)));
            if (level == row.target().level()) {
                text.append("   ").append(Messages.get("assess.ladder.target"));
            }
            if (level < Level.MAX) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** Saves the note being typed now, rather than when the pause runs out. */
    void flushNote() {
        noteSaveDelay.stop();
        try {
            viewModel.flushPendingEdits();
            noteProblem.setText("");
        } catch (BadInputException refused) {
            // The text stays in the editor for the person to fix; nothing was saved.
            noteProblem.setText(refused.getMessage());
        }
    }
}
