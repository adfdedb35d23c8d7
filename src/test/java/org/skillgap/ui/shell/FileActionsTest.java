package org.skillgap.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.model.ItemStatus;
import org.skillgap.report.PageSize;
import org.skillgap.report.PlanReports;
import org.skillgap.store.Backups;
import org.skillgap.store.DataFolder;
import org.skillgap.ui.InlineWork;
import org.skillgap.ui.Preferences;
import org.skillgap.ui.RecordingDialogs;
import org.skillgap.ui.SessionFixture;

@org.skillgap.EnglishLocale
class FileActionsTest {

    @TempDir
    Path temp;

    private SessionFixture fixture;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final InlineWork work = new InlineWork();
    private final List<Path> opened = new ArrayList<>();
    private FileActions actions;
    private Preferences preferences;

    @BeforeEach
    void open() throws IOException {
        Path data = Files.createDirectories(temp.resolve("data"));
        fixture = SessionFixture.withProfile(data);
        fixture.session.saveProfile(fixture.session.profile().orElseThrow().withName("Zoë Ångström-Núñez"));
        preferences = Preferences.kept(fixture.session::setting, fixture.session::putSetting);
        actions = new FileActions(fixture.session, fixture.service, DataFolder.at(data), dialogs, work, opened::add,
                SessionFixture.CLOCK, preferences.pdfPageSize()::get);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void exportPdfWritesTheRealPlanAndOffersToOpenIt() throws IOException {
        Path pdf = temp.resolve("plan.pdf");
        dialogs.fileToSave = Optional.of(pdf);

        actions.exportPdf();

        assertThat(work.messages).containsExactly("Writing your plan as PDF\u2026");
        assertThat(dialogs.texts("error")).isEmpty();
        assertThat(opened).containsExactly(pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Zoë Ångström-Núñez");
            assertThat(text).contains(fixture.session.plan().items().get(0).item().title().substring(0, 20));
        }
    }

    @Test
    void theExportedPdfIsOfferedWithOpenAndNotNow() {
        dialogs.fileToSave = Optional.of(temp.resolve("plan.pdf"));
        dialogs.answerConfirm = false;

        actions.exportPdf();

        assertThat(dialogs.of("confirm")).singleElement()
                .satisfies(shown -> assertThat(shown.choices()).containsExactly("Open", "Not now"));
        assertThat(opened).as("Not now opens nothing").isEmpty();
    }

    @Test
    void exportCalendarWritesTheOpenStepsAndSaysHowManyEventsAndWhatToDoWithThem() throws Exception {
        Path ics = temp.resolve("plan.ics");
        dialogs.fileToSave = Optional.of(ics);
        String started = fixture.session.plan().items().stream().filter(i -> i.isOpenWork()).findFirst()
                .orElseThrow().item().id();
        fixture.session.setStatus(started, ItemStatus.DONE);

        actions.exportCalendar();

        assertThat(work.messages).containsExactly("Writing your plan as a calendar file\u2026");
        assertThat(dialogs.texts("error")).isEmpty();
        List<VEvent> events;
        try (var in = Files.newBufferedReader(ics)) {
            events = new CalendarBuilder().build(in).getComponents(Component.VEVENT);
        }
        long open = fixture.session.plan().items().stream().filter(i -> i.isOpenWork()).count();
        assertThat(events).hasSize((int) open + 1);
        assertThat(events).extracting(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .doesNotContain(fixture.catalog.item(started).orElseThrow().title())
                .contains("Re-assess your skills");
        assertThat(dialogs.of("information")).singleElement().satisfies(shown -> {
            assertThat(shown.header()).isEqualTo((open + 1) + " events are ready for your calendar.");
            assertThat(shown.body()).contains(ics.toString()).contains("updated, not doubled");
        });
    }

    @Test
    void aCalendarIntoAMissingFolderEndsInAnErrorNamingIt() {
        Path missing = temp.resolve("gone");
        dialogs.fileToSave = Optional.of(missing.resolve("plan.ics"));

        actions.exportCalendar();

        assertThat(dialogs.of("error")).singleElement().satisfies(shown -> {
            assertThat(shown.title()).isEqualTo("Calendar not written");
            assertThat(shown.body()).contains(missing.toString()).contains("does not exist");
        });
        assertThat(missing).doesNotExist();
    }

    @Test
    void thePageSizeChosenInTheMenuIsThePdfsPaper() throws IOException {
        for (PageSize size : PageSize.values()) {
            preferences.pdfPageSize().set(size);
            Path pdf = temp.resolve(size + ".pdf");
            actions.exportPdfTo(pdf);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                // Points: US Letter is 612 wide, A4 595.
                assertThat(document.getPage(0).getMediaBox().getWidth())
                        .isCloseTo(size == PageSize.LETTER ? 612f : 595f, org.assertj.core.data.Offset.offset(1f));
            }
        }
        assertThat(fixture.stored().setting(PlanReports.PAGE_SIZE_SETTING)).as("the last choice, kept for next time").contains("letter");
    }

    @Test
    void dataExportedHereAndImportedElsewhereBringsEverythingAlong() throws IOException {
        String skill = fixture.catalog.skills().get(3).id();
        String item = fixture.catalog.items().get(2).id();
        fixture.session.rate(skill, 4);
        fixture.session.saveNote(skill, "Led two discovery sprints");
        fixture.session.setStatus(item, ItemStatus.DONE);
        Path json = temp.resolve("export.json");
        actions.exportDataTo(json);
        assertThat(json).exists();

        Path otherData = Files.createDirectories(temp.resolve("other"));
        try (SessionFixture other = new SessionFixture(otherData)) {
            RecordingDialogs otherDialogs = new RecordingDialogs();
            FileActions otherActions = new FileActions(other.session, other.service, DataFolder.at(otherData),
                    otherDialogs, new InlineWork(), p -> { }, SessionFixture.CLOCK, () -> PageSize.A4);
            otherActions.importDataFrom(json);
            other.settle();

            assertThat(otherDialogs.texts("error")).isEmpty();
            assertThat(otherDialogs.texts("confirm")).hasSize(1);
            assertThat(other.session.assessment().rating(skill)).hasValue(4);
            assertThat(other.session.notesProperty().get()).containsEntry(skill, "Led two discovery sprints");
            assertThat(other.session.statusesProperty().get()).containsEntry(item, ItemStatus.DONE);
            assertThat(other.session.profile().orElseThrow().name()).isEqualTo("Zoë Ångström-Núñez");
            assertThat(Backups.list(DataFolder.at(otherData))).hasSize(1);
        }
    }

    @Test
    void aBadFileIsRefusedWithTheProblemAndChangesNothing() throws IOException {
        fixture.session.rate(fixture.catalog.skills().get(0).id(), 2);
        Path bad = Files.writeString(temp.resolve("bad.json"),
                "{\"format\": \"skillgap\", \"version\": 1, \"ratings\": {\"" + fixture.catalog.skills().get(0).id()
                        + "\": 9}}");
        var before = fixture.stored().readAll();

        actions.importDataFrom(bad);

        assertThat(dialogs.texts("error")).singleElement().asString().contains("This file cannot be imported").contains("9");
        assertThat(dialogs.texts("confirm")).isEmpty();
        assertThat(fixture.stored().readAll()).isEqualTo(before);
    }

    @Test
    void aReviewFormMadeFromTheFileMenuComesBackFilledAndABadOneIsRefusedWithNothingChanged() throws Exception {
        String skill = fixture.catalog.skills().get(0).id();
        fixture.session.rate(skill, 4);
        Path form = temp.resolve("review.pdf");
        dialogs.fileToSave = Optional.of(form);

        actions.requestReview();
        fixture.settle();
        fixture.settle();

        assertThat(dialogs.texts("information")).singleElement().asString()
                .contains("Send this form to your reviewer").contains(form.toString());
        Path filled = temp.resolve("filled.pdf");
        try (PDDocument document = Loader.loadPDF(form.toFile())) {
            var acroForm = document.getDocumentCatalog().getAcroForm();
            acroForm.getField("reviewer_name").setValue("Ana Lima");
            acroForm.getField("level_" + skill).setValue("1 Aware");
            document.save(filled.toFile());
        }
        Path plain = temp.resolve("plain.pdf");
        Files.copy(Path.of("src/test/resources/review-bad/plain.pdf"), plain);
        var before = fixture.stored().readAll();

        actions.importReviewFrom(plain);
        fixture.settle();
        fixture.settle();

        assertThat(dialogs.texts("error")).singleElement().asString().contains("is not a SkillGap review form");
        assertThat(fixture.stored().readAll()).isEqualTo(before);

        actions.importReviewFrom(filled);
        fixture.settle();
        fixture.settle();

        assertThat(dialogs.texts("information")).last().asString().contains("Review by Ana Lima imported")
                .contains("1 skill rated, 1 disagreement of 2 levels or more");
        assertThat(fixture.session.reviewsProperty().get().latest()).isPresent();
        assertThat(fixture.session.assessment().rating(skill)).hasValue(4);
    }

    @Test
    void answeringNoToTheImportQuestionChangesNothing() throws IOException {
        Path json = temp.resolve("mine.json");
        actions.exportDataTo(json);
        fixture.session.rate(fixture.catalog.skills().get(0).id(), 5);
        var before = fixture.stored().readAll();
        dialogs.answerConfirm = false;

        actions.importDataFrom(json);

        assertThat(fixture.stored().readAll()).isEqualTo(before);
    }
}
