package org.skillgap.ui.profile;

import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.Callback;

import org.skillgap.model.Background;
import org.skillgap.model.Messages;
import org.skillgap.model.Profile;
import org.skillgap.model.TargetProfile;

/** The profile fields, each with a line that explains what the choice means. Used by welcome and editor. */
public final class ProfileForm extends GridPane {

    public ProfileForm(ProfileViewModel viewModel) {
        getStyleClass().add("profile-form");
        setHgap(16);
        setVgap(6);
        setPadding(new Insets(4));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);

        TextField name = new TextField();
        name.setId("profile-name");
        name.setPromptText(Messages.get("profile.name.prompt"));
        name.setTextFormatter(new javafx.scene.control.TextFormatter<String>(change ->
                change.getControlNewText().length() <= org.skillgap.model.Texts.MAX_NAME_CHARS ? change : null));
        name.textProperty().bindBidirectional(viewModel.nameProperty());

        ComboBox<TargetProfile> target = new ComboBox<>();
        target.setId("profile-target");
        target.getItems().setAll(viewModel.targets());
        target.valueProperty().bindBidirectional(viewModel.targetProperty());
        target.setCellFactory(named(TargetProfile::name));
        target.setButtonCell(named(TargetProfile::name).call(null));
        target.setMaxWidth(Double.MAX_VALUE);

        ComboBox<Background> background = new ComboBox<>();
        background.setId("profile-background");
        background.getItems().setAll(viewModel.backgrounds());
        background.valueProperty().bindBidirectional(viewModel.backgroundProperty());
        background.setCellFactory(named(Background::name));
        background.setButtonCell(named(Background::name).call(null));
        background.setPromptText(Messages.get("profile.background.prompt"));
        background.setMaxWidth(Double.MAX_VALUE);

        Spinner<Integer> hours = new Spinner<>();
        hours.setId("profile-hours");
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(Profile.MIN_HOURS, Profile.MAX_HOURS,
                        viewModel.hoursPerWeekProperty().get());
        hours.setValueFactory(factory);
        hours.setEditable(true);
        hours.setPrefWidth(110);
        factory.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                viewModel.hoursPerWeekProperty().set(value);
            }
        });
        viewModel.hoursPerWeekProperty().addListener((obs, old, value) -> factory.setValue(value.intValue()));

        int row = 0;
        row = addRow(row, Messages.get("profile.name"), name, Messages.get("profile.name.explanation"), null);
        row = addRow(row, Messages.get("profile.target"), target, null, viewModel.targetExplanation());
        row = addRow(row, Messages.get("profile.background"), background, null, viewModel.backgroundExplanation());
        addRow(row, Messages.get("profile.hours"), hours, null, viewModel.hoursExplanation());
    }

    private int addRow(int row, String labelText, javafx.scene.control.Control field, String fixedHelp,
                       javafx.beans.value.ObservableValue<String> liveHelp) {
        Label label = new Label(labelText);
        label.setLabelFor(field);
        label.getStyleClass().add("form-label");
        add(label, 0, row);
        add(field, 1, row);
        Label help = new Label();
        help.setWrapText(true);
        help.getStyleClass().add("form-help");
        if (liveHelp != null) {
            help.textProperty().bind(liveHelp);
        } else {
            help.setText(fixedHelp);
        }
        help.setId(field.getId() + "-help");
        add(help, 1, row + 1);
        GridPane.setMargin(help, new Insets(0, 0, 10, 0));
        return row + 2;
    }

    private static <T> Callback<javafx.scene.control.ListView<T>, ListCell<T>> named(java.util.function.Function<T, String> name) {
        return list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
            }
        };
    }
}
