package org.skillgap.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;

import org.skillgap.gap.Reassessment;
import org.skillgap.model.Messages;
import org.skillgap.model.Profile;
import org.skillgap.report.PlanCalendarExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code skillgap calendar FILE.ics}: the plan's dates and the re-assessment reminder as a calendar file. */
@Command(name = "calendar",
        description = "Export your plan's dates and a re-assessment reminder as a calendar file (.ics).")
final class CalendarCommand extends Subcommand implements Callable<Integer> {

    @Parameters(descriptionKey = "file", paramLabel = "FILE.ics",
            description = "Where to write the calendar. Import it into your calendar "
            + "program; importing a later export again updates the events instead of doubling them.")
    Path file;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(root)) {
            Profile profile = ws.requireProfile();
            LocalDate today = LocalDate.now();
            Reassessment reassessment = Reassessment.of(ws.data().history(), ws.data().settings(), today,
                    ZoneId.systemDefault());
            Path target = file.toAbsolutePath().normalize();
            PlanCalendarExport.Data data = PlanCalendarExport.gather(ws.catalog, profile, ws.assessment(),
                    ws.statuses(), ws.held(), reassessment, ws.folder.root(), Instant.now());
            PlanCalendarExport.write(data, target);
            out().println(Messages.get("cli.calendar.done", data.eventCount(), target));
            out().flush();
        }
        return SkillGapCommand.OK;
    }
}
