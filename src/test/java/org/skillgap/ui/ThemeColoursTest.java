package org.skillgap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every colour resources/styles/skillgap.css gives text is readable (4.5:1) on both backgrounds
 * the screens use (the page and the panels), in light and dark; each badge's text on its own
 * colour too; and the colours that mark a part one must see (the focus ring, the chart's bars and
 * line) stand out 3:1 from the page. The colours are read from the stylesheet itself, so a colour
 * added there is checked without a change here. ThemeContrastTest checks the composed cases (a
 * tint over a selected row, the stars).
 */
@ExtendWith(ApplicationExtension.class)
class ThemeColoursTest {

    private static final Path CSS = Path.of("resources", "styles", "skillgap.css");
    private static final Pattern DECLARATION = Pattern.compile("(-fx-[a-z-]+)\\s*:\\s*([^;]+);");
    private static final Pattern COLOUR = Pattern.compile("-color-[a-z-]+|#[0-9a-fA-F]{6}\\b|#[0-9a-fA-F]{3}\\b|\\bwhite\\b");
    private static final Pattern BADGE = Pattern.compile("\\.type-badge(?:\\.type-[a-z]+)?\\s*\\{[^}]*?-fx-background-color:\\s*([^;]+);");
    private static final List<String> PAGES = List.of("-color-bg-default", "-color-bg-subtle");

    private Stage stage;
    private final List<String> failures = new ArrayList<>();

    @Start
    void start(Stage shared) {
        stage = new Stage();
        stage.setScene(new Scene(new VBox(), 100, 100));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void everyTextColourIsReadableOnThePageAndThePanels(FxRobot robot) throws IOException {
        Set<String> text = colours("-fx-text-fill");
        text.remove("white");
        assertThat(text).contains("-color-fg-muted", "-color-accent-fg", "-color-danger-fg");
        for (boolean dark : new boolean[] {false, true}) {
            for (String ink : text) {
                for (String page : PAGES) {
                    check(robot, dark, ink, page, 4.5);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void eachTypeBadgesTextIsReadableOnItsColour(FxRobot robot) throws IOException {
        Matcher m = BADGE.matcher(Files.readString(CSS));
        int badges = 0;
        while (m.find()) {
            badges++;
            for (boolean dark : new boolean[] {false, true}) {
                check(robot, dark, "white", m.group(1).strip(), 4.5);
            }
        }
        assertThat(badges).as("the default badge and one per item type").isEqualTo(8);
        assertThat(failures).isEmpty();
    }

    @Test
    void theFocusRingAndTheChartsColoursStandOutFromThePage(FxRobot robot) throws IOException {
        Set<String> parts = colours("-fx-border-color");
        parts.addAll(colours("-fx-bar-fill"));
        parts.addAll(colours("-fx-stroke"));
        parts.remove("-color-border-default");
        assertThat(parts).contains("-color-accent-emphasis");
        for (boolean dark : new boolean[] {false, true}) {
            for (String part : parts) {
                for (String page : PAGES) {
                    check(robot, dark, part, page, 3.0);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /** Every colour the stylesheet gives {@code property}: theme colours by name, and literal ones. */
    private static Set<String> colours(String property) throws IOException {
        Set<String> found = new LinkedHashSet<>();
        String css = Files.readString(CSS).replaceAll("(?s)/\\*.*?\\*/", "");
        Matcher d = DECLARATION.matcher(css);
        while (d.find()) {
            if (d.group(1).equals(property)) {
                Matcher c = COLOUR.matcher(d.group(2));
                while (c.find()) {
                    found.add(c.group());
                }
            }
        }
        return found;
    }

    private void check(FxRobot robot, boolean dark, String ink, String page, double needed) {
        Color foreground = resolve(robot, dark, ink);
        Color background = resolve(robot, dark, page);
        Color shown = over(foreground, background);
        double ratio = ThemeContrastTest.contrast(shown, background);
        if (ratio < needed) {
            failures.add(String.format(Locale.ROOT, "%s: %s on %s is %.2f:1, needs %.1f:1", dark ? "dark" : "light", ink,
                    page, ratio, needed));
        }
    }

    /** A colour as the theme resolves it: a looked-up -color-* of AtlantaFX, or a literal. */
    private Color resolve(FxRobot robot, boolean dark, String colour) {
        Region probe = new Region();
        probe.setStyle("-fx-background-color: " + colour + ";");
        robot.interact(() -> {
            Scene scene = new Scene(new VBox(probe), 100, 100);
            scene.setUserAgentStylesheet(Theme.baseStylesheet(dark));
            Theme.addAppStylesheet(scene);
            stage.setScene(scene);
            probe.applyCss();
        });
        return (Color) probe.getBackground().getFills().get(0).getFill();
    }

    private static Color over(Color top, Color below) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + below.getRed() * (1 - a), top.getGreen() * a + below.getGreen() * (1 - a),
                top.getBlue() * a + below.getBlue() * (1 - a));
    }
}
