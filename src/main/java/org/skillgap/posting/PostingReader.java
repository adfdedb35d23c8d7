package org.skillgap.posting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.skillgap.model.BadInputException;
import org.skillgap.model.Catalog;
import org.skillgap.model.Messages;
import org.skillgap.model.PostingCorrection;
import org.skillgap.model.SavedPosting;
import org.skillgap.model.Skill;
import org.skillgap.model.TargetProfile;

/**
 * Reads a posting's text against the catalog: its title, the skills it asks for and how (by its
 * section headings and the wording of each sentence), the base profile its seniority matches,
 * and the target made from them. Pure: the same text gives the same posting.
 */
public final class PostingReader {

    /** Fewer skills than this and the text is not a job posting (a recipe may still say "budget"). */
    public static final int MIN_SKILLS = 3;

    private static final int MAX_HEADING_LENGTH = 60;
    private static final int MAX_TITLE_LENGTH = 120;

    /** Headings, checked in this order: "Preferred qualifications" is preferred, not required. */
    private static final Map<Section, List<String>> HEADINGS = new LinkedHashMap<>();

    static {
        HEADINGS.put(Section.PREFERRED, List.of("nice to have", "nice-to-have", "preferred", "bonus", "a plus",
                "desirable", "good to have", "would be great", "extra credit", "even better", "ideally",
                "additional qualifications", "optional"));
        HEADINGS.put(Section.IGNORED, List.of("benefit", "what we offer", "we offer", "perks", "about us", "who we are",
                "about the company", "our company", "equal opportunit", "how to apply", "why join", "why you'll love",
                "why work", "compensation", "salary", "pay range", "diversity", "our values", "life at", "working at",
                "working here", "the process", "hiring process", "interview process", "location"));
        HEADINGS.put(Section.REQUIRED, List.of("requirement", "must have", "must-have", "what you bring",
                "what you'll bring", "what you will bring", "qualification", "required", "you have", "about you",
                "who you are", "essential", "looking for", "skills and experience", "experience and skills",
                "your profile", "you bring", "what you need", "minimum", "key skills", "competencies",
                "what it takes", "your experience", "your skills", "you will have", "you'll have", "criteria"));
        HEADINGS.put(Section.DESCRIBED, List.of("responsibilit", "what you'll do", "what you will do", "the role",
                "your role", "the job", "day to day", "day-to-day", "your impact", "the opportunity", "duties",
                "overview", "description", "mission", "what you will work on", "what you'll work on", "the team",
                "in this role", "key tasks", "accountabilities", "the position"));
    }

    private static final List<String> PREFERRED_WORDS = List.of("a plus", "a bonus", "is a bonus", "bonus points",
            "nice to have", "nice-to-have", "preferred", "ideally", "desirable", "desired", "advantageous",
            "an advantage", "would be great", "helpful", "beneficial", "not required", "not essential");
    private static final List<String> REQUIRED_WORDS = List.of("must", "required", "essential", "mandatory",
            "you have", "you bring", "you will have", "you'll have", "proven", "demonstrated", "years of experience",
            "years' experience", "strong experience");
    /** Any of the required words as a whole word; compiled once, since every sentence is checked. */
    private static final Pattern REQUIRED_WORDING = Pattern.compile(REQUIRED_WORDS.stream()
            .map(w -> "\\b" + Pattern.quote(w) + "\\b").collect(Collectors.joining("|")));

    private static final Pattern SENTENCE = Pattern.compile("[^.;!?]+(?:[.;!?](?!\\s)[^.;!?]*)*[.;!?]*");
    private static final Pattern YEARS = Pattern.compile(
            "(?i)\\b(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\\s*(?:\\+|plus)?\\s*"
                    + "(?:(?:-|–|to|or)\\s*\\d{1,2}\\s*\\+?\\s*)?(?:or more\\s+)?years?\\b");
    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");
    private static final Pattern TITLE_LABEL = Pattern.compile("(?i)^(?:job title|title|position|role)\\s*:\\s*(.+)$");

