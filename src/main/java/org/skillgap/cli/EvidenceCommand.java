package org.skillgap.cli;

import java.time.LocalDate;
import java.util.List;

import org.skillgap.model.Dates;
import org.skillgap.model.Evidence;
import org.skillgap.model.Messages;
import org.skillgap.service.Certifications;
import org.skillgap.service.EvidenceService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code skillgap evidence add|list|remove}: what backs a rating. The rules are
 * {@link EvidenceService}'s; a refused change exits 2 with nothing changed. A link or a file
 * path is kept as text and never opened.
 */
@Command(name = "evidence",
        description = "Evidence for your ratings: work you did, with a date, a link or file and an outcome.")
final class EvidenceCommand extends Subcommand {

    @Command(name = "add", description = "Keep evidence for a skill.")
    int add(@Mixin SkillParameter skill,
            @Option(names = "--title", required = true, paramLabel = "TEXT", description = "What you did.") String title,
            @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When (default: today).") String date,
            @Option(names = "--link", paramLabel = "URL", description = "Where it can be seen (kept as text).") String link,
            @Option(names = "--file", paramLabel = "PATH", description = "A file that shows it (kept as text).") String file,
            @Option(names = "--outcome", paramLabel = "TEXT", description = "What came of it, e.g. 'deploys 4x faster'.")
            String outcome) throws Exception {
        LocalDate today = LocalDate.now();
        LocalDate day = date == null ? today : Certifications.parseDate(date);
        return inWorkspace((ws, out) -> {
            Evidence saved = EvidenceService.add(ws.catalog, ws.store,
                    new Evidence(0, skill.id, title, day, link, file, outcome), today);
            out.println(Messages.get("evidence.cli.added", saved.id(), ws.skillName(saved.skillId()).orElse(saved.skillId()),
                    saved.title()));
        });
    }

    @Command(name = "list", description = "The evidence you keep, for one skill or all.")
    int list(@Parameters(descriptionKey = "skill", paramLabel = "SKILL", arity = "0..1",
                     description = "Only this skill.") String skill,
             @Option(names = "--json", description = "Print a JSON array of {id, skill, title, date, link, file, outcome}.")
             boolean json) throws Exception {
        return inWorkspace((ws, out) -> {
            String only = skill == null ? null : ws.requireSkill(skill);
            List<Evidence> shown = ws.data().evidence().stream()
                    .filter(e -> only == null || e.skillId().equals(only)).toList();
            if (json) {
                out.println(JsonOutput.write(shown.stream().map(EvidenceJson::of).toList()));
            } else if (shown.isEmpty()) {
                out.println(only == null ? Messages.get("evidence.cli.none")
                        : Messages.get("evidence.cli.noneFor", ws.skillName(only).orElse(only)));
            } else {
                for (Evidence e : shown) {
                    out.println(e.id() + "  " + ws.skillName(e.skillId()).orElse(e.skillId()) + "  " + Dates.format(e.date())
                            + "  " + e.title());
                    for (String extra : List.of(e.outcome(), e.link(), e.file())) {
                        if (!extra.isEmpty()) {
                            out.println("      " + extra);
                        }
                    }
                }
            }
        });
    }

    @Command(name = "remove", description = "Remove evidence by its id (see 'evidence list').")
    int remove(@Parameters(descriptionKey = "id", paramLabel = "ID", description = "The evidence's id.") String id)
            throws Exception {
        long number = EvidenceService.parseId(id);
        return inWorkspace((ws, out) -> {
            EvidenceService.remove(ws.store, number);
            out.println(Messages.get("evidence.cli.removed", number));
        });
    }

    /** Absent parts are null, so a script tells "none given" from an empty text. */
    record EvidenceJson(long id, String skill, String title, String date, String link, String file, String outcome) {

        static EvidenceJson of(Evidence e) {
            return new EvidenceJson(e.id(), e.skillId(), e.title(), e.date().toString(), absentIfEmpty(e.link()),
                    absentIfEmpty(e.file()), absentIfEmpty(e.outcome()));
        }

        private static String absentIfEmpty(String text) {
            return text.isEmpty() ? null : text;
        }
    }
}
