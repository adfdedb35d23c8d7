package org.skillgap.ui.assess;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.skillgap.gap.SkillGap;
import org.skillgap.model.Category;
import org.skillgap.model.Level;
import org.skillgap.model.Messages;
import org.skillgap.ui.ReminderLabel;

/** The Assess screen: the list of skills to rate on the left, the gap panel on the right. */
public final class AssessView {

    private final AssessViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final ListView<AssessEntry> list = new ListView<>();
    private final TextField search = new TextField();
    private final TextArea noteEditor = new TextArea();
    private final PauseTransition noteSaveDelay = new PauseTransition(Duration.millis(600));
    private final Label noteProblem = new Label();
    private final VBox gapPanel = new VBox(10);
    private String noteSkillId;

    public AssessView(AssessViewModel viewModel) {
        this.viewModel = viewModel;
        root.getStyleClass().add("assess-screen");
        root.setTop(header());
        root.setCenter(skillsColumn());
        root.setRight(gapPanel());
        installKeys();
        // The window puts the keyboard here each time the screen is shown (Ctrl+1).
        org.skillgap.ui.ScreenFocus.set(root, this::focusList);
    }

    public Node root() {
        return root;
    }

    /** Puts the keyboard in the skills list, with the first unrated skill chosen. */
    public void focusList() {
        list.requestFocus();
        if (viewModel.selectedProperty().get() == null) {
            viewModel.visibleEntries().stream().filter(e -> e instanceof SkillRow r && !r.rated())
                    .findFirst().or(() -> viewModel.visibleEntries().stream().filter(e -> e instanceof SkillRow).findFirst())
                    .ifPresent(e -> {
                        list.getSelectionModel().select(e);
                        list.scrollTo(Math.max(0, list.getItems().indexOf(e) - 1));
                    });
        }
    }

    /** Moves the keyboard to the first link of the gap panel, or back to the search when it has none. */
    private void focusGapPanel() {
        gapPanel.lookupAll(".hyperlink").stream().filter(Node::isVisible).findFirst()
                .ifPresentOrElse(Node::requestFocus, search::requestFocus);
    }

