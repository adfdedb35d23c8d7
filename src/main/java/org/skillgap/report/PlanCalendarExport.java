package org.skillgap.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;

import org.skillgap.files.AtomicFile;
import org.skillgap.gap.HeldCertification;
import org.skillgap.gap.Improvement;
import org.skillgap.gap.Plan;
import org.skillgap.gap.PlanBuilder;
import org.skillgap.gap.PlanItem;
import org.skillgap.gap.Reassessment;
import org.skillgap.model.AppVersion;
import org.skillgap.model.Assessment;
import org.skillgap.model.Catalog;
import org.skillgap.model.Dates;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Messages;
import org.skillgap.model.Profile;
import org.skillgap.model.Skill;

/**
 * The plan as an iCalendar file (RFC 5545, written with ical4j) for the person's own calendar
 * program: one all-day event per dated open step, from its start to its due date, and a recurring
 * "Re-assess your skills" event every few weeks, and the renewal due date of each certification the
 * person holds.
 *
 * <p>Each event's UID is derived from the step's id and the data folder ({@link #uid}), never
 * drawn at random, so importing a later export updates the events already there instead of
 * adding them twice; a step that is no longer open is simply left out. The folder's path goes
 * into a hash only and is not readable from the file.
 */
public final class PlanCalendarExport {

    /** The key of the re-assessment reminder in {@link #uid}: no catalog id has a colon. */
    static final String REASSESS_KEY = "skillgap:reassess";

    /** Renewal events are keyed "renew:ITEM"; no catalog id has a colon. */
    static final String RENEWAL_PREFIX = "renew:";

    /**
     * What the calendar holds, gathered by the caller.
     *
     * @param owner      identifies whose plan this is across exports (the data folder's path)
     * @param exportedAt the DTSTAMP of every event: calendar programs take a newer one as an update
     */
    public record Data(Plan plan, Catalog catalog, Reassessment reassessment, String owner, Instant exportedAt) {

        public Data {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(catalog, "catalog");
            Objects.requireNonNull(reassessment, "reassessment");
            Objects.requireNonNull(owner, "owner");
            exportedAt = exportedAt.truncatedTo(ChronoUnit.SECONDS);
        }

        /** How many events the file holds: the dated open steps, the renewals and the reminder. */
        public int eventCount() {
            return (int) plan.items().stream().filter(PlanCalendarExport::isDatedOpenStep).count()
                    + plan.renewals().size() + 1;
        }
    }

    private PlanCalendarExport() {
    }

    /** Builds the plan the window and the command line show and gathers what the calendar needs. */
    public static Data gather(Catalog catalog, Profile profile, Assessment assessment,
                              java.util.Map<String, ItemStatus> statuses, Reassessment reassessment,
                              Path dataFolder, Instant now) {
        return gather(catalog, profile, assessment, statuses, java.util.Map.of(), reassessment, dataFolder, now);
    }

    /** The same, for a person who holds certifications ({@code held}: earned date by item id). */
    public static Data gather(Catalog catalog, Profile profile, Assessment assessment,
                              java.util.Map<String, ItemStatus> statuses, java.util.Map<String, LocalDate> held,
                              Reassessment reassessment, Path dataFolder, Instant now) {
        Plan plan = PlanBuilder.build(catalog, profile, assessment, statuses, held, reassessment.today());
        return new Data(plan, catalog, reassessment, owner(dataFolder), now);
    }