    private static final List<String> SENIOR_WORDS = List.of("senior", "sr", "lead", "principal", "staff", "head",
            "group", "director", "vp");
    private static final List<String> JUNIOR_WORDS = List.of("associate", "junior", "jr", "entry", "graduate", "intern",
            "internship", "trainee", "apprentice");
    /** Years of experience asked for from which a posting reads as senior, and up to which as junior. */
    static final int SENIOR_YEARS = 6;
    static final int JUNIOR_YEARS = 2;

    private enum Section {
        REQUIRED, PREFERRED, DESCRIBED, IGNORED
    }

    private final Catalog catalog;
    private final PhraseMatcher matcher;

    public PostingReader(Catalog catalog) {
        this.catalog = catalog;
        this.matcher = new PhraseMatcher(catalog);
    }

    /**
     * @throws BadInputException when fewer than {@link #MIN_SKILLS} skills are found: the text does
     *     not read like a job posting
     */
    public Posting read(String text) {
        return read(text, Optional.empty(), Map.of(), true);
    }

    /**
     * A kept posting: its text read again, under the title it was kept with, the person's
     * corrections applied. Never refused, so a posting corrected down to a few skills still opens.
     */
    public Posting read(SavedPosting saved) {
        return read(saved.text(), Optional.of(saved.title()), saved.corrections(), false);
    }

    private Posting read(String text, Optional<String> keptTitle, Map<String, PostingCorrection> corrections,
                         boolean refuseFew) {
        List<Line> lines = lines(text);
        String title = title(lines);
        Map<String, Emphasis> emphasis = new LinkedHashMap<>();
        Map<String, List<PhraseMatch>> phrases = new LinkedHashMap<>();
        Section section = Section.DESCRIBED;
        for (Line line : lines) {
            // The first line is the title, whatever words it uses ("Product Manager, Benefits Platform").
            Section heading = line == lines.get(0) ? null : heading(line.stripped(), line.text());
            if (heading != null) {
                section = heading;
                continue;
            }
            if (section == Section.IGNORED) {
                continue;
            }
            Matcher sentences = SENTENCE.matcher(line.text());
            while (sentences.find()) {
                String sentence = sentences.group();
                Emphasis said = wording(sentence, section);
                for (PhraseMatch m : matcher.find(sentence)) {
                    int start = line.start() + sentences.start() + m.start();
                    PhraseMatch at = new PhraseMatch(m.skillId(), m.phrase(), start, start + m.phrase().length());
                    phrases.computeIfAbsent(m.skillId(), k -> new ArrayList<>()).add(at);
                    emphasis.merge(m.skillId(), said, Emphasis::strongest);
                }
            }
        }
        if (refuseFew && phrases.size() < MIN_SKILLS) {
            throw new BadInputException(Messages.get("posting.error.notAPosting", phrases.size()));
        }
        List<PostingSkill> skills = new ArrayList<>();
        for (Skill skill : catalog.skills()) {
            PostingCorrection correction = corrections.get(skill.id());
            List<PhraseMatch> found = phrases.getOrDefault(skill.id(), List.of());
            if (correction == PostingCorrection.REQUIRED) {
                skills.add(new PostingSkill(skill.id(), Emphasis.REQUIRED, found));
            } else if (correction == PostingCorrection.ADDED && found.isEmpty()) {
                skills.add(new PostingSkill(skill.id(), Emphasis.PREFERRED, found));
            } else if (correction != PostingCorrection.DROPPED && !found.isEmpty()) {
                skills.add(new PostingSkill(skill.id(), emphasis.get(skill.id()), found));
            }
        }
        OptionalInt years = years(text);
        // The seniority is read from the posting's own title, whatever it was kept as.
        TargetProfile base = baseProfile(title, years);
        String shown = keptTitle.filter(t -> !t.isBlank()).orElse(title);
        return new Posting(shown, text, years, base, skills, PostingTarget.of(shown, base, skills));
    }

