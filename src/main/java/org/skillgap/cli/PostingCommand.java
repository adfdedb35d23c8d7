package org.skillgap.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.skillgap.gap.GapCalculator;
import org.skillgap.gap.GapReport;
import org.skillgap.gap.SkillGap;
import org.skillgap.model.Messages;
import org.skillgap.model.SavedPosting;
import org.skillgap.posting.Emphasis;
import org.skillgap.posting.PhraseMatch;
import org.skillgap.posting.Posting;
import org.skillgap.posting.PostingReader;
import org.skillgap.posting.PostingSkill;
import org.skillgap.posting.PostingText;
import org.skillgap.service.Postings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code skillgap posting fit|add|list|show|remove}: how ready the person is for real job postings.
 * {@code fit} reads a posting without keeping it; {@code add} keeps it, so {@code plan --posting ID}
 * and {@code status --posting ID} can follow it. A file that is not a posting, or an id not kept,
 * exits 2 with nothing changed. The rules are {@link Postings}'.
 */
@Command(name = "posting",
        description = "Measure yourself against job postings (.txt, .md, .html or .pdf), once or kept.")
final class PostingCommand extends Subcommand {

    @Command(name = "fit",
            description = "Your fit for a job posting: the profile it matches, the skills it asks for with the "
                    + "phrases found, your gaps and blockers for it. The posting is not kept.")
    int fit(@Mixin PostingFile file, @Mixin JsonOption output) throws Exception {
        // Read before the data folder is opened: a bad file changes nothing and opens nothing.
        Posting posting = new PostingReader(root.catalog()).read(PostingText.read(file.file));
        return inWorkspace((ws, out) -> print(out, ws, posting, null, output.json));
    }

    @Command(name = "add",
            description = "Keep a job posting, to compare it with others and plan for it (plan --posting ID, "
                    + "status --posting ID). Prints its id and your fit.")
    int add(@Mixin PostingFile file,
            @Option(names = "--title", paramLabel = "TEXT",
                    description = "Its title; the posting's first line when not given.") String title,
            @Mixin JsonOption output) throws Exception {
        Postings postings = new Postings(root.catalog());
        SavedPosting checked = postings.fromFile(file.file, Optional.ofNullable(title), Instant.now());
        return inWorkspace((ws, out) -> {
            SavedPosting kept = Postings.add(ws.store, checked);
            if (!output.json) {
                out.println(Messages.get("posting.cli.added", kept.id()));
            }
            print(out, ws, postings.read(kept), kept, output.json);
        });
    }

    @Command(name = "show",
            description = "A kept posting: the skills it asks for with the phrases found, your fit, gaps and "
                    + "blockers for it.")
    int show(@Parameters(descriptionKey = "id", paramLabel = "ID",
                     description = "The posting's id (see 'posting list').") String id,
             @Mixin JsonOption output) throws Exception {
        return inWorkspace((ws, out) -> {
            SavedPosting kept = Postings.require(ws.store, id);
            print(out, ws, new Postings(ws.catalog).read(kept), kept, output.json);
        });
    }

    @Command(name = "list",
            description = "The kept postings with your fit for each, next to your readiness for your role.")
    int list(@Option(names = "--json", description = "Print a JSON array of {id, title, baseProfile, fit, "
            + "ready, added}.") boolean json) throws Exception {
        return inWorkspace((ws, out) -> {
            Postings postings = new Postings(ws.catalog);
            List<KeptJson> rows = ws.data().postings().stream().map(kept -> {
                Posting posting = postings.read(kept);
                return KeptJson.of(kept, posting, postings.fit(posting, ws.assessment()));
            }).toList();
            if (json) {
                out.println(JsonOutput.write(rows));
            } else if (rows.isEmpty()) {
                out.println(Messages.get("posting.cli.none"));
            } else {
                GapReport own = GapCalculator.calculate(ws.catalog, ws.target(), ws.assessment());
                out.println(Messages.get("posting.cli.list"));
                out.printf("  %4s %5s  %s%n", "", own.readinessPercent() + "%",
                        Messages.get("posting.cli.ownTarget", ws.target().name()));
                for (KeptJson row : rows) {
                    out.printf("  %4s %5s  %s%n", row.id(), Math.round(row.fit()) + "%", row.title());
                }
            }
        });
    }

    @Command(name = "remove", description = "Forget a kept posting and your corrections of it.")
    int remove(@Parameters(descriptionKey = "id", paramLabel = "ID",
                       description = "The posting's id (see 'posting list').") String id) throws Exception {
        return inWorkspace((ws, out) -> {
            SavedPosting removed = Postings.remove(ws.store, id);
            out.println(Messages.get("posting.cli.removed", removed.title(), removed.id()));
        });
    }

