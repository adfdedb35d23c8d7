package org.skillgap.ui.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.skillgap.ui.DialogAnswers;
import org.skillgap.ui.FxDialogs;
import org.skillgap.ui.SessionFixture;
import org.skillgap.ui.ScreenStage;

@ExtendWith(ApplicationExtension.class)
class AssessViewTest {

    private SessionFixture fixture;
    private AssessView view;
    private AssessViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        fixture = SessionFixture.withProfile(Files.createTempDirectory("assess-view"));
        show();
    }

    private void show() {
        viewModel = new AssessViewModel(fixture.session, new FxDialogs(stage));
        view = new AssessView(viewModel);
        ScreenStage.show(stage, view.root());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void ratingWithTheKeyboardMovesReadinessAndTheGapList(FxRobot robot) {
        robot.interact(view::focusList);
        String readinessBefore = text(robot, "#readiness");
        String firstGapBefore = robot.lookup("#gap-list .gap-link").queryLabeled().getText();

        // The first unrated skill is chosen; rate it 5, move down, rate the next 5 too.
        robot.type(KeyCode.DIGIT5).type(KeyCode.DOWN).type(KeyCode.DIGIT5);

        assertThat(text(robot, "#rated-counter")).startsWith("Rated 2 of");
        assertThat(text(robot, "#readiness")).isNotEqualTo(readinessBefore);
        assertThat(fixture.stored().assessment().ratings()).hasSize(2).containsValue(5);
        // Rate every gap away from the top of the list: the list changes.
        robot.clickOn("#gap-list .gap-link");
        robot.type(KeyCode.DIGIT5);
        assertThat(robot.lookup("#gap-list .gap-link").queryLabeled().getText()).isNotEqualTo(firstGapBefore);
    }

    @Test
    void aScreenOpenedAfterManyRatingsShowsTheFirstUnratedSkillInItsFirstFrameWithItsLevelsBelow(FxRobot robot) {
        robot.interact(() -> fixture.catalog.skills().stream().limit(25).forEach(s -> fixture.session.rate(s.id(), 2)));
        // A new screen, shown without the keyboard being put in it: as the window's first frame.
        robot.interact(this::show);
        WaitForAsyncUtils.waitForFxEvents();

        SkillRow expected = viewModel.visibleEntries().stream()
                .filter(e -> e instanceof SkillRow r && !r.rated()).map(e -> (SkillRow) e).findFirst().orElseThrow();
        assertThat(viewModel.selectedProperty().get()).isSameAs(expected);
        assertThat(robot.lookup(".details-title").queryAs(Label.class).getText()).startsWith(expected.skill().name());
        assertThat(robot.lookup(".skill-cell").queryAll().stream()
                .filter(javafx.scene.Node::isVisible).map(n -> ((SkillCell) n).getItem()))
                .as("a row in sight shows the chosen skill").contains(expected);
    }

    @Test
    void theGapListsFollowEveryRatingAndEachLinkChoosesTheSkillItNamesNow(FxRobot robot) {
        for (var skill : fixture.catalog.skills()) {
            robot.interact(() -> viewModel.rate(skill.id(), 5));
            GapSummary summary = viewModel.gapSummary();
            assertThat(linkTexts(robot, "#gap-list")).as("after rating %s", skill.id())
                    .isEqualTo(summary.topGaps().stream().map(g -> g.skill().name()).toList());
            assertThat(linkTexts(robot, "#blocker-list"))
                    .isEqualTo(summary.blockers().stream().map(g -> g.skill().name()).toList());
            if (!summary.topGaps().isEmpty()) {
                var first = summary.topGaps().get(0);
                assertThat(robot.lookup("#gap-list .gap-detail").queryLabeled().getText())
                        .contains(Integer.toString(first.target()));
                // A link made for an earlier gap now names another skill: it must choose that one.
                robot.clickOn(robot.lookup("#gap-list .gap-link").queryLabeled());
                assertThat(viewModel.selectedProperty().get().id()).isEqualTo(first.skill().id());
            }
        }
        assertThat(robot.lookup("#gap-list .label").queryLabeled().getText()).isEqualTo("No gaps: you meet every target.");
        assertThat(robot.lookup("#blocker-list .label").queryLabeled().getText())
                .isEqualTo("None: every must-have skill meets its target.");
    }

    @Test
    void aSkillsTargetBadgeTurnsMetWhenRatedUpToItAndBelowWhenRatedDownAgain(FxRobot robot) {
        robot.interact(view::focusList);
        SkillRow row = viewModel.selectedProperty().get();
        int target = row.target().level();
        java.util.function.Supplier<java.util.List<String>> badge = () -> robot.lookup(".skill-cell").queryAll().stream()
                .filter(cell -> ((SkillCell) cell).getItem() == row).findFirst()
                .map(cell -> cell.lookup(".skill-target").getStyleClass().stream()
                        .filter(c -> c.equals("met") || c.equals("below")).toList())
                .orElseThrow();
        assertThat(badge.get()).containsExactly("below");

        robot.type(KeyCode.getKeyCode(Integer.toString(target)));
        assertThat(badge.get()).containsExactly("met");
        robot.type(KeyCode.getKeyCode(Integer.toString(target - 1)));
        assertThat(badge.get()).containsExactly("below");
    }

    private static java.util.List<String> linkTexts(FxRobot robot, String list) {
        return robot.lookup(list + " .gap-link").queryAllAs(javafx.scene.control.Hyperlink.class).stream()
                .filter(javafx.scene.Node::isVisible).map(javafx.scene.control.Hyperlink::getText).toList();
    }

    @Test
    void aDigitWithControlHeldDoesNotRateTheChosenSkill(FxRobot robot) {
        robot.interact(view::focusList);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertThat(text(robot, "#rated-counter")).startsWith("Rated 0 of");
        assertThat(fixture.stored().assessment().ratings()).isEmpty();
    }

    @Test
    void searchFiltersTheListAndEscapeClearsIt(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<AssessEntry> list = robot.lookup("#skill-list").queryAs(ListView.class);
        int all = list.getItems().size();
        robot.clickOn("#skill-search").write("cloud");
        assertThat(list.getItems().size()).isLessThan(all).isGreaterThan(1);
        robot.type(KeyCode.ESCAPE);
        assertThat(list.getItems()).hasSize(all);
    }

    @Test
    void aSearchThatLeavesFewRowsDrawsOnlyThoseAndClearingItBringsTheFirstRowsBack(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<AssessEntry> list = robot.lookup("#skill-list").queryAs(ListView.class);
        List<String> firstRows = shownSkillNames(robot);
        assertThat(firstRows).hasSizeGreaterThan(3);

        // Rows scrolled past and cells let go are reused: none may still draw a skill it showed.
        robot.clickOn("#skill-search").write("cloud");
        List<String> found = list.getItems().stream().filter(e -> e instanceof SkillRow)
                .map(e -> ((SkillRow) e).skill().name()).toList();
        assertThat(shownSkillNames(robot)).containsExactlyInAnyOrderElementsOf(found);

        // The list may now be taller (no skill chosen, so no levels below it), never out of order.
        robot.type(KeyCode.ESCAPE);
        assertThat(shownSkillNames(robot)).startsWith(firstRows.toArray(String[]::new));
    }

    /** The skill names a person sees in the list now, top to bottom. */
    private static List<String> shownSkillNames(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#skill-list .skill-name").queryAllAs(Label.class).stream()
                .filter(AssessViewTest::drawn)
                .sorted(Comparator.comparingDouble(label -> label.localToScene(0, 0).getY()))
                .map(Label::getText).toList();
    }

    private static boolean drawn(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aNoteTypedForASkillIsSavedAndShownOnItsRow(FxRobot robot) {
        robot.interact(view::focusList);
        robot.type(KeyCode.ENTER);
        robot.write("Wrote the backlog for our billing app");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.stored().notes()).containsValue("Wrote the backlog for our billing app");
        assertThat(robot.lookup(".skill-note").queryAll())
                .anyMatch(n -> ((Label) n).getText().equals("Wrote the backlog for our billing app"));

        // Emptied, the note leaves its row: no line of an old note, and no empty line either.
        robot.type(KeyCode.ENTER);
        robot.interact(() -> robot.lookup("#note-editor").queryAs(javafx.scene.control.TextArea.class).clear());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.stored().notes()).doesNotContainValue("Wrote the backlog for our billing app");
        assertThat(robot.lookup(".skill-note").queryAll()).noneMatch(n -> ((javafx.scene.Node) n).isVisible());
    }

    @Test
    void aNoteStopsGrowingAtTheLengthANoteMayHaveAndIsSavedWhole(FxRobot robot) {
        robot.interact(view::focusList);
        robot.type(KeyCode.ENTER);
        javafx.scene.control.TextArea editor = robot.lookup("#note-editor").queryAs(javafx.scene.control.TextArea.class);
        String longest = "n".repeat(org.skillgap.model.Texts.MAX_NOTE_CHARS);
        robot.interact(() -> editor.setText(longest));
        robot.write("more");
        robot.type(KeyCode.ESCAPE);

        assertThat(editor.getText()).hasSize(org.skillgap.model.Texts.MAX_NOTE_CHARS);
        assertThat(fixture.stored().notes()).containsValue(longest);
    }

    @Test
    void aRestartShowsTheSameRatings(FxRobot robot) {
        robot.interact(view::focusList);
        robot.type(KeyCode.DIGIT3);
        String counter = text(robot, "#rated-counter");
        String readiness = text(robot, "#readiness");

        robot.interact(() -> {
            fixture.reopen();
            show();
        });

        assertThat(text(robot, "#rated-counter")).isEqualTo(counter);
        assertThat(text(robot, "#readiness")).isEqualTo(readiness);
    }

    @Test
    void aMustHaveSkillRatedUpToItsTargetLeavesTheBlockerListAtOnce(FxRobot robot) {
        java.util.List<String> blockers = robot.lookup("#blocker-list .gap-link").queryAllAs(javafx.scene.control.Hyperlink.class)
                .stream().map(javafx.scene.control.Hyperlink::getText).toList();
        assertThat(blockers).isNotEmpty();

        // Clicking the first blocker chooses its skill; a 5 meets any target.
        robot.clickOn("#blocker-list .gap-link");
        robot.type(KeyCode.DIGIT5);

        assertThat(robot.lookup("#blocker-list .gap-link").queryAllAs(javafx.scene.control.Hyperlink.class))
                .extracting(javafx.scene.control.Hyperlink::getText)
                .doesNotContain(blockers.get(0))
                .containsExactlyElementsOf(blockers.subList(1, blockers.size()));
    }

    private Label ladder(FxRobot robot) {
        return robot.lookup(".level-ladder").queryAs(Label.class);
    }

    @Test
    void theLevelMarkerFollowsARatingOfTheChosenSkill(FxRobot robot) {
        robot.interact(view::focusList);
        robot.type(KeyCode.DIGIT1);
        assertThat(ladder(robot).getText()).contains("\u25b6 1 ");

        robot.type(KeyCode.DIGIT2);

        assertThat(ladder(robot).getText()).contains("\u25b6 2 ").doesNotContain("\u25b6 1 ");
    }

    @Test
    void tabLeavesTheNoteInsteadOfTypingATab(FxRobot robot) {
        robot.interact(view::focusList);
        robot.type(KeyCode.ENTER).write("Led the migration");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.TextArea note = robot.lookup("#note-editor").queryAs(javafx.scene.control.TextArea.class);
        assertThat(note.isFocused()).isFalse();
        assertThat(note.getText()).isEqualTo("Led the migration");
        assertThat(fixture.stored().notes()).containsValue("Led the migration");
    }

    @Test
    void enterEditsTheNoteOfTheSkillTheFocusIsOnEvenWhenItIsNotChosen(FxRobot robot) {
        robot.interact(view::focusList);
        @SuppressWarnings("unchecked")
        ListView<AssessEntry> list = robot.lookup("#skill-list").queryAs(ListView.class);
        int chosen = list.getSelectionModel().getSelectedIndex();
        // Focus the next row without choosing it, as Ctrl+Down or a search result leaves it.
        robot.interact(() -> list.getFocusModel().focus(chosen + 1));

        robot.type(KeyCode.ENTER).write("2024 launch");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(chosen + 1);
        assertThat(robot.lookup("#note-editor").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo("2024 launch");
        assertThat(fixture.stored().assessment().ratings()).as("the digits went into the note").isEmpty();
    }

    @Test
    void evidenceAddedInTheDetailsWithTheKeyboardIsSavedAndTheRowSaysItIsBacked(FxRobot robot) throws Exception {
        robot.interact(view::focusList);
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        SkillRow chosen = (SkillRow) robot.lookup("#skill-list").queryAs(ListView.class).getSelectionModel().getSelectedItem();
        assertThat(backingTexts(robot)).contains("Claimed, no evidence yet");

        // From the list into the note, on to "Add evidence…", and open it.
        robot.type(KeyCode.ENTER).type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#add-evidence").queryButton().isFocused()).isTrue();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        // An entry without a title is refused, and the dialog stays open saying why.
        robot.clickOn("#evidence-ok");
        assertThat(text(robot, "#evidence-problem")).contains("Evidence needs a title");
        robot.clickOn("#evidence-title").write("Ran the pricing experiment");
        robot.clickOn("#evidence-outcome").write("conversion up 12%");
        robot.clickOn("#evidence-ok");
        WaitForAsyncUtils.waitForFxEvents();
        fixture.settle();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.stored().evidence().all()).singleElement().satisfies(e -> {
            assertThat(e.skillId()).isEqualTo(chosen.id());
            assertThat(e.title()).isEqualTo("Ran the pricing experiment");
            assertThat(e.outcome()).isEqualTo("conversion up 12%");
            assertThat(e.date()).isEqualTo(java.time.LocalDate.of(2026, 11, 30));
        });
        assertThat(backingTexts(robot)).contains("Backed by 1 piece of evidence");
        assertThat(robot.lookup(".evidence-item .label").queryAll())
                .anyMatch(n -> ((Label) n).getText().contains("Ran the pricing experiment \u2014 conversion up 12%"));
        assertThat(chosen.accessibleTextProperty().get()).contains("Backed by 1 piece of evidence");

        // Removing asks first, in the real dialog: Cancel keeps the evidence, OK forgets it.
        robot.clickOn("Remove");
        DialogAnswers.answer(robot, false);
        fixture.settle();
        assertThat(fixture.stored().evidence().all()).as("Cancel keeps it").hasSize(1);
        robot.clickOn("Remove");
        DialogAnswers.answer(robot, true);
        fixture.settle();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.stored().evidence().all()).isEmpty();
        assertThat(backingTexts(robot)).contains("Claimed, no evidence yet");
    }

    @Test
    void theReviewersLevelShowsOnTheRowAndIsAdoptedFromTheDetails(FxRobot robot) {
        robot.interact(view::focusList);
        robot.type(KeyCode.DIGIT4);
        WaitForAsyncUtils.waitForFxEvents();
        SkillRow chosen = (SkillRow) robot.lookup("#skill-list").queryAs(ListView.class).getSelectionModel().getSelectedItem();
        fixture.stored().reviews().add(new org.skillgap.model.Review(0, "Ana Lima", "mentor",
                java.time.LocalDate.of(2026, 11, 20), "t", java.util.Map.of(chosen.id(), 2),
                java.util.Map.of(chosen.id(), "Not yet on her own.")));
        robot.interact(() -> fixture.session.reload());
        fixture.settle();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".skill-reviewer").queryAll().stream().filter(javafx.scene.Node::isVisible)
                .map(n -> ((Label) n).getText())).contains("Reviewer Ana Lima: 2");
        assertThat(text(robot, "#review-summary")).contains("Ana Lima (mentor) rated it 2", "Not yet on her own.");
        robot.clickOn("#adopt-review");
        fixture.settle();
        fixture.settle();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fixture.stored().assessment().ratings()).containsEntry(chosen.id(), 2);
        assertThat(chosen.level()).isEqualTo(2);
        assertThat(robot.lookup("#adopt-review").queryButton().isVisible()).isFalse();
    }

    private static java.util.List<String> backingTexts(FxRobot robot) {
        return robot.lookup(".skill-backing").queryAll().stream().filter(javafx.scene.Node::isVisible)
                .map(n -> ((Label) n).getText()).toList();
    }

    /** Tooltips are made on the first hover, not with every cell, and say the row's current state. */
    @Test
    void aSkillsTooltipsAreMadeOnHoverAndSayItsCurrentLevel(FxRobot robot) throws Exception {
        java.util.List<javafx.scene.control.Control> stars = robot.lookup(".skill-rating")
                .queryAllAs(javafx.scene.control.Control.class).stream().toList();
        assertThat(stars).isNotEmpty().allSatisfy(s -> assertThat(s.getTooltip()).as("none before a hover").isNull());

        robot.interact(view::focusList);
        robot.type(KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();
        SkillRow chosen = (SkillRow) robot.lookup("#skill-list").queryAs(ListView.class).getSelectionModel().getSelectedItem();
        javafx.scene.control.Control rated = stars.stream()
                .filter(s -> s.getParent() != null && s.getScene() != null)
                .filter(s -> ((javafx.scene.control.ListCell<?>) ancestorCell(s)).getItem() == chosen)
                .findFirst().orElseThrow();
        robot.moveTo(rated);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> rated.getTooltip() != null
                && rated.getTooltip().isShowing());
        assertThat(rated.getTooltip().getText()).isEqualTo(
                org.skillgap.model.Messages.get("assess.stars.tooltip", 3, org.skillgap.model.Level.of(3).displayName()));
        robot.moveTo("#readiness");
    }

    private static javafx.scene.Node ancestorCell(javafx.scene.Node node) {
        javafx.scene.Node at = node;
        while (at != null && !(at instanceof javafx.scene.control.ListCell)) {
            at = at.getParent();
        }
        return at;
    }
}
