package org.skillgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.EnglishLocale;
import org.skillgap.catalog.Catalogs;
import org.skillgap.model.Catalog;

/** {@code skillgap calendar FILE.ics} run as a person types it, the file read back by ical4j's parser. */
@EnglishLocale
class CalendarCommandTest {

    @TempDir
    Path data;

    @TempDir
    Path out;

    private final Catalog catalog = Catalogs.bundled();

    private void profile() {
        CliRun run = CliRun.in(data, "profile", "--target", catalog.profiles().get(1).id(),
                "--background", catalog.backgrounds().get(0).id(), "--hours-per-week", "8");
        assertThat(run.exitCode).as(run.toString()).isZero();
    }

    private static List<VEvent> events(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file)) {
            Calendar calendar = new CalendarBuilder().build(in);
            return calendar.getComponents(Component.VEVENT);
        }
    }

    private static List<String> uids(Path file) throws Exception {
        return events(file).stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList();
    }

    @Test
    void writesTheStepsOfThePlanAndTheReminderAndSaysHowMany() throws Exception {
        profile();
        CliRun.in(data, "rate", catalog.skills().get(0).id(), "2");
        Path file = out.resolve("plan.ics");

        CliRun run = CliRun.in(data, "calendar", file.toString());

        assertThat(run.exitCode).as(run.toString()).isZero();
        List<VEvent> events = events(file);
        assertThat(run.out.strip()).isEqualTo("Wrote " + events.size() + " events to " + file);
        assertThat(events).hasSizeGreaterThan(3);
        assertThat(events).extracting(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .contains("Re-assess your skills");
        String planText = CliRun.in(data, "plan").out;
        events.stream().map(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .filter(s -> !s.equals("Re-assess your skills"))
                .forEach(title -> assertThat(planText).contains(title));
    }

    @Test
    void exportingAgainKeepsEveryUidAndAMarkedStepDropsOut() throws Exception {
        profile();
        Path first = out.resolve("first.ics");
        Path second = out.resolve("second.ics");
        assertThat(CliRun.in(data, "calendar", first.toString()).exitCode).isZero();
        assertThat(CliRun.in(data, "calendar", second.toString()).exitCode).isZero();
        assertThat(uids(second)).isEqualTo(uids(first)).doesNotHaveDuplicates();

        String firstStep = events(first).get(0).getProperty(Property.SUMMARY).orElseThrow().getValue();
        String itemId = catalog.items().stream().filter(i -> i.title().equals(firstStep)).findFirst().orElseThrow().id();
        CliRun mark = CliRun.in(data, "mark", itemId, "done");
        assertThat(mark.exitCode).as(mark.toString()).isZero();
        Path third = out.resolve("third.ics");
        assertThat(CliRun.in(data, "calendar", third.toString()).exitCode).isZero();

        assertThat(uids(third)).doesNotContain(uids(first).get(0)).isSubsetOf(uids(first));
    }

    @Test
    void withoutAProfileItSaysHowToMakeOneInOneLine() {
        CliRun run = CliRun.in(data, "calendar", out.resolve("plan.ics").toString());

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.strip()).contains("No profile yet").doesNotContain("\n");
        assertThat(out.resolve("plan.ics")).doesNotExist();
    }

    @Test
    void aFolderThatDoesNotExistIsNamedInOneLineAndNothingIsWritten() {
        profile();
        Path missing = out.resolve("nowhere");

        CliRun run = CliRun.in(data, "calendar", missing.resolve("plan.ics").toString());

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err.strip()).contains(missing.toString()).contains("does not exist").doesNotContain("\n");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aMissingFileNameIsBadUsage() {
        CliRun run = CliRun.in(data, "calendar");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("FILE.ics");
    }
}
