package org.skillgap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.EnglishLocale;
import org.skillgap.catalog.Catalogs;
import org.skillgap.gap.PlanItem;
import org.skillgap.gap.Reassessment;
import org.skillgap.model.Assessment;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Catalog;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.Profile;
import org.skillgap.model.RatingChange;

/** The calendar file as a calendar program reads it: written to disk, parsed back with ical4j's parser. */
@EnglishLocale
class PlanCalendarExportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;

    private final Catalog catalog = Catalogs.bundled();
    private final Profile profile = new Profile("Zoë", catalog.profiles().get(1).id(),
            catalog.backgrounds().get(0).id(), 8);
    private final Path folder = Path.of("/home/zoe/.local/share/skillgap");

    private PlanCalendarExport.Data data(Profile who, Map<String, ItemStatus> statuses, Reassessment reassessment,
                                         Path dataFolder, Instant at) {
        return PlanCalendarExport.gather(catalog, who, Assessment.EMPTY, statuses, reassessment, dataFolder, at);
    }

    private static Reassessment notYetRated() {
        return new Reassessment(Reassessment.DEFAULT_WEEKS, java.util.Optional.empty(), TODAY);
    }

    private Calendar exportAndParse(PlanCalendarExport.Data data, String name) throws IOException, ParserException {
        Path file = dir.resolve(name);
        PlanCalendarExport.write(data, file);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new CalendarBuilder().build(in);
        }
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    private static String text(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElse("");
    }

    /** Summary to UID, for the steps of the plan. */
    private static Map<String, String> uidsBySummary(Calendar calendar) {
        return events(calendar).stream().collect(Collectors.toMap(e -> text(e, Property.SUMMARY),
                e -> text(e, Property.UID), (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void theRenewalOfAHeldCertificationIsAnAllDayEventOnItsDueDateWithAStableUid() throws Exception {
        Map<String, LocalDate> held = Map.of("csm", LocalDate.of(2025, 5, 1), "pspo-1", LocalDate.of(2024, 1, 10));
        PlanCalendarExport.Data first = PlanCalendarExport.gather(catalog, profile, Assessment.EMPTY, Map.of(), held,
                notYetRated(), folder, Instant.parse("2026-03-02T09:00:00Z"));
        PlanCalendarExport.Data later = PlanCalendarExport.gather(catalog, profile, Assessment.EMPTY,
                Map.of("csm", ItemStatus.TODO), held, notYetRated(), folder, Instant.parse("2026-04-02T09:00:00Z"));

        Calendar calendar = exportAndParse(first, "plan.ics");

        List<VEvent> renewals = events(calendar).stream()
                .filter(e -> text(e, Property.SUMMARY).startsWith("Renew ")).toList();
        // PSPO I never expires: only the CSM's renewal is in the calendar.
        assertThat(renewals).singleElement().satisfies(event -> {
            assertThat(text(event, Property.SUMMARY)).isEqualTo("Renew Certified ScrumMaster (CSM)");
            assertThat(event.getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2027, 5, 1));
            assertThat(event.getEndDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2027, 5, 2));
            assertThat(text(event, Property.DESCRIPTION)).contains("Held since May 1, 2025")
                    .contains("earn 20 SEUs and pay the $100 renewal fee").contains("Start by Feb 1, 2027");
            assertThat(text(event, Property.UID)).isEqualTo(PlanCalendarExport.uid(PlanCalendarExport.owner(folder), "renew:csm"));
        });
        // The held certification is done: no study event for it.
        assertThat(uidsBySummary(calendar)).doesNotContainKey("Certified ScrumMaster (CSM)");
        assertThat(first.eventCount()).isEqualTo(events(calendar).size());
        assertThat(uidsBySummary(exportAndParse(later, "again.ics")).get("Renew Certified ScrumMaster (CSM)"))
                .isEqualTo(text(renewals.get(0), Property.UID));
    }

    @Test
    void eachDatedOpenStepIsAnAllDayEventFromItsStartToItsDueDateSayingWhyAndItsEffort() throws Exception {
        PlanCalendarExport.Data data = data(profile, Map.of(), notYetRated(), folder, Instant.parse("2026-03-02T09:00:00Z"));
        List<PlanItem> open = data.plan().items().stream().filter(PlanItem::isOpenWork).toList();
        assertThat(open).hasSizeGreaterThan(3);

        Calendar calendar = exportAndParse(data, "plan.ics");

        List<VEvent> steps = events(calendar).stream()
                .filter(e -> !text(e, Property.SUMMARY).equals("Re-assess your skills")).toList();
        assertThat(steps).hasSize(open.size());
        assertThat(data.eventCount()).isEqualTo(open.size() + 1);
        for (int i = 0; i < open.size(); i++) {
            PlanItem step = open.get(i);
            VEvent event = steps.get(i);
            assertThat(text(event, Property.SUMMARY)).isEqualTo(step.item().title());
            // A DATE value (an all-day event), ending the day after the due date: the due date is included.
            assertThat(event.getStartDate().orElseThrow().getDate()).isEqualTo(step.start());
            assertThat(event.getEndDate().orElseThrow().getDate()).isEqualTo(step.due().plusDays(1));
            String description = text(event, Property.DESCRIPTION);
            assertThat(description).contains("Effort: " + java.text.NumberFormat.getIntegerInstance(java.util.Locale.US)
                            .format(step.item().effortHours()) + " hour")
                    .contains(step.item().cost().displayName());
            if (!step.why().isEmpty()) {
                assertThat(description).startsWith("Raises ").contains("\u2192");
            }
        }
        assertThat(Files.readString(dir.resolve("plan.ics"))).contains("DTSTART;VALUE=DATE:")
                .contains("\r\n").doesNotContain("home/zoe");
    }

    @Test
    void doneSkippedAndOngoingStepsAreLeftOutAndAStepUnderWaySaysSo() throws Exception {
        PlanCalendarExport.Data fresh = data(profile, Map.of(), notYetRated(), folder, Instant.EPOCH);
        List<PlanItem> open = fresh.plan().items().stream().filter(PlanItem::isOpenWork).toList();
        Map<String, ItemStatus> statuses = Map.of(open.get(0).item().id(), ItemStatus.DONE,
                open.get(1).item().id(), ItemStatus.SKIPPED, open.get(2).item().id(), ItemStatus.IN_PROGRESS);

        Calendar calendar = exportAndParse(data(profile, statuses, notYetRated(), folder, Instant.EPOCH), "plan.ics");

        Map<String, String> summaries = uidsBySummary(calendar);
        assertThat(summaries).doesNotContainKeys(open.get(0).item().title(), open.get(1).item().title())
                .containsKey(open.get(2).item().title());
        fresh.plan().items().stream().filter(i -> i.item().recurring())
                .forEach(practice -> assertThat(summaries).doesNotContainKey(practice.item().title()));
        VEvent underWay = events(calendar).stream()
                .filter(e -> text(e, Property.SUMMARY).equals(open.get(2).item().title())).findFirst().orElseThrow();
        assertThat(text(underWay, Property.DESCRIPTION)).contains("You have started this step.");
    }

    @Test
    void uidsStayTheSameFromOneExportToTheNextAndWhenThePlanChanges() throws Exception {
        Calendar first = exportAndParse(data(profile, Map.of(), notYetRated(), folder,
                Instant.parse("2026-03-02T09:00:00Z")), "first.ics");
        Calendar again = exportAndParse(data(profile, Map.of(), notYetRated(), folder,
                Instant.parse("2026-03-09T18:30:00Z")), "again.ics");
        assertThat(uidsBySummary(again)).isEqualTo(uidsBySummary(first));
        assertThat(uidsBySummary(first).values()).doesNotHaveDuplicates().allMatch(uid -> uid.endsWith("@skillgap"));

        // A changed plan: the first step done and fewer hours a week, so every date moves.
        PlanItem firstStep = PlanCalendarExport.gather(catalog, profile, Assessment.EMPTY, Map.of(), notYetRated(),
                folder, Instant.EPOCH).plan().items().stream().filter(PlanItem::isOpenWork).findFirst().orElseThrow();
        Map<String, ItemStatus> statuses = new HashMap<>(Map.of(firstStep.item().id(), ItemStatus.DONE));
        Calendar changed = exportAndParse(data(profile.withHoursPerWeek(3), statuses, notYetRated(), folder,
                Instant.parse("2026-03-10T08:00:00Z")), "changed.ics");

        Map<String, String> before = uidsBySummary(first);
        Map<String, String> after = uidsBySummary(changed);
        assertThat(after).doesNotContainKey(firstStep.item().title());
        after.forEach((summary, uid) -> {
            if (before.containsKey(summary)) {
                assertThat(uid).as(summary).isEqualTo(before.get(summary));
            }
        });
        assertThat(after.keySet()).filteredOn(before::containsKey).hasSizeGreaterThan(2);
        assertThat(events(changed).get(0).getEndDate().orElseThrow().getDate())
                .isNotEqualTo(events(first).get(1).getEndDate().orElseThrow().getDate());
    }

    @Test
    void anotherDataFolderGetsOtherUids() throws Exception {
        Calendar zoe = exportAndParse(data(profile, Map.of(), notYetRated(), folder, Instant.EPOCH), "zoe.ics");
        Calendar other = exportAndParse(data(profile, Map.of(), notYetRated(), Path.of("/home/sam/skillgap"),
                Instant.EPOCH), "sam.ics");

        assertThat(uidsBySummary(other).values()).doesNotContainAnyElementsOf(uidsBySummary(zoe).values());
    }

    @Test
    void theReminderRepeatsEveryChosenWeeksFromTheDayItIsDue() throws Exception {
        List<RatingChange> history = List.of(new RatingChange("cloud-computing", 2, Instant.parse("2026-02-10T10:00:00Z")));
        Reassessment inThreeWeeks = Reassessment.of(history, Map.of(Reassessment.WEEKS_SETTING, "4"), TODAY, ZoneOffset.UTC);

        VEvent reminder = reminder(exportAndParse(data(profile, Map.of(), inThreeWeeks, folder, Instant.EPOCH), "a.ics"));

        assertThat(reminder.getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(reminder.getEndDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2026, 3, 11));
        RRule<?> rule = reminder.<RRule<?>>getProperty(Property.RRULE).orElseThrow();
        assertThat(rule.getRecur().getFrequency()).hasToString("WEEKLY");
        assertThat(rule.getRecur().getInterval()).isEqualTo(4);
        assertThat(text(reminder, Property.DESCRIPTION)).contains("Last assessed 2 weeks ago").contains("Every 4 weeks");

        // Overdue: the reminder starts today rather than in the past, under the same UID.
        Reassessment overdue = Reassessment.of(history, Map.of(), LocalDate.of(2026, 5, 4), ZoneOffset.UTC);
        VEvent late = reminder(exportAndParse(data(profile, Map.of(), overdue, folder, Instant.EPOCH), "b.ics"));
        assertThat(late.getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(text(late, Property.UID)).isEqualTo(text(reminder, Property.UID));
        assertThat(late.<RRule<?>>getProperty(Property.RRULE).orElseThrow().getRecur().getInterval()).isEqualTo(6);
    }

    private static VEvent reminder(Calendar calendar) {
        return events(calendar).stream().filter(e -> text(e, Property.SUMMARY).equals("Re-assess your skills"))
                .findFirst().orElseThrow();
    }

    @Test
    void aMissingFolderIsRefusedNamingItAndNothingIsWritten() {
        Path target = dir.resolve("no-such-folder").resolve("plan.ics");

        assertThatThrownBy(() -> PlanCalendarExport.write(data(profile, Map.of(), notYetRated(), folder,
                Instant.EPOCH), target)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("no-such-folder").hasMessageContaining("does not exist");
        assertThat(dir.resolve("no-such-folder")).doesNotExist();
    }

    @Test
    void aNewExportReplacesTheOldFileWhole() throws Exception {
        Path file = dir.resolve("plan.ics");
        Files.writeString(file, "old content that is much longer than nothing ".repeat(2000));

        exportAndParse(data(profile, Map.of(), notYetRated(), folder, Instant.EPOCH), "plan.ics");

        assertThat(Files.readString(file)).startsWith("BEGIN:VCALENDAR").endsWith("END:VCALENDAR\r\n")
                .doesNotContain("old content");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("plan.ics");
        }
    }
}
