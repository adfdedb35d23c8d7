package org.skillgap.ui.profile;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.skillgap.model.Messages;
import org.skillgap.ui.TextSize;
import org.skillgap.ui.TextSizeKeys;

/** The first-run page: a few choices, each explained, then on to rating skills. */
public final class WelcomeView {

    private final BorderPane root = new BorderPane();

    public WelcomeView(ProfileViewModel viewModel, TextSize textSize, Runnable onDone) {
        Label title = new Label(Messages.get("welcome.title"));
        title.getStyleClass().add("welcome-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label intro = new Label(Messages.get("welcome.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add("welcome-intro");
        VBox headingText = new VBox(4, title, intro);
        headingText.setMinWidth(0);
        HBox.setHgrow(headingText, Priority.ALWAYS);
        HBox heading = new HBox(16, logo(), headingText);
        heading.setAlignment(Pos.CENTER_LEFT);

        Button start = new Button(Messages.get("welcome.start"));
        start.setId("welcome-start");
        start.setDefaultButton(true);
        start.getStyleClass().add("accent");
        start.disableProperty().bind(viewModel.complete().not());
        start.setOnAction(e -> {
            if (viewModel.save()) {
                onDone.run();
            }
        });
        start.setMinWidth(Region.USE_PREF_SIZE);
        Label privacy = new Label(Messages.get("welcome.privacy"));
        privacy.setWrapText(true);
        privacy.setMinHeight(Region.USE_PREF_SIZE);
        privacy.getStyleClass().add("form-help");
        // A greyed-out Start says what is still missing, right where the person looks for it.
        Label why = new Label();
        why.setId("welcome-start-why");
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        why.getStyleClass().add("form-reason");
        why.textProperty().bind(viewModel.whyIncomplete());
        why.visibleProperty().bind(why.textProperty().isNotEmpty());
        VBox notes = new VBox(4, why, privacy);
        notes.setMinWidth(0);
        HBox actions = new HBox(16, notes, start);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setMaxWidth(760);
        HBox.setHgrow(notes, Priority.ALWAYS);
        // Start stays in sight below the scrolling form, whatever the window's height.
        StackPane footer = new StackPane(actions);
        footer.getStyleClass().add("welcome-footer");

        ProfileForm form = new ProfileForm(viewModel);
        VBox card = new VBox(22, heading, form);
        card.getStyleClass().add("welcome-card");
        card.setMaxWidth(760);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setFillWidth(true);

        StackPane centred = new StackPane(card);
        centred.getStyleClass().add("welcome-page");
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        root.setCenter(scroll);
        root.setBottom(footer);
        // Above the card, not beside its title: the title keeps the card's whole width.
        root.setTop(textSizeButtons(textSize));
        TextSizeKeys.follow(root, textSize);
        // The text size buttons come first on the page, but a person starts with their name. Asked
        // for once the window is up: a window being shown gives the focus to its first control.
        root.sceneProperty().subscribe(scene -> {
            if (scene != null) {
                Platform.runLater(form::focusName);
            }
        });
    }

    /**
     * The welcome page has no menu bar, so larger and smaller text are buttons here; the keys
     * (Ctrl+plus, Ctrl+minus, Ctrl+0) work too.
     */
    private static Node textSizeButtons(TextSize textSize) {
        Button smaller = textSizeButton("welcome-text-smaller", "welcome.textSmaller", "menu.view.textSmaller", textSize::smaller);
        Button larger = textSizeButton("welcome-text-larger", "welcome.textLarger", "menu.view.textLarger", textSize::larger);
        HBox buttons = new HBox(4, smaller, larger);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("welcome-text-size");
        return buttons;
    }

    private static Button textSizeButton(String id, String textKey, String meaningKey, Runnable action) {
        Button button = new Button(Messages.get(textKey));
        button.setId(id);
        button.getStyleClass().add("flat");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setAccessibleText(Messages.get(meaningKey));
        button.setTooltip(new Tooltip(Messages.get(meaningKey)));
        button.setOnAction(e -> action.run());
        return button;
    }

    public Parent root() {
        return root;
    }

    private static ImageView logo() {
        ImageView view = new ImageView();
        var url = WelcomeView.class.getResource("/icons/skillgap-128.png");
        if (url != null) {
            view.setImage(new Image(url.toExternalForm(), 72, 72, true, true));
        }
        return view;
    }
}
