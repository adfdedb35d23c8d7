package org.skillgap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.controlsfx.control.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * WCAG contrast of SkillGap's colours in both themes, as the CSS engine resolves them: the
 * AtlantaFX theme plus skillgap.css, on probes built with the screens' style classes. Text needs
 * 4.5:1, the parts of a control one must see (stars) 3:1, each against the background it is on,
 * translucent tints laid over the row they sit on.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeContrastTest {

    private static final double TEXT = 4.5;
    private static final double UI_PART = 3.0;

    private Stage stage;
    private final List<String> failures = new ArrayList<>();
    private final List<String> figures = new ArrayList<>();

    /** Its own window, so the shared test window keeps its size and scene for the tests that follow. */
    @Start
    void start(Stage shared) {
        stage = new Stage();
        stage.setScene(new Scene(new VBox(), 600, 400));
        stage.show();
    }

    @org.junit.jupiter.api.AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
    }

    @org.junit.jupiter.api.AfterEach
    void printFigures() {
        if (Boolean.getBoolean("contrast.print")) {
            figures.forEach(System.out::println);
        }
    }

    @Test
    void starsStandOutFromTheRowAndTheSelectedRow(FxRobot robot) {
        for (boolean dark : new boolean[] {false, true}) {
            ListView<String> list = skillList(robot, dark);
            for (int row = 0; row < 2; row++) {
                ListCell<?> cell = cell(list, row);
                String where = theme(dark) + (cell.isSelected() ? " selected row" : " row");
                Color rowBackground = backgroundBehind(cell, true);
                Rating rating = (Rating) cell.getGraphic().lookup(".skill-rating");
                List<Node> stars = new ArrayList<>(rating.lookupAll(".button"));
                assertThat(stars).hasSize(5);
                check(where + ": filled star", fill((Region) stars.get(0)), rowBackground, UI_PART);
                check(where + ": empty star", fill((Region) stars.get(4)), rowBackground, UI_PART);
            }
        }
        assertThat(failures).as(String.join("\n", figures)).isEmpty();
    }

    @Test
    void targetBadgeTextIsReadableOnItsTint(FxRobot robot) {
        for (boolean dark : new boolean[] {false, true}) {
            ListView<String> list = skillList(robot, dark);
            // Each badge (met, below, must-have) on a plain row and on the selected row.
            for (int selected = 0; selected < list.getItems().size(); selected++) {
                int select = selected;
                robot.interact(() -> {
                    list.getSelectionModel().select(select);
                    list.applyCss();
                    list.layout();
                });
                for (int row = 0; row < list.getItems().size(); row++) {
                    ListCell<?> cell = cell(list, row);
                    for (Node badge : cell.getGraphic().lookupAll(".skill-target")) {
                        Label label = (Label) badge;
                        check(theme(dark) + (cell.isSelected() ? " selected row" : " row") + ": badge "
                                        + label.getStyleClass(),
                                (Color) label.getTextFill(), backgroundBehind(label, true), TEXT);
                    }
                }
            }
        }
        assertThat(failures).as(String.join("\n", figures)).isEmpty();
    }

    @Test
    void hintsHelpAndProblemsAreReadableOnThePage(FxRobot robot) {
        for (boolean dark : new boolean[] {false, true}) {
            VBox page = new VBox(label("keyboard-hint"), label("form-help"), label("form-problem"),
                    label("form-reason"), new HoursField("hours", new HoursEntry(
                            new javafx.beans.property.SimpleIntegerProperty(0))));
            page.getStyleClass().add("screen-content");
            VBox card = new VBox(label("form-help"), label("welcome-intro"), label("form-problem"));
            card.getStyleClass().add("welcome-card");
            show(robot, new VBox(page, card), dark);
            robot.interact(() -> {
                for (Node node : page.lookupAll(".label")) {
                    Label label = (Label) node;
                    check(theme(dark) + " page: " + label.getStyleClass(), (Color) label.getTextFill(),
                            backgroundBehind(label, false), TEXT);
                }
                for (Node node : card.lookupAll(".label")) {
                    Label label = (Label) node;
                    check(theme(dark) + " welcome card: " + label.getStyleClass(), (Color) label.getTextFill(),
                            backgroundBehind(label, false), TEXT);
                }
            });
        }
        assertThat(failures).as(String.join("\n", figures)).isEmpty();
    }

    /** A list like the Assess screen's: a rating of 2 of 5 and a target badge per row, the first row selected. */
    private ListView<String> skillList(FxRobot robot, boolean dark) {
        ListView<String> list = new ListView<>(FXCollections.observableArrayList("met", "below", "must-have"));
        list.setId("skill-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Rating rating = new Rating(5, 2);
                rating.getStyleClass().add("skill-rating");
                Label badge = new Label("target 3");
                badge.getStyleClass().add("skill-target");
                badge.getStyleClass().addAll(item.equals("met") ? List.of("met")
                        : item.equals("below") ? List.of("below") : List.of("below", "must-have"));
                setGraphic(new HBox(8, rating, badge));
            }
        });
        show(robot, list, dark);
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        robot.interact(() -> {
            list.applyCss();
            list.layout();
        });
        return list;
    }

    private void show(FxRobot robot, Parent root, boolean dark) {
        robot.interact(() -> {
            Scene scene = new Scene(root, 600, 400);
            scene.setUserAgentStylesheet(Theme.baseStylesheet(dark));
            Theme.addAppStylesheet(scene);
            stage.setScene(scene);
            root.applyCss();
            root.layout();
        });
    }

    private static ListCell<?> cell(ListView<String> list, int index) {
        return list.lookupAll(".list-cell").stream()
                .map(n -> (ListCell<?>) n)
                .filter(c -> c.getIndex() == index)
                .findFirst().orElseThrow();
    }

    private static Label label(String styleClass) {
        Label label = new Label("Sample text");
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static String theme(boolean dark) {
        return dark ? "dark" : "light";
    }

    private void check(String what, Color foreground, Color background, double needed) {
        Color shown = over(foreground, background);
        double ratio = contrast(shown, background);
        figures.add(String.format("%s: %s on %s = %.2f:1 (needs %.1f)", what, hex(shown), hex(background), ratio, needed));
        if (ratio < needed) {
            failures.add(what);
        }
    }

    /** The radar's rings and scale numbers: the theme's text colour made translucent, on its card. */
    @Test
    void theRadarsRingsAndScaleNumbersAreVisibleOnTheirCard(FxRobot robot) {
        for (boolean dark : new boolean[] {false, true}) {
            Label text = new Label("1");
            VBox card = new VBox(text);
            card.getStyleClass().add("chart-card");
            show(robot, new VBox(card), dark);
            Color page = backgroundBehind(text, false);
            Color ink = (Color) text.getTextFill();
            check(theme(dark) + ": radar rings", over(ink.deriveColor(0, 1, 1,
                    org.skillgap.gap.RadarLook.GRID_OPACITY), page), page, UI_PART);
            check(theme(dark) + ": radar scale numbers", over(ink.deriveColor(0, 1, 1,
                    org.skillgap.gap.RadarLook.SCALE_OPACITY), page), page, TEXT);
        }
        assertThat(failures).as(String.join("\n", figures)).isEmpty();
    }

    private static Color fill(Region region) {
        List<BackgroundFill> fills = region.getBackground().getFills();
        return (Color) fills.get(fills.size() - 1).getFill();
    }

    /**
     * The colour a person sees behind {@code node}: the backgrounds from the window down, each
     * translucent one laid over what is below; {@code self} includes the node's own background.
     */
    private static Color backgroundBehind(Node node, boolean self) {
        List<Node> chain = new ArrayList<>();
        for (Node n = self ? node : node.getParent(); n != null; n = n.getParent()) {
            chain.add(0, n);
        }
        Color seen = node.getScene().getFill() instanceof Color c ? c : Color.WHITE;
        for (Node n : chain) {
            if (n instanceof Region region && region.getBackground() != null) {
                for (BackgroundFill f : region.getBackground().getFills()) {
                    if (f.getFill() instanceof Color c) {
                        seen = over(c, seen);
                    }
                }
            }
        }
        return seen;
    }

    private static Color over(Color top, Color below) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + below.getRed() * (1 - a),
                top.getGreen() * a + below.getGreen() * (1 - a),
                top.getBlue() * a + below.getBlue() * (1 - a));
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