    /** A posting's fit, as text or JSON; {@code kept} is null for a posting read once. */
    private static void print(PrintWriter out, Workspace ws, Posting posting, SavedPosting kept, boolean json) {
        GapReport report = GapCalculator.calculate(ws.catalog, posting.target(), ws.assessment());
        if (json) {
            out.println(JsonOutput.write(PostingJson.of(kept, posting, report)));
        } else {
            printText(out, ws, posting, report);
        }
    }

    /** A kept posting in the list, with the fit to it. */
    record KeptJson(long id, String title, String baseProfile, double fit, boolean ready, String added) {

        static KeptJson of(SavedPosting kept, Posting posting, GapReport fit) {
            return new KeptJson(kept.id(), kept.title(), posting.baseProfile().id(), StatusCommand.round(fit.readiness()),
                    fit.ready(), kept.addedAt().toString());
        }
    }

    /** A posting's fit; id and corrections (skill id to correction id) only for a kept one. */
    record PostingJson(@JsonInclude(JsonInclude.Include.NON_NULL) Long id, String title, String baseProfile, double fit,
                       boolean ready, List<SkillJson> skills, List<String> blockers,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> corrections) {

        static PostingJson of(SavedPosting kept, Posting posting, GapReport report) {
            return new PostingJson(kept == null ? null : kept.id(), posting.title(), posting.baseProfile().id(),
                    StatusCommand.round(report.readiness()), report.ready(),
                    posting.skills().stream().map(s -> SkillJson.of(s, gapOf(report, s.skillId()))).toList(),
                    report.blockers().stream().map(g -> g.skill().id()).toList(),
                    kept == null ? null : correctionIds(kept));
        }

        private static Map<String, String> correctionIds(SavedPosting kept) {
            Map<String, String> ids = new TreeMap<>();
            kept.corrections().forEach((skill, c) -> ids.put(skill, c.id()));
            return ids;
        }
    }

    /** A skill the posting asks for: how it asks (the phrases found, where) and your gap in it. */
    record SkillJson(String skill, boolean required, String emphasis, List<String> phrases, int target, int weight,
                     int current, boolean rated, List<MatchJson> matches) {

        static SkillJson of(PostingSkill s, SkillGap gap) {
            return new SkillJson(s.skillId(), s.required(), s.emphasis().id(), s.phraseTexts(), gap.target(),
                    gap.weight(), gap.current(), gap.rated(), s.phrases().stream().map(MatchJson::of).toList());
        }
    }

    /** Where in the posting's text a phrase was found. */
    record MatchJson(String text, int start, int end) {

        static MatchJson of(PhraseMatch m) {
            return new MatchJson(m.phrase(), m.start(), m.end());
        }
    }

    private static SkillGap gapOf(GapReport report, String skillId) {
        return report.skills().stream().filter(g -> g.skill().id().equals(skillId)).findFirst().orElseThrow();
    }

    private static void printText(PrintWriter out, Workspace ws, Posting posting, GapReport report) {
        out.println(Messages.get("cli.posting.title", posting.title()));
        out.println(posting.years().isPresent()
                ? Messages.get("cli.posting.baseWithYears", posting.baseProfile().name(), posting.years().getAsInt())
                : Messages.get("cli.posting.base", posting.baseProfile().name()));
        out.println(Messages.get("cli.posting.fit", report.readinessPercent(),
                report.ready() ? Messages.get("cli.status.ready") : Messages.get("cli.status.notReady")));
        if (ws.assessment().ratings().isEmpty()) {
            out.println(Messages.get("cli.posting.noRatings"));
        }
        for (Emphasis emphasis : Emphasis.values()) {
            List<PostingSkill> skills = posting.withEmphasis(emphasis);
            if (skills.isEmpty()) {
                continue;
            }
            out.println();
            out.println(Messages.get("cli.posting.emphasis." + emphasis.id(), skills.size()));
            for (PostingSkill s : skills) {
                SkillGap gap = gapOf(report, s.skillId());
                out.printf("  %-40s %7s -> %d   %s%n", gap.skill().name(), current(gap), gap.target(),
                        s.phraseTexts().stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", ")));
            }
        }
        out.println();
        if (report.blockers().isEmpty()) {
            out.println(Messages.get("cli.posting.noBlockers"));
        } else {
            out.println(Messages.get("cli.status.blockers"));
            report.blockers().forEach(g -> out.printf("  %-40s %7s -> %d%n", g.skill().name(), current(g), g.target()));
        }
        List<SkillGap> asked = report.gaps().stream().filter(g -> posting.skill(g.skill().id()).isPresent()).toList();
        out.println();
        if (asked.isEmpty()) {
            out.println(Messages.get("cli.posting.noGaps"));
        } else {
            out.println(Messages.get("cli.posting.gaps"));
            StatusCommand.printGapHeader(out);
            for (SkillGap g : asked) {
                out.printf("  %-40s %7s %6d %4d %6d%n", g.skill().name(), current(g), g.target(), g.gap(), g.weight());
            }
        }
    }

    private static String current(SkillGap g) {
        return g.rated() ? Integer.toString(g.current()) : "-";
    }
}