    private Node header() {
        Label title = new Label(Messages.get("nav.assess"));
        title.getStyleClass().add("screen-title");
        Label counter = new Label();
        counter.setId("rated-counter");
        counter.getStyleClass().add("counter");
        counter.textProperty().bind(viewModel.ratedCounterProperty());
        search.setId("skill-search");
        search.setPromptText(Messages.get("assess.search.prompt"));
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                list.requestFocus();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                focusList();
                e.consume();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, title, counter, ReminderLabel.of("last-assessed", viewModel.lastAssessedTextProperty()),
                spacer, search);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");
        return header;
    }

    private Node skillsColumn() {
        list.setId("skill-list");
        list.setItems(viewModel.visibleEntries());
        list.setCellFactory(l -> new SkillCell(viewModel));
        Label none = new Label();
        none.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.get("assess.search.none", viewModel.searchProperty().get()), viewModel.searchProperty()));
        list.setPlaceholder(none);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry instanceof AssessEntry.Heading) {
                // Headings are not for rating: step over them in the direction the person was going.
                int index = list.getSelectionModel().getSelectedIndex();
                int oldIndex = old == null ? -1 : list.getItems().indexOf(old);
                int next = index >= oldIndex ? index + 1 : index - 1;
                if (next < 0 || next >= list.getItems().size()) {
                    next = index + 1 < list.getItems().size() ? index + 1 : oldIndex;
                }
                int target = next;
                javafx.application.Platform.runLater(() -> {
                    list.getSelectionModel().select(target);
                    list.getFocusModel().focus(target);
                });
                return;
            }
            viewModel.selectedProperty().set((SkillRow) entry);
        });
        viewModel.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && list.getSelectionModel().getSelectedItem() != row) {
                list.getSelectionModel().select(row);
                list.scrollTo(row);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = new Label(Messages.get("assess.keyboard.hint"));
        hint.getStyleClass().add("keyboard-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        // The list keeps room for a few skills; the levels and note scroll when space is short.
        list.setMinHeight(160);
        ScrollPane detailsScroll = new ScrollPane(details());
        detailsScroll.setFitToWidth(true);
        detailsScroll.getStyleClass().add("details-scroll");
        detailsScroll.setMinHeight(0);
        VBox column = new VBox(8, list, hint, detailsScroll);
        detailsScroll.maxHeightProperty().bind(column.heightProperty().multiply(0.5));
        column.setPadding(new Insets(0, 8, 12, 20));
        return column;
    }

    private Node details() {
        Label name = new Label();
        name.getStyleClass().add("details-title");
        name.setWrapText(true);
        Label ladder = new Label();
        ladder.getStyleClass().add("level-ladder");
        ladder.setWrapText(true);
        noteEditor.setId("note-editor");
        noteEditor.setPromptText(Messages.get("assess.note.prompt"));
        noteEditor.setWrapText(true);
        noteEditor.setPrefRowCount(2);
        // The editor never holds more than a note may have, so typing can never lose the note.
        noteEditor.setTextFormatter(new javafx.scene.control.TextFormatter<String>(change ->
                change.getControlNewText().length() <= org.skillgap.model.Texts.MAX_NOTE_CHARS ? change : null));
        noteProblem.getStyleClass().addAll("danger", "note-problem");
        noteProblem.setWrapText(true);
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
                list.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                // Tab leaves the note, as in any form, instead of typing a tab that would be trimmed.
                flushNote();
                if (e.isShiftDown()) {
                    list.requestFocus();
                } else {
                    focusGapPanel();
                }
                e.consume();
            }
        });
        ladder.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(6, name, ladder, noteEditor, noteProblem);
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
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                flushNote();
            }
        });
        // Keep the ladder current when the selected skill is re-rated.
        javafx.beans.value.ChangeListener<Number> levelFollower = (obs, old, level) -> {
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

    private static String ladderText(SkillRow row) {
        StringBuilder text = new StringBuilder();
        for (int level = Level.MIN; level <= Level.MAX; level++) {
            String marker = level == row.level() ? "\u25b6 " : "   ";
            String target = level == row.targetLevel() ? "   \u2190 target" : "";
            text.append(marker).append(level).append(" ").append(Level.of(level).displayName()).append(": ")
                    .append(row.skill().describeLevel(level)).append(target);
            if (level < Level.MAX) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** Saves the note being typed now, rather than when the pause runs out. */
    public void flushNote() {
        noteSaveDelay.stop();
        try {
            viewModel.flushPendingEdits();
            noteProblem.setText("");
        } catch (org.skillgap.model.BadInputException refused) {
            // The text stays in the editor for the person to fix; nothing was saved.
            noteProblem.setText(refused.getMessage());
        }
    }

    private Node gapPanel() {
        Label readinessLabel = new Label(Messages.get("assess.readiness.label", viewModel.targetName()));
        readinessLabel.getStyleClass().add("panel-caption");
        readinessLabel.setWrapText(true);
        Label readiness = new Label();
        readiness.setId("readiness");
        readiness.getStyleClass().add("readiness-value");
        readiness.textProperty().bind(viewModel.readinessTextProperty());
        ProgressBar readinessBar = new ProgressBar();
        readinessBar.setMaxWidth(Double.MAX_VALUE);
        Label ready = new Label();
        ready.setId("ready-status");
        ready.setWrapText(true);
        ready.textProperty().bind(viewModel.readyTextProperty());

        VBox categories = new VBox(8);
        for (Category category : Category.values()) {
            Label text = new Label();
            text.textProperty().bind(viewModel.categoryTextProperty(category));
            text.setId("category-" + category.id());
            text.setWrapText(true);
            ProgressBar bar = new ProgressBar();
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.getStyleClass().addAll("small", "category-bar", category.id());
            categories.getChildren().add(new VBox(3, text, bar));
            // The category can move while the overall percentage stays the same: follow the report.
            viewModel.shownGapsProperty().addListener((obs, old, v) ->
                    bar.setProgress(viewModel.categoryReadiness(category) / 100));
            bar.setProgress(viewModel.categoryReadiness(category) / 100);
        }

        VBox gaps = new VBox(4);
        gaps.setId("gap-list");
        VBox blockers = new VBox(4);
        blockers.setId("blocker-list");
        Runnable refresh = () -> {
            readinessBar.setProgress(viewModel.readiness() / 100);
            String style = viewModel.ready() ? "success" : "danger";
            if (!ready.getStyleClass().contains(style)) {
                // A style class change restyles the label, so it is made only when the state flips.
                ready.getStyleClass().removeAll("success", "danger");
                ready.getStyleClass().add(style);
            }
            fillGapList(gaps, viewModel.topGaps(), Messages.get("assess.gaps.empty"));
            fillGapList(blockers, viewModel.blockers(), Messages.get("assess.blockers.empty"));
        };
        // Once per new report, when the lists are all current (a list listener ran before the
        // blockers were updated, and showed them one change late).
        viewModel.shownGapsProperty().addListener((obs, old, report) -> refresh.run());
        refresh.run();

        Label gapsTitle = new Label(Messages.get("assess.gaps.title"));
        gapsTitle.getStyleClass().add("panel-title");
        Label blockersTitle = new Label(Messages.get("assess.blockers.title"));
        blockersTitle.getStyleClass().add("panel-title");

        VBox panel = gapPanel;
        panel.getChildren().setAll(readinessLabel, readiness, readinessBar, ready, categories,
                gapsTitle, gaps, blockersTitle, blockers);
        panel.getStyleClass().add("gap-panel");
        panel.setId("gap-panel");
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        // The panel gives up width first when the window is narrow, so skill names keep theirs.
        scroll.prefWidthProperty().bind(javafx.beans.binding.Bindings.max(230,
                javafx.beans.binding.Bindings.min(340, root.widthProperty().multiply(0.34))));
        scroll.setMinWidth(230);
        scroll.getStyleClass().add("gap-panel-scroll");
        return scroll;
    }

    private void fillGapList(VBox box, java.util.List<SkillGap> gaps, String emptyText) {
        // New nodes cost a full CSS pass in the next frame: keep them when the list is unchanged.
        java.util.List<SkillGap> shown = java.util.List.copyOf(gaps);
        if (shown.equals(box.getUserData())) {
            return;
        }
        box.setUserData(shown);
        box.getChildren().clear();
        if (gaps.isEmpty()) {
            Label none = new Label(emptyText);
            none.setWrapText(true);
            none.getStyleClass().add("muted");
            box.getChildren().add(none);
            return;
        }
        for (SkillGap gap : gaps) {
            Hyperlink link = new Hyperlink(gap.skill().name());
            link.setWrapText(true);
            link.setTooltip(new javafx.scene.control.Tooltip(gap.skill().name()));
            link.setOnAction(e -> {
                viewModel.select(gap.skill().id());
                list.requestFocus();
            });
            link.getStyleClass().add("gap-link");
            Label detail = new Label(Messages.get("assess.gap.line",
                    gap.rated() ? Integer.toString(gap.current()) : Messages.get("assess.gap.unrated"), gap.target(), gap.gap(), gap.weight()));
            detail.getStyleClass().add("gap-detail");
            detail.setWrapText(true);
            box.getChildren().add(new VBox(0, link, detail));
        }
    }

    private void installKeys() {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                search.requestFocus();
                search.selectAll();
                e.consume();
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                // Ctrl+1..3 switch screens; only a bare digit rates.
                return;
            }
            int level = digit(e.getCode());
            if (level >= 0 && viewModel.rateSelected(level)) {
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                // Enter edits the note of the skill the focus is on, chosen or not.
                int focused = list.getFocusModel().getFocusedIndex();
                if (focused >= 0 && list.getItems().get(focused) instanceof SkillRow row
                        && list.getSelectionModel().getSelectedItem() != row) {
                    list.getSelectionModel().select(focused);
                }
                if (viewModel.selectedProperty().get() != null) {
                    noteEditor.requestFocus();
                    noteEditor.positionCaret(noteEditor.getLength());
                    e.consume();
                }
            }
        });
    }

    private static int digit(KeyCode code) {
        return switch (code) {
            case DIGIT0, NUMPAD0 -> 0;
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            default -> -1;
        };
    }
}
