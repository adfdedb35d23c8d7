package org.skillgap.ui.postings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.EnglishLocale;
import org.skillgap.model.PostingCorrection;
import org.skillgap.model.SavedPosting;
import org.skillgap.posting.Emphasis;
import org.skillgap.ui.InlineWork;
import org.skillgap.ui.RecordingDialogs;
import org.skillgap.ui.SessionFixture;

/** The Postings screen's state and commands, without the toolkit, over a real store. */
@EnglishLocale
class PostingsViewModelTest {

    @TempDir
    Path temp;

    private SessionFixture fixture;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final InlineWork work = new InlineWork();
    private PostingsViewModel viewModel;

    @BeforeEach
    void open() {
        fixture = SessionFixture.withProfile(temp);
        viewModel = new PostingsViewModel(fixture.session, dialogs, work);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static String posting(String name) throws Exception {
        return Files.readString(Path.of(PostingsViewModelTest.class.getResource("/postings/" + name).toURI()));
    }

    /** Keeping goes through the store's writer thread; its result comes back there without the toolkit. */
    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }

    private PostingDetail detail() {
        return viewModel.detailProperty().get();
    }

    private PostingRow keepPasted(String name) throws Exception {
        int before = viewModel.rowsProperty().get().size();
        viewModel.pastedProperty().set(posting(name));
        viewModel.addPasted();
        waitFor(() -> !viewModel.readingProperty().get());
        assertThat(viewModel.rowsProperty().get()).hasSize(before + 1);
        return detail().row().orElseThrow();
    }

    @Test
    void pastingAPostingKeepsItShowsItsFitItsMarkedPhrasesAndClearsTheTextArea() throws Exception {
        fixture.session.rate("cloud-computing", 4);

        PostingRow row = keepPasted("senior-pm-cloud-platform.md");

        assertThat(row.saved().title()).isEqualTo("Senior Product Manager, Cloud Infrastructure Platform");
        assertThat(viewModel.pastedProperty().get()).isEmpty();
        assertThat(viewModel.messageProperty().get()).contains("Kept \"Senior Product Manager");
        assertThat(detail().summary()).startsWith("Fit " + row.fit().readinessPercent() + " %")
                .contains("base profile Senior IT Product Manager").contains("required");
        List<TextPart> parts = detail().parts();
        assertThat(String.join("", parts.stream().map(TextPart::text).toList())).isEqualTo(row.posting().text());
        assertThat(parts).anySatisfy(p -> {
            assertThat(p.text()).isEqualTo("AWS");
            assertThat(p.skillId()).contains("cloud-computing");
            assertThat(p.emphasis()).contains(Emphasis.REQUIRED);
        });
        assertThat(detail().skills()).first().satisfies(line -> assertThat(line.required()).isTrue());
        assertThat(viewModel.ownTargetProperty().get()).startsWith("Your own target, ");
        assertThat(work.messages).containsExactly("Reading the posting\u2026");
        assertThat(fixture.stored().postings()).extracting(SavedPosting::title).containsExactly(row.saved().title());
    }

    @Test
    void onlySpacesAreNothingToKeep() {
        assertThat(viewModel.canKeepPasted().get()).as("nothing pasted").isFalse();
        viewModel.pastedProperty().set("  \n\t ");
        assertThat(viewModel.canKeepPasted().get()).as("only spaces and line breaks").isFalse();
        viewModel.pastedProperty().set("Senior Product Manager, cloud platform");
        assertThat(viewModel.canKeepPasted().get()).isTrue();
    }

    @Test
    void textThatIsNotAPostingIsRefusedWithTheReasonAndStaysToBeFixed() throws Exception {
        viewModel.pastedProperty().set("Boil four carrots with salt for twenty minutes.");
        viewModel.addPasted();

        assertThat(viewModel.messageProperty().get()).contains("This does not read like a job posting");
        assertThat(viewModel.pastedProperty().get()).isEqualTo("Boil four carrots with salt for twenty minutes.");
        assertThat(viewModel.rowsProperty().get()).isEmpty();
        assertThat(viewModel.readingProperty().get()).isFalse();

        viewModel.pastedProperty().set("   \n ");
        viewModel.addPasted();
        assertThat(viewModel.messageProperty().get()).contains("is empty");
        assertThat(fixture.stored().postings()).isEmpty();
    }

