package org.skillgap.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.skillgap.model.Dates;
import org.skillgap.model.ItemStatus;
import org.skillgap.ui.SessionFixture;
import org.skillgap.ui.ScreenStage;

@ExtendWith(ApplicationExtension.class)
class PlanViewTest {

    private SessionFixture fixture;
    private Stage stage;
    private final List<String> reRated = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = SessionFixture.withProfile(Files.createTempDirectory("plan-view"));
        PlanView view = new PlanView(new PlanViewModel(fixture.session, reRated::add));
        ScreenStage.show(stage, view.root());
    }

    private Runnable restoreSize = () -> { };

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.setupFixture(restoreSize);
        fixture.close();
    }

    @Test
    void tickingTheFirstItemMarksItDoneAndOffersToReRateItsSkills(FxRobot robot) {
        String before = robot.lookup("#plan-progress-text").queryAs(Label.class).getText();

        robot.clickOn(robot.lookup(".plan-cell .check-box").<javafx.scene.Node>query());

        assertThat(robot.lookup("#plan-progress-text").queryAs(Label.class).getText()).isNotEqualTo(before)
                .startsWith("1 done of");
        assertThat(fixture.stored().itemStatuses()).containsValue(ItemStatus.DONE);
        assertThat(robot.lookup("#rerate-suggestion").query().isVisible()).isTrue();
        robot.clickOn(robot.lookup("#rerate-suggestion .hyperlink").<javafx.scene.Node>query());
        assertThat(reRated).hasSize(1);
    }

    /** Focuses the list at its first step, as Tab or a click would. */
    private ListView<PlanEntry> focusFirstStep(FxRobot robot) {
        ListView<PlanEntry> list = robot.lookup("#plan-list").queryListView();
        robot.interact(() -> {
            list.requestFocus();
            list.getFocusModel().focus(1);
        });
        return list;
    }

    private PlanRow focusedRow(ListView<PlanEntry> list) {
        return (PlanRow) list.getFocusModel().getFocusedItem();
    }

    @Test
    void spaceOnAFocusedRowTicksItDoneAndSpaceAgainUnticksIt(FxRobot robot) {
        ListView<PlanEntry> list = focusFirstStep(robot);
        String id = focusedRow(list).id();

        robot.type(KeyCode.SPACE);

        assertThat(fixture.stored().itemStatuses()).containsEntry(id, ItemStatus.DONE);
        assertThat(robot.lookup("#plan-progress-text").queryAs(Label.class).getText()).startsWith("1 done of");
        assertThat(robot.lookup(".choice-box").queryAllAs(ChoiceBox.class)).noneMatch(ChoiceBox::isShowing);
        assertThat(list.isFocused()).isTrue();
        assertThat(focusedRow(list)).as("the focus stays on a step").isNotNull();

        // The ticked step moved to "Done and skipped"; tick it back from there.
        robot.interact(() -> list.getFocusModel().focus(indexOf(list, id)));
        robot.type(KeyCode.SPACE);
        assertThat(fixture.stored().itemStatuses()).containsEntry(id, ItemStatus.TODO);
    }

    private static int indexOf(ListView<PlanEntry> list, String id) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof PlanRow r && r.id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void enterOpensTheFocusedRowToShowEverythingAboutTheStep(FxRobot robot) {
        ListView<PlanEntry> list = focusFirstStep(robot);
        String id = focusedRow(list).id();
        assertThat(robot.lookup(".item-full").queryAllAs(Label.class)).noneMatch(Node::isVisible);

        robot.type(KeyCode.ENTER);

        assertThat(((PlanRow) list.getItems().get(indexOf(list, id))).expanded()).isTrue();
        assertThat(robot.lookup(".plan-cell.expanded .item-full").queryAs(Label.class))
                .satisfies(full -> {
                    assertThat(full.isVisible()).isTrue();
                    assertThat(full.getText()).contains("Effort:", focusedRow(list).why());
                });
        assertThat(fixture.stored().itemStatuses()).doesNotContainKey(id);

        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup(".item-full").queryAllAs(Label.class)).noneMatch(Node::isVisible);
    }

    @Test
    void doubleClickingARowOpensIt(FxRobot robot) {
        // A double-click as the toolkit reports it (a robot's two clicks may come too far apart on a busy machine).
        Node title = robot.lookup(".plan-cell .item-title").query();
        robot.interact(() -> title.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED,
                0, 0, 0, 0, javafx.scene.input.MouseButton.PRIMARY, 2, false, false, false, false,
                true, false, false, true, false, true, null)));

        assertThat(robot.lookup(".plan-cell.expanded .item-full").queryAs(Label.class).isVisible()).isTrue();
        assertThat(fixture.stored().itemStatuses()).isEmpty();
    }

    @Test
    void theReadyByDateSaysOnScreenWhichStepSetsIt(FxRobot robot) {
        Label reason = robot.lookup("#ready-by-reason").queryAs(Label.class);
        String setter = fixture.session.plan().dateSetter().orElseThrow().item().title();

        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).contains(setter);
        assertThat(robot.lookup("#ready-by").queryAs(Label.class).getTooltip().getText())
                .contains("Study track", "Experience track");
    }

    @Test
    void truncatedRowTextHasATooltipWithTheWholeStep(FxRobot robot) {
        Label details = robot.lookup(".plan-cell .item-details").queryAs(Label.class);
        Label badge = robot.lookup(".plan-cell .type-badge").queryAs(Label.class);

        assertThat(details.getTooltip().getText()).contains(details.getText().split(" \u00b7 ")[0]);
        assertThat(badge.getTooltip().getText()).isEqualTo(badge.getText());
    }

    @Test
    void atTheSmallestWindowBadgesFiltersAndTheHoursLabelAreNotCutShort(FxRobot robot) throws Exception {
        // The app's smallest window is 800x560; the navigation takes 170 of it.
        // The toolkit keeps one stage for every test class: give it back its size afterwards.
        restoreSize = org.skillgap.ui.ScreenStage.resize(stage, 630, 520);

        List<Labeled> shown = new ArrayList<>();
        shown.addAll(robot.lookup(".plan-cell .type-badge").queryAllAs(Labeled.class));
        shown.addAll(robot.lookup(n -> n instanceof Label l && "Hours per week".equals(l.getText())).queryAllAs(Labeled.class));
        // A spare cell the list keeps below the last row has not been laid out and draws nothing.
        shown.removeIf(label -> displayed(label).isEmpty());
        assertThat(shown).hasSizeGreaterThan(2);
        assertThat(shown).allSatisfy(label -> assertThat(displayed(label)).as(label.getText()).isEqualTo(label.getText()));
        for (String id : List.of("#filter-type", "#filter-status", "#grouping")) {
            ComboBox<?> box = robot.lookup(id).queryAs(ComboBox.class);
            assertThat(box.getWidth()).as(id).isGreaterThanOrEqualTo(box.prefWidth(-1) - 0.5);
        }
    }

    /** The cell that shows the step {@code id}, scrolled into view. */
    private PlanCell cellOf(FxRobot robot, String id) {
        ListView<PlanEntry> list = robot.lookup("#plan-list").queryListView();
        robot.interact(() -> list.scrollTo(indexOf(list, id)));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".plan-cell").queryAllAs(PlanCell.class).stream()
                .filter(c -> c.getItem() instanceof PlanRow r && r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void iHoldThisRefusesADateInTheFutureThenShowsHeldSinceAndRenewByAndCanBeUndone(FxRobot robot) {
        ListView<PlanEntry> list = robot.lookup("#plan-list").queryListView();
        String id = list.getItems().stream().filter(e -> e instanceof PlanRow r && r.hold() == PlanRow.Hold.CAN_HOLD)
                .map(e -> ((PlanRow) e).id()).findFirst().orElseThrow();

        robot.clickOn(robot.from(cellOf(robot, id)).lookup(".hold-certification").<Node>query());
        DatePicker picker = robot.from(cellOf(robot, id)).lookup(".held-earned").queryAs(DatePicker.class);
        assertThat(picker.getValue()).as("today to start with").isEqualTo(LocalDate.of(2026, 11, 30));

        robot.doubleClickOn(picker.getEditor());
        robot.interact(() -> picker.getEditor().selectAll());
        robot.write(picker.getConverter().toString(LocalDate.of(2026, 12, 24)));
        robot.clickOn(robot.from(cellOf(robot, id)).lookup(".held-save").<Node>query());

        Label problem = robot.from(cellOf(robot, id)).lookup(".held-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("in the future");
        assertThat(fixture.stored().heldCertifications()).isEmpty();

        PlanCell cell = cellOf(robot, id);
        DatePicker again = robot.from(cell).lookup(".held-earned").queryAs(DatePicker.class);
        robot.interact(() -> again.getEditor().selectAll());
        robot.clickOn(again.getEditor());
        robot.interact(() -> again.getEditor().selectAll());
        robot.write(again.getConverter().toString(LocalDate.of(2025, 5, 1)));
        robot.clickOn(robot.from(cell).lookup(".held-save").<Node>query());

        assertThat(fixture.stored().heldCertifications()).containsEntry(id, LocalDate.of(2025, 5, 1));
        PlanCell held = cellOf(robot, id);
        String dates = robot.from(held).lookup(".item-dates").queryAs(Label.class).getText();
        assertThat(dates).startsWith("Held since ").contains(Dates.format(LocalDate.of(2025, 5, 1)));
        assertThat(((PlanRow) held.getItem()).status()).isEqualTo(ItemStatus.DONE);
        assertThat(robot.lookup("#plan-progress-text").queryAs(Label.class).getText()).startsWith("1 done of");

        // As a person would, bring the row fully into view before clicking in it.
        robot.interact(() -> robot.lookup("#plan-list").queryListView().scrollTo(held.getItem()));
        robot.clickOn(robot.from(cellOf(robot, id)).lookup(".release-certification").<Node>query());

        assertThat(fixture.stored().heldCertifications()).isEmpty();
        assertThat(robot.lookup("#plan-progress-text").queryAs(Label.class).getText()).startsWith("0 done of");
        assertThat(robot.from(cellOf(robot, id)).lookup(".hold-certification").query().isVisible()).isTrue();
    }

    @Test
    void aDateTypedInIHoldThisIsSavedWithEnterAndEscapeLeavesItUnsaved(FxRobot robot) {
        ListView<PlanEntry> list = robot.lookup("#plan-list").queryListView();
        List<String> holdable = list.getItems().stream()
                .filter(e -> e instanceof PlanRow r && r.hold() == PlanRow.Hold.CAN_HOLD)
                .map(e -> ((PlanRow) e).id()).toList();
        assertThat(holdable).as("the plan has two certifications to hold").hasSizeGreaterThan(1);
        String id = holdable.get(0);

        robot.clickOn(robot.from(cellOf(robot, id)).lookup(".hold-certification").<Node>query());
        DatePicker picker = robot.from(cellOf(robot, id)).lookup(".held-earned").queryAs(DatePicker.class);
        robot.clickOn(picker.getEditor());
        robot.interact(() -> picker.getEditor().selectAll());
        robot.write(picker.getConverter().toString(LocalDate.of(2025, 5, 1)));
        robot.type(KeyCode.ENTER);

        assertThat(fixture.stored().heldCertifications()).containsEntry(id, LocalDate.of(2025, 5, 1));
        assertThat(robot.from(cellOf(robot, id)).lookup(".item-dates").queryAs(Label.class).getText())
                .startsWith("Held since ");

        String other = holdable.get(1);
        robot.interact(() -> list.scrollTo(indexOf(list, other)));
        robot.clickOn(robot.from(cellOf(robot, other)).lookup(".hold-certification").<Node>query());
        DatePicker second = robot.from(cellOf(robot, other)).lookup(".held-earned").queryAs(DatePicker.class);
        robot.clickOn(second.getEditor());
        robot.type(KeyCode.ESCAPE);

        assertThat(fixture.stored().heldCertifications()).doesNotContainKey(other);
        assertThat(robot.from(cellOf(robot, other)).lookup(".hold-certification").query().isVisible()).isTrue();
    }

    /** The text a label actually draws: ends in "…" when it was cut. */
    private static String displayed(Labeled label) {
        Text text = (Text) label.lookup(".text");
        return text == null ? label.getText() : text.getText();
    }
}
