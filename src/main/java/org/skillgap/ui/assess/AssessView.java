package org.skillgap.ui.assess;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
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

import org.skillgap.model.Messages;
import org.skillgap.ui.Labels;
import org.skillgap.ui.ReminderLabel;
import org.skillgap.ui.ScreenFocus;

/** The Assess screen: the list of skills to rate on the left, the gap panel on the right. */
public final class AssessView {

    private final AssessViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final ListView<AssessEntry> list = new ListView<>();
    private final TextField search = new TextField();
    private final SkillDetailsPane details;
    private final GapPanel gapPanel;

    public AssessView(AssessViewModel viewModel) {
        this.viewModel = viewModel;
        details = new SkillDetailsPane(viewModel, list::requestFocus, this::focusGapPanel);
        gapPanel = new GapPanel(viewModel, root.widthProperty(), list::requestFocus);
        root.getStyleClass().add("assess-screen");
        root.setTop(header());
        root.setCenter(skillsColumn());
        root.setRight(gapPanel.node());
        installKeys();
        // The window puts the keyboard here each time the screen is shown (Ctrl+1).
        ScreenFocus.set(root, this::focusList);
        // Chosen now, not when the keyboard comes: the first frame is laid out with the chosen
        // skill's details below the list, instead of a taller list that shrinks a frame later.
        chooseFirstSkill();
    }

    public Node root() {
        return root;
    }

    /** Puts the keyboard in the skills list, with the first unrated skill chosen. */
    public void focusList() {
        list.requestFocus();
        chooseFirstSkill();
    }

    /** Chooses the first unrated skill (or the first skill) when none is chosen, and scrolls to it. */
    private void chooseFirstSkill() {
        if (viewModel.selectedProperty().get() == null) {
            viewModel.visibleEntries().stream().filter(e -> e instanceof SkillRow r && !r.rated())
                    .findFirst().or(() -> viewModel.visibleEntries().stream().filter(e -> e instanceof SkillRow).findFirst())
                    .ifPresent(e -> {
                        list.getSelectionModel().select(e);
                        // Before the list has its skin, it scrolls once the skin is made; a list
                        // without one is at its top, so the first rows need no scrolling (which
                        // would have the list measure rows it does not show).
                        int above = Math.max(0, list.getItems().indexOf(e) - 1);
                        if (above > 0 || list.getSkin() != null) {
                            list.scrollTo(above);
                        }
                    });
        }
    }

    /** Moves the keyboard to the first link of the gap panel, or back to the search when it has none. */
    private void focusGapPanel() {
        gapPanel.focusFirstLink(search::requestFocus);
    }

    /** Saves the note being typed now, rather than when the pause runs out. */
    public void flushNote() {
        details.flushNote();
    }

    private Node header() {
        Label title = Labels.screenTitle("nav.assess");
        var summary = viewModel.gapSummaryProperty();
        Label counter = Labels.following("rated-counter", Bindings.createStringBinding(() -> summary.get().ratedText(), summary),
                "counter");
        // The search field gives way first: the count is short and always read whole.
        counter.setMinWidth(Region.USE_PREF_SIZE);
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

    /** Shown while the list holds only the skills a catalog update changed, with the way back to all. */
    private Node onlyNotice() {
        Label text = Labels.following("only-notice", viewModel.onlyNoticeProperty());
        text.setWrapText(true);
        Button showAll = new Button(Messages.get("assess.only.showAll"));
        showAll.setId("show-all-skills");
        showAll.setOnAction(e -> {
            viewModel.showAll();
            list.requestFocus();
        });
        HBox notice = new HBox(10, text, showAll);
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.getStyleClass().add("only-notice");
        notice.managedProperty().bind(viewModel.onlyNoticeProperty().isNotEmpty());
        notice.visibleProperty().bind(notice.managedProperty());
        return notice;
    }

    private Node skillsColumn() {
        list.setId("skill-list");
        list.setAccessibleText(Messages.get("assess.list.accessible"));
        list.setItems(viewModel.visibleEntries());
        list.setCellFactory(l -> new SkillCell(viewModel));
        Label none = new Label();
        none.textProperty().bind(Bindings.createStringBinding(
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
                Platform.runLater(() -> {
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
        ScrollPane detailsScroll = new ScrollPane(details.node());
        detailsScroll.setFitToWidth(true);
        detailsScroll.getStyleClass().add("details-scroll");
        detailsScroll.setMinHeight(0);
        VBox column = new VBox(8, onlyNotice(), list, hint, detailsScroll);
        detailsScroll.maxHeightProperty().bind(column.heightProperty().multiply(0.5));
        column.setPadding(new Insets(0, 8, 12, 20));
        return column;
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
                    details.editNote();
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