    // ---- lines, headings and wording ----

    private record Line(String text, int start) {
        /** Without Markdown marks (#, *, _, -), bullets and a closing colon, in lower case. */
        String stripped() {
            String s = text.strip().replaceAll("^[#>*_\\-•·\\s]+", "").replaceAll("[*_:\\s]+$", "");
            return s.toLowerCase(Locale.ROOT);
        }
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (!text.substring(start, end).isBlank()) {
                lines.add(new Line(text.substring(start, end), start));
            }
            start = end + 1;
        }
        return lines;
    }

    /** The section a line opens, or null when it is not a heading. */
    private static Section heading(String stripped, String raw) {
        if (stripped.isEmpty() || stripped.length() > MAX_HEADING_LENGTH || stripped.endsWith(".")) {
            return null;
        }
        String trimmed = raw.strip();
        boolean marked = trimmed.startsWith("#") || trimmed.endsWith(":") || trimmed.endsWith(":**")
                || (trimmed.startsWith("**") && trimmed.endsWith("**"));
        for (Map.Entry<Section, List<String>> entry : HEADINGS.entrySet()) {
            if (entry.getValue().stream().anyMatch(stripped::contains)
                    && (marked || stripped.split("\\s+").length <= 6)) {
                return entry.getKey();
            }
        }
        return null;
    }

    private static Emphasis wording(String sentence, Section section) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (PREFERRED_WORDS.stream().anyMatch(lower::contains)) {
            return Emphasis.PREFERRED;
        }
        if (section == Section.REQUIRED) {
            return Emphasis.REQUIRED;
        }
        if (section == Section.PREFERRED) {
            return Emphasis.PREFERRED;
        }
        return REQUIRED_WORDING.matcher(lower).find() ? Emphasis.REQUIRED : Emphasis.DESCRIBED;
    }

    // ---- title, years and seniority ----

    private static String title(List<Line> lines) {
        for (Line line : lines.subList(0, Math.min(10, lines.size()))) {
            Matcher labelled = TITLE_LABEL.matcher(line.text().strip());
            if (labelled.matches()) {
                return shorten(labelled.group(1));
            }
        }
        return lines.isEmpty() ? "" : shorten(lines.get(0).text().replaceAll("^[#*\\s]+|[*\\s]+$", ""));
    }

    private static String shorten(String title) {
        String t = title.strip();
        return t.length() <= MAX_TITLE_LENGTH ? t : t.substring(0, MAX_TITLE_LENGTH).strip() + "…";
    }

    /** The most years of experience the posting asks for anywhere, when it says. */
    static OptionalInt years(String text) {
        Matcher m = YEARS.matcher(text);
        int most = -1;
        while (m.find()) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            int years = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBERS.indexOf(n);
            // What follows in the same sentence says whether these are years of experience.
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60)).toLowerCase(Locale.ROOT)
                    .split("[.;!?\\n]", 2)[0];
            if (years <= 30 && (after.contains("experience") || after.matches("(?s)^\\s*(?:(?:of|in|as)\\b|'|’).*"))) {
                most = Math.max(most, years);
            }
        }
        return most < 0 ? OptionalInt.empty() : OptionalInt.of(most);
    }

    /** The title's seniority decides; without one, the years asked for; without those, the middle profile. */
    TargetProfile baseProfile(String title, OptionalInt years) {
        List<TargetProfile> profiles = catalog.profiles();
        List<String> words = List.of(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
        if (words.stream().anyMatch(SENIOR_WORDS::contains)) {
            return profiles.get(profiles.size() - 1);
        }
        if (words.stream().anyMatch(JUNIOR_WORDS::contains)) {
            return profiles.get(0);
        }
        if (years.isPresent() && years.getAsInt() >= SENIOR_YEARS) {
            return profiles.get(profiles.size() - 1);
        }
        if (years.isPresent() && years.getAsInt() <= JUNIOR_YEARS) {
            return profiles.get(0);
        }
        return catalog.defaultProfile();
    }
}
