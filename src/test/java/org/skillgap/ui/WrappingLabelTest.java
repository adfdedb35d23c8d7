package org.skillgap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A wrapped label or link that remembers its measured heights is always as tall as JavaFX's own
 * wrapped label with the same text, at the same width and size: its lines are never cut when
 * the text, the text size or the window's width changes.
 */
@ExtendWith(ApplicationExtension.class)
class WrappingLabelTest {

    private static final String SHORT = "Roadmaps";
    private static final String LONG = "Stakeholder management across engineering, sales and support, "
            + "with a roadmap everyone can read and a backlog ordered by value";

    private WrappingLabel label;
    private WrappingLink link;
    private Label plain;
    private VBox box;

    @Start
    void start(Stage stage) {
        label = new WrappingLabel(SHORT);
        link = new WrappingLink();
        plain = new Label(SHORT);
        plain.setWrapText(true);
        link.setText(SHORT);
        // Nested boxes, as in the gap panel: each level asks the label for its height again.
        box = new VBox(4, new VBox(new VBox(label)), new VBox(new VBox(link)), new VBox(new VBox(plain)));
        box.setPrefWidth(220);
        box.setMaxWidth(220);
        stage.setScene(new Scene(new VBox(box), 400, 1400));
        stage.show();
    }

    @Test
    void aLongerTextMakesItTallerAsJavaFxsOwnLabelWouldBe(FxRobot robot) {
        double oneLine = heightOf(label);
        setText(robot, LONG);

        assertThat(heightOf(label)).isGreaterThan(oneLine * 2).isEqualTo(heightOf(plain));
        assertThat(heightOf(link)).isGreaterThan(oneLine * 2);
        setText(robot, SHORT);
        assertThat(heightOf(label)).isEqualTo(oneLine).isEqualTo(heightOf(plain));
    }

    @Test
    void aLargerTextSizeAndANarrowerWindowMakeItTallerAsJavaFxsOwnLabelWouldBe(FxRobot robot) {
        setText(robot, LONG);
        double before = heightOf(label);
        robot.interact(() -> box.setStyle("-fx-font-size: 22px;"));
        WaitForAsyncUtils.waitForFxEvents();
        double larger = heightOf(label);
        assertThat(larger).isGreaterThan(before).isEqualTo(heightOf(plain));

        robot.interact(() -> {
            box.setPrefWidth(140);
            box.setMaxWidth(140);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(heightOf(label)).isGreaterThan(larger).isEqualTo(heightOf(plain));
        assertThat(label.getWidth()).isEqualTo(plain.getWidth());
    }

    private void setText(FxRobot robot, String text) {
        robot.interact(() -> List.<Labeled>of(label, link, plain).forEach(l -> l.setText(text)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double heightOf(Labeled labeled) {
        return labeled.getHeight();
    }
}
