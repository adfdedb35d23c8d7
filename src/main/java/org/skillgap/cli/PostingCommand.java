package org.skillgap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.skillgap.gap.GapCalculator;
import org.skillgap.gap.GapReport;
import org.skillgap.gap.SkillGap;
import org.skillgap.model.Messages;
import org.skillgap.posting.Emphasis;
import org.skillgap.posting.PhraseMatch;
import org.skillgap.posting.Posting;
import org.skillgap.posting.PostingReader;
import org.skillgap.posting.PostingSkill;
import org.skillgap.posting.PostingText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code skillgap posting fit FILE [--json]}: how ready the person is for a real job posting. The
 * posting is read, never stored; a file that is not a posting exits 2 with nothing changed.
 */
@Command(name = "posting", mixinStandardHelpOptions = true, versionProvider = SkillGapCommand.Version.class,
        description = "Measure yourself against a job posting (.txt, .md, .html or .pdf).")
final class PostingCommand extends Subcommand {

    @Command(name = "fit", mixinStandardHelpOptions = true, versionProvider = SkillGapCommand.Version.class,
            description = "Your fit for a job posting: the profile it matches, the skills it asks for with the "
                    + "phrases found, your gaps and blockers for it.")
    int fit(@Parameters(paramLabel = "FILE", description = "The posting: a .txt, .md, .html or .pdf file.") Path file,
            @Option(names = "--json", description = "Print JSON instead of text.") boolean json) {
        // Read before the data folder is opened: a bad file changes nothing and opens nothing.
        Posting posting = new PostingReader(root.catalog()).read(PostingText.read(file));
        try (Workspace ws = Workspace.open(root)) {
            GapReport report = GapCalculator.calculate(ws.catalog, posting.target(), ws.assessment());
            PrintWriter out = out();
            if (json) {
                out.println(JsonOutput.write(toJson(posting, report)));
            } else {
                printText(out, ws, posting, report);
            }
            out.flush();
        }
        return SkillGapCommand.OK;
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