    @Test
    void aFileIsReadAndKeptUnderTheTitleGivenAndABinaryOneIsRefused() throws Exception {
        Path bad = Path.of(getClass().getResource("/postings-bad/image-renamed.md").toURI());
        dialogs.fileToOpen = Optional.of(bad);
        viewModel.openFile();
        assertThat(viewModel.messageProperty().get()).contains("is not text");

        viewModel.titleProperty().set("Retail PM at Northwind");
        viewModel.addFile(Path.of(getClass().getResource("/postings/pm-retail-ecommerce.html").toURI()));
        waitFor(() -> !viewModel.readingProperty().get());

        assertThat(detail().row().orElseThrow().saved().title()).isEqualTo("Retail PM at Northwind");
        assertThat(viewModel.titleProperty().get()).isEmpty();
        assertThat(fixture.stored().postings()).singleElement().satisfies(p -> assertThat(p.text()).doesNotContain("<"));
    }

    @Test
    void correctionsChangeTheSkillsAndTheFitAndAreKeptAcrossARestart() throws Exception {
        PostingRow row = keepPasted("senior-pm-cloud-platform.md");
        String described = detail().skills().stream().filter(l -> !l.required()).findFirst()
                .orElseThrow().skillId();
        String dropped = detail().skills().get(0).skillId();
        String added = detail().addable().get(0).id();

        viewModel.requireSkill(described);
        viewModel.dropSkill(dropped);
        viewModel.addSkill(added);

        assertThat(detail().skills()).filteredOn(l -> l.skillId().equals(described)).singleElement()
                .satisfies(l -> {
                    assertThat(l.required()).isTrue();
                    assertThat(l.correction()).contains(PostingCorrection.REQUIRED);
                });
        assertThat(detail().skills()).noneMatch(l -> l.skillId().equals(dropped));
        assertThat(detail().skills()).filteredOn(l -> l.skillId().equals(added)).singleElement()
                .satisfies(l -> assertThat(l.phrases()).isEmpty());
        assertThat(detail().addable()).noneMatch(s -> s.id().equals(added));
        assertThat(detail().parts()).noneMatch(p -> p.skillId().equals(Optional.of(dropped)));

        viewModel.undoCorrection(dropped);
        assertThat(detail().skills()).anyMatch(l -> l.skillId().equals(dropped));

        fixture.reopen();
        PostingsViewModel again = new PostingsViewModel(fixture.session, dialogs, work);
        again.selectedIdProperty().set(Optional.of(row.id()));
        assertThat(again.detailProperty().get().skills()).filteredOn(l -> l.skillId().equals(described)).singleElement()
                .satisfies(l -> assertThat(l.required()).isTrue());
        assertThat(again.detailProperty().get().skills()).anyMatch(l -> l.skillId().equals(added))
                .anyMatch(l -> l.skillId().equals(dropped));
    }

    @Test
    void followingAPostingMakesItTheTargetOfThePlanAndRemovingItAfterConfirmingGoesBackToTheRole() throws Exception {
        String ownTarget = fixture.session.target().id();
        PostingRow row = keepPasted("lead-pm-security.md");

        viewModel.followSelected(true);

        assertThat(fixture.session.target().name()).isEqualTo(row.saved().title() + " (job posting)");
        assertThat(fixture.session.gapReport().blockers()).anyMatch(g -> g.skill().id().equals("cybersecurity"));
        assertThat(fixture.session.plan().items()).anyMatch(i -> i.item().raises().stream()
                .anyMatch(r -> r.skillId().equals("cybersecurity")));
        assertThat(viewModel.rowsProperty().get()).singleElement().satisfies(r -> assertThat(r.followed()).isTrue());
        assertThat(fixture.stored().setting("followed-posting")).contains(Long.toString(row.id()));

        dialogs.answerConfirm = false;
        viewModel.removeSelected();
        assertThat(viewModel.rowsProperty().get()).hasSize(1);

        dialogs.answerConfirm = true;
        viewModel.removeSelected();
        assertThat(dialogs.of("confirm")).hasSize(2).allSatisfy(d -> assertThat(d.header()).contains(row.saved().title()));
        assertThat(viewModel.rowsProperty().get()).isEmpty();
        assertThat(detail().row()).isEmpty();
        assertThat(fixture.session.target().id()).isEqualTo(ownTarget);
        assertThat(fixture.stored().postings()).isEmpty();
    }
}
