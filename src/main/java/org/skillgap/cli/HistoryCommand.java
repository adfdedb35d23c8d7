package org.skillgap.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.skillgap.gap.Percent;
import org.skillgap.gap.ReadinessHistory;
import org.skillgap.gap.ReadinessPoint;
import org.skillgap.model.Adoption;
import org.skillgap.model.Dates;
import org.skillgap.model.Messages;
import org.skillgap.model.Review;
import org.skillgap.model.Reviews;
import org.skillgap.model.TargetProfile;

import picocli.CommandLine.Command;

/** {@code skillgap history [--json]}: readiness over time, one entry per day something changed. */
@Command(name = "history", description = "Readiness over time: one line per day on which a rating changed.")
final class HistoryCommand extends ReportingSubcommand {

    @Override
    void run(Workspace ws, PrintWriter out) throws Exception {
        TargetProfile target = ws.target();
        List<ReadinessPoint> points = ReadinessHistory.byDay(ws.catalog, target, ws.data().history(),
                ZoneId.systemDefault());
        if (output.json) {
            List<Map<String, Object>> entries = points.stream().map(p -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("date", p.day().toString());
                entry.put("readiness", StatusCommand.round(p.readiness()));
                return entry;
            }).toList();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("target", target.id());
            doc.put("history", entries);
            out.println(JsonOutput.write(doc));
        } else if (points.isEmpty()) {
            out.println(Messages.get("cli.history.empty"));
        } else {
            out.println(Messages.get("cli.history.title", target.name()));
            for (ReadinessPoint p : points) {
                int percent = Percent.of(p.readiness());
                out.printf("  %-13s %3d%%  %s%n", Dates.format(p.day()), percent, "#".repeat(percent / 5));
            }
            printReviews(ws, out);
        }
        out.flush();
    }

    /** The reviews brought back, and the self ratings adopted from one ("after review by X"). */
    private static void printReviews(Workspace ws, PrintWriter out) {
        Reviews reviews = ws.data().reviews();
        for (Review review : reviews.reviews()) {
            out.println("  " + Messages.get("review.history.review", Dates.format(review.date()), review.reviewer(),
                    review.ratings().size()));
        }
        for (Adoption adopted : reviews.adoptions()) {
            out.println("  " + Messages.get("review.history.adopted",
                    Dates.format(adopted.adoptedAt().atZone(ZoneId.systemDefault()).toLocalDate()),
                    ws.skillName(adopted.skillId()).orElse(adopted.skillId()), adopted.level(), adopted.reviewer()));
        }
    }
}
