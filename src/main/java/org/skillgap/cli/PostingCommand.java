package org.skillgap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code skillgap posting fit|add|list|show|remove}: how ready the person is for real job postings.
 * {@code fit} reads a posting without keeping it; {@code add} keeps it, so {@code plan --posting ID}
 * and {@code status --posting ID} can follow it. A file that is not a posting, or an id not kept,
 * exits 2 with nothing changed. The rules are {@link Postings}'.
 */
@Command(name = "posting", mixinStandardHelpOptions = true, versionProvider = SkillGapCommand.Version.class,
        description = "Measure yourself against job postings (.txt, .md, .html or .pdf), once or kept.")
final class PostingCommand extends Subcommand {

    @Command(name = "fit", mixinStandardHelpOptions = true, versionProvider = SkillGapCommand.Version.class,
            description = "Your fit for a job posting: the profile it matches, the skills it asks for with the "
                    + "phrases found, your gaps and blockers for it. The posting is not kept.")
    int fit(@Parameters(descriptionKey = "file", paramLabel = "FILE",
                    description = "The posting: a .txt, .md, .html or .pdf file.") Path file,
            @Option(names = "--json", description = "Print JSON instead of text.") boolean json) {
        // Read before the data folder is opened: a bad file changes nothing and opens nothing.
        Posting posting = new PostingReader(root.catalog()).read(PostingText.read(file));
        try (Workspace ws = Workspace.open(root)) {
            print(ws, posting, null, json);
        }
        return SkillGapCommand.OK;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, versionProvider = SkillGapCommand.Version.class,
            description = "Keep a job posting, to compare it with others and plan for it (plan --posting ID, "
                    + "status --posting ID). Prints its id and your fit.")
    int add(@Parameters(descriptionKey = "file", paramLabel = "FILE",
                    description = "The posting: a .txt, .md, .html or .pdf file.") Path file,
            @Option(names = "--title", paramLabel = "TEXT",
                    description = "Its title; the posting's first line when not given.") String title,
            @Option(names = "--json", description = "Print JSON instead of text.") boolean json) {
        Postings postings = new Postings(root.catalog());
        SavedPosting checked = postings.fromFile(file, Optional.ofNullable(title), Instant.now());
        try (Workspace ws = Workspace.open(root)) {
            SavedPosting kept = Postings.add(ws.store, checked);
            if (!json) {
                out().println(Messages.get("posting.cli.added", kept.id()));
            }
            print(ws, postings.read(kept), kept, json);
        }
        return SkillGapCommand.OK;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = SkillGapCommand.Version.class,
            description = "A kept posting: the skills it asks for with the phrases found, your fit, gaps and "
                    + "blockers for it.")
    int show(@Parameters(descriptionKey = "id", paramLabel = "ID",
                     description = "The posting's id (see 'posting list').") String id,
             @Option(names = "--json", description = "Print JSON instead of text.") boolean json) {
        try (Workspace ws = Workspace.open(root)) {
            SavedPosting kept = Postings.require(ws.store, id);
            print(ws, new Postings(ws.catalog).read(kept), kept, json);
        }
        return SkillGapCommand.OK;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = SkillGapCommand.Version.class,
            description = "The kept postings with your fit for each, next to your readiness for your role.")
    int list(@Option(names = "--json", description = "Print a JSON array of {id, title, baseProfile, fit, "
            + "ready, added}.") boolean json) {
        try (Workspace ws = Workspace.open(root)) {
            Postings postings = new Postings(ws.catalog);
            PrintWriter out = out();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SavedPosting kept : ws.data().postings()) {
                Posting posting = postings.read(kept);
                GapReport fit = postings.fit(posting, ws.assessment());
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", kept.id());
                row.put("title", kept.title());
                row.put("baseProfile", posting.baseProfile().id());
                row.put("fit", StatusCommand.round(fit.readiness()));
                row.put("ready", fit.ready());
                row.put("added", kept.addedAt().toString());
                rows.add(row);
            }
            if (json) {
                out.println(JsonOutput.write(rows));
            } else if (rows.isEmpty()) {
                out.println(Messages.get("posting.cli.none"));
            } else {
                GapReport own = GapCalculator.calculate(ws.catalog, ws.target(), ws.assessment());
                out.println(Messages.get("posting.cli.list"));
                out.printf("  %4s %5s  %s%n", "", own.readinessPercent() + "%",
                        Messages.get("posting.cli.ownTarget", ws.target().name()));
                for (Map<String, Object> row : rows) {
                    out.printf("  %4s %5s  %s%n", row.get("id"), Math.round((double) row.get("fit")) + "%", row.get("title"));
                }
            }
            out.flush();
        }
        return SkillGapCommand.OK;
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, versionProvider = SkillGapCommand.Version.class,
            description = "Forget a kept posting and your corrections of it.")
    int remove(@Parameters(descriptionKey = "id", paramLabel = "ID",
                       description = "The posting's id (see 'posting list').") String id) {
        try (Workspace ws = Workspace.open(root)) {
            SavedPosting removed = Postings.remove(ws.store, id);
            out().println(Messages.get("posting.cli.removed", removed.title(), removed.id()));
            out().flush();
        }
        return SkillGapCommand.OK;
    }

    /** A posting's fit, as text or JSON; {@code kept} is null for a posting read once. */
    private void print(Workspace ws, Posting posting, SavedPosting kept, boolean json) {
        GapReport report = GapCalculator.calculate(ws.catalog, posting.target(), ws.assessment());
        PrintWriter out = out();
        if (json) {
            Map<String, Object> fields = new LinkedHashMap<>();
            if (kept != null) {
                fields.put("id", kept.id());
            }
            fields.putAll(toJson(posting, report));
            if (kept != null) {
                Map<String, String> corrections = new TreeMap<>();
                kept.corrections().forEach((skill, c) -> corrections.put(skill, c.id()));
                fields.put("corrections", corrections);
            }
            out.println(JsonOutput.write(fields));
        } else {
            printText(out, ws, posting, report);
        }
        out.flush();
    }

    static Map<String, Object> toJson(Posting posting, GapReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", posting.title());
        json.put("baseProfile", posting.baseProfile().id());
        json.put("fit", StatusCommand.round(report.readiness()));
        json.put("ready", report.ready());
        json.put("skills", posting.skills().stream().map(s -> {
            SkillGap gap = gapOf(report, s.skillId());
            Map<String, Object> skill = new LinkedHashMap<>();
            skill.put("skill", s.skillId());
            skill.put("required", s.required());
            skill.put("emphasis", s.emphasis().id());
            skill.put("phrases", s.phraseTexts());
            skill.put("target", gap.target());
            skill.put("weight", gap.weight());
            skill.put("current", gap.current());
            skill.put("rated", gap.rated());
            skill.put("matches", s.phrases().stream().map(PostingCommand::match).toList());
            return skill;
        }).toList());
        json.put("blockers", report.blockers().stream().map(g -> g.skill().id()).toList());
        return json;
    }

    private static Map<String, Object> match(PhraseMatch m) {
        Map<String, Object> match = new LinkedHashMap<>();
        match.put("text", m.phrase());
        match.put("start", m.start());
        match.put("end", m.end());
        return match;
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
