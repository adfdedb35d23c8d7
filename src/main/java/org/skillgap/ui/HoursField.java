package org.skillgap.ui;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;

/**
 * The one field for hours a week, on the welcome form, the profile editor and the Plan screen
 * (and, with its own range, for the weeks between re-assessments in the profile):
 * takes digits only, shows the allowed range next to it, and says in place what to enter while
 * the value cannot be used. It never changes what the person typed (no silent clamping); the
 * {@link HoursEntry} behind it decides what counts.
 */
public final class HoursField extends HBox {

    /** AtlantaFX draws a text field in this state with a red border. */
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("danger");

    private final TextField field = new TextField();
    private final Label problem = new Label();

    /** {@code id} names the text field (so a label can point at it and tests can find it). */
    public HoursField(String id, HoursEntry entry) {
        super(8);
        getStyleClass().add("hours-field");
        setAlignment(Pos.CENTER_LEFT);
        field.setId(id);
        field.setPrefColumnCount(entry.range().maxDigits() + 1);
        field.setMinWidth(HBox.USE_PREF_SIZE);
        field.setTextFormatter(new TextFormatter<String>(change ->
                HoursEntry.acceptsTyping(change.getControlNewText(), entry.range()) ? change : null));
        field.textProperty().bindBidirectional(entry.textProperty());
        Label range = new Label(entry.range().rangeText());
        range.setId(id + "-range");
        range.getStyleClass().add("hours-range");
        range.setMinWidth(HBox.USE_PREF_SIZE);
        problem.setId(id + "-problem");
        problem.getStyleClass().add("hours-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(entry.problemProperty());
        problem.visibleProperty().bind(entry.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        field.pseudoClassStateChanged(INVALID, !entry.isValid());
        entry.problemProperty().addListener((obs, old, why) -> field.pseudoClassStateChanged(INVALID, !why.isEmpty()));
        getChildren().addAll(field, range, problem);
    }

    public TextField field() {
        return field;
    }
}