    /**
     * The data folder as an owner key: the same folder named another way (relative, through a
     * link) gives the same key, so its UIDs stay the same.
     */
    static String owner(Path dataFolder) {
        Path absolute = dataFolder.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath().toString();
        } catch (IOException | SecurityException e) {
            return absolute.toString();
        }
    }

    /**
     * Writes the calendar to {@code target}: completely, or not at all. Throws BadInputException
     * when the target cannot be written (saying which folder and what to do).
     */
    public static void write(Data data, Path target) {
        AtomicFile.checkWritable(target);
        AtomicFile.write(target, render(data));
    }

    /** The file's bytes: UTF-8, lines folded and ended with CRLF as RFC 5545 asks. */
    static byte[] render(Data data) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar(data), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Calendar calendar(Data data) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//SkillGap//SkillGap " + AppVersion.get() + "//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        // The calendar's name where a program shows one (Apple Calendar, Google Calendar, Thunderbird).
        calendar.add(new XProperty("X-WR-CALNAME", Messages.get("calendar.name")));
        for (PlanItem step : data.plan().items()) {
            if (isDatedOpenStep(step)) {
                calendar.add(stepEvent(step, data));
            }
        }
        for (HeldCertification held : data.plan().renewals()) {
            calendar.add(renewalEvent(held, data));
        }
        calendar.add(reassessEvent(data));
        return calendar;
    }

    /** The key of a renewal in {@link #uid}: apart from the step's own key, so both can be in one file. */
    static String renewalKey(String itemId) {
        return RENEWAL_PREFIX + itemId;
    }

    /** A held certification's renewal due date, as an all-day event on that day. */
    private static VEvent renewalEvent(HeldCertification held, Data data) {
        LocalDate due = held.renewBy().orElseThrow();
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(data.owner(), renewalKey(held.item().id()))));
        event.add(new DtStamp(data.exportedAt()));
        event.add(new DtStart<>(due));
        event.add(new DtEnd<>(due.plusDays(1)));
        event.add(new Summary(Messages.get("calendar.renewal.summary", held.item().title())));
        event.add(new Description(String.join("\n",
                Messages.get("calendar.renewal.description", held.heldText(), held.renewalNeeds(),
                        Dates.format(held.renewalStart().orElseThrow())),
                Messages.get("calendar.step.from"))));
        event.add(new Categories(held.item().type().displayName()));
        return event;
    }

    /** A step to do or under way, with dates: what the person works on. Ongoing practices are left out. */
    static boolean isDatedOpenStep(PlanItem step) {
        return step.isOpenWork() && step.start() != null && step.due() != null;
    }

    /** The UID of an event: a name-based UUID of the owner and the step's id, the same on every export. */
    static String uid(String owner, String key) {
        return UUID.nameUUIDFromBytes((owner + "\n" + key).getBytes(StandardCharsets.UTF_8)) + "@skillgap";
    }

    private static VEvent stepEvent(PlanItem step, Data data) {
        LearningItem item = step.item();
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(data.owner(), item.id())));
        event.add(new DtStamp(data.exportedAt()));
        event.add(new DtStart<>(step.start()));
        // An all-day event ends the day after its last day (RFC 5545 3.6.1): the due date is included.
        event.add(new DtEnd<>(step.due().plusDays(1)));
        event.add(new Summary(item.title()));
        event.add(new Description(description(step, data)));
        event.add(new Categories(item.type().displayName()));
        return event;
    }

    private static String description(PlanItem step, Data data) {
        List<String> lines = new ArrayList<>();
        lines.add(why(step, data));
        LearningItem item = step.item();
        lines.add(Messages.get("calendar.step.effort", item.effortHours(), item.cost().displayName()));
        if (!item.provider().isBlank()) {
            lines.add(Messages.get("calendar.step.provider", item.provider().strip()));
        }
        if (step.status() == ItemStatus.IN_PROGRESS) {
            lines.add(Messages.get("calendar.step.inProgress"));
        }
        lines.add(Messages.get("calendar.step.from"));
        return lines.stream().filter(line -> !line.isBlank()).collect(Collectors.joining("\n"));
    }

    /** Why the step is there, as the plan says it: "Raises Product vision 2→4", else the catalog's reason. */
    private static String why(PlanItem step, Data data) {
        if (step.why().isEmpty()) {
            return step.item().reason();
        }
        return Messages.get("plan.why", step.why().stream().map(i -> raise(i, data))
                .collect(Collectors.joining(", ")));
    }

    private static String raise(Improvement improvement, Data data) {
        String name = data.catalog().skill(improvement.skillId()).map(Skill::name).orElse(improvement.skillId());
        return Messages.get("plan.why.skill", name, improvement.from(), improvement.to());
    }

    private static VEvent reassessEvent(Data data) {
        Reassessment reassessment = data.reassessment();
        LocalDate first = reassessment.nextReminder();
        VEvent event = new VEvent(false);
        event.add(new Uid(uid(data.owner(), REASSESS_KEY)));
        event.add(new DtStamp(data.exportedAt()));
        event.add(new DtStart<>(first));
        event.add(new DtEnd<>(first.plusDays(1)));
        event.add(new RRule<>(new Recur.Builder<LocalDate>().frequency(Frequency.WEEKLY)
                .interval(reassessment.weeks()).build()));
        event.add(new Summary(Messages.get("calendar.reassess.summary")));
        Optional<String> last = reassessment.lastAssessedText();
        String every = Messages.get("calendar.reassess.description", reassessment.weeks());
        event.add(new Description(last.map(text -> text + ".\n" + every).orElse(every)));
        return event;
    }
}
