package org.skillgap.ui.profile;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Callback;

import org.skillgap.model.Background;
import org.skillgap.model.Messages;
import org.skillgap.model.TargetProfile;
import org.skillgap.ui.HoursField;

/**
 * The profile fields, each with a line that explains what the choice means. Used by welcome and editor.
 *
 * <p>Rows are boxes rather than a grid: a box gives a wrapping label the height its width needs,
 * where a grid row cut the explanations to one line with "...".
 */
public final class ProfileForm extends VBox {

    private static final double LABEL_WIDTH = 150;

    private final TextField name = new TextField();

    public ProfileForm(ProfileViewModel viewModel) {
        super(14);
        getStyleClass().add("profile-form");
        setPadding(new Insets(4));
        setFillWidth(true);

        name.setId("profile-name");
        name.setPromptText(Messages.get("profile.name.prompt"));
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        // A name over the limit stays in the field, with the reason under it, and is not saved.
        Label nameProblem = problem("profile-name-problem", viewModel.nameProblem());

        ComboBox<TargetProfile> target = choice("profile-target", viewModel.targets(), viewModel.targetProperty(),
                TargetProfile::name);
        ComboBox<Background> background = choice("profile-background", viewModel.backgrounds(),
                viewModel.backgroundProperty(), Background::name);
        background.setPromptText(Messages.get("profile.background.prompt"));

        HoursField hours = new HoursField("profile-hours", viewModel.hoursEntry());
        HoursField reassess = new HoursField("profile-reassess-weeks", viewModel.reassessEntry());

        getChildren().addAll(
                row(Messages.get("profile.name"), name, name,
                        help("profile-name-help", Messages.get("profile.name.explanation")), nameProblem),
                row(Messages.get("profile.target"), target, target,
                        steady(help("profile-target-help", viewModel.targetExplanation()), viewModel.targetExplanations(),
                                viewModel.targetProperty().isNotNull())),
                row(Messages.get("profile.background"), background, background,
                        steady(help("profile-background-help", viewModel.backgroundExplanation()),
                                viewModel.backgroundExplanations(), viewModel.backgroundProperty().isNotNull())),
                row(Messages.get("profile.hours"), hours, hours.field(),
                        help("profile-hours-help", viewModel.hoursExplanation())),
                row(Messages.get("profile.reassess"), reassess, reassess.field(),
                        help("profile-reassess-help", viewModel.reassessExplanation())));
    }

    /** The keyboard starts in the name, the form's first field. */
    public void focusName() {
        name.requestFocus();
    }

    private static Node row(String labelText, Node field, Node labelled, Node... below) {
        Label label = new Label(labelText);
        label.setLabelFor(labelled);
        label.getStyleClass().add("form-label");
        label.setMinWidth(LABEL_WIDTH);
        label.setPrefWidth(LABEL_WIDTH);
        // Wrapped, not cut: "Stunden pro Woche" and larger text sizes are wider than the column.
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setPadding(new Insets(5, 0, 0, 0));
        VBox right = new VBox(4, field);
        right.getChildren().addAll(below);
        right.setMinWidth(0);
        right.setFillWidth(true);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox row = new HBox(16, label, right);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private static Label help(String id, String text) {
        Label help = wrapping(id, "form-help");
        help.setText(text);
        return help;
    }

    private static Label help(String id, ObservableValue<String> text) {
        Label help = wrapping(id, "form-help");
        help.textProperty().bind(text);
        return help;
    }

    private static Label problem(String id, ObservableValue<String> text) {
        Label problem = wrapping(id, "form-problem");
        problem.textProperty().bind(text);
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    private static Label wrapping(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add(styleClass);
        return label;
    }

    /**
     * Keeps the room of the longest of {@code texts} under a field whose explanation changes with
     * the choice, so the form does not jump in height when the choice changes. The room is kept
     * only once something is chosen ({@code active}): before that, a short prompt needs no gap.
     */
    private static Node steady(Label live, List<String> texts, ObservableValue<Boolean> active) {
        StackPane stack = new StackPane();
        stack.setAlignment(Pos.TOP_LEFT);
        for (String text : texts) {
            Label ghost = new Label(text);
            ghost.setWrapText(true);
            ghost.setMinHeight(Region.USE_PREF_SIZE);
            ghost.setMaxWidth(Double.MAX_VALUE);
            ghost.getStyleClass().add("form-help");
            ghost.setVisible(false);
            ghost.managedProperty().bind(active);
            stack.getChildren().add(ghost);
        }
        stack.getChildren().add(live);
        return stack;
    }

    /** A choice of one of {@code items}, shown by name, following the view model's choice. */
    private static <T> ComboBox<T> choice(String id, List<T> items, Property<T> chosen, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.valueProperty().bindBidirectional(chosen);
        box.setCellFactory(named(name));
        box.setButtonCell(named(name).call(null));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static <T> Callback<ListView<T>, ListCell<T>> named(Function<T, String> name) {
        return list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
            }
        };
    }
}
