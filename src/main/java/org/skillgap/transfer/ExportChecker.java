package org.skillgap.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

import org.skillgap.catalog.CurrentIds;
import org.skillgap.json.JsonDocument;
import org.skillgap.json.JsonPath;
import org.skillgap.json.JsonProblem;
import org.skillgap.model.Coded;
import org.skillgap.model.Adoption;
import org.skillgap.model.Catalog;
import org.skillgap.model.Evidence;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.PostingCorrection;
import org.skillgap.model.Profile;
import org.skillgap.model.RatingChange;
import org.skillgap.model.Review;
import org.skillgap.model.ReviewRequest;
import org.skillgap.model.Reviews;
import org.skillgap.model.SavedPosting;
import org.skillgap.model.Texts;
import org.skillgap.model.UserData;

/**
 * The checks of an export that its JSON Schema cannot make, on a file of the right shape: the
 * target role and background are the catalog's, old ids map forward, names and notes follow the
 * rules the store applies ({@link Texts}), timestamps are real instants. Walks the tree once,
 * collecting every problem with its line and path, and builds the result.
 */
final class ExportChecker {

    private final Catalog catalog;
    private final JsonDocument document;
    private final List<JsonProblem> problems = new ArrayList<>();

    ExportChecker(Catalog catalog, JsonDocument document) {
        this.catalog = catalog;
        this.document = document;
    }

    List<JsonProblem> problems() {
        return problems;
    }

    UserData read() {
        JsonNode root = document.root();
        optionalTime(root.get("exportedAt"), "exportedAt");
        Optional<Profile> profile = profile(root.get("profile"));
        // Old ids map forward by the rule the window and the command line use (CurrentIds).
        Map<String, Integer> ratings = CurrentIds.ratingsKeepingRetired(catalog,
                byKey(root.get("ratings"), "ratings", (value, path) -> value.intValue()));
        Map<String, String> notes = CurrentIds.notes(catalog, byKey(root.get("notes"), "notes",
                (value, path) -> typed(value, path, Texts.noteProblem(value.stringValue()))));
        List<RatingChange> history = history(root.get("history"));
        Map<String, ItemStatus> items = CurrentIds.statuses(catalog, byKey(root.get("items"), "items",
                (value, path) -> ItemStatus.fromId(value.stringValue()).orElseThrow()));
        Map<String, String> settings = new TreeMap<>();
        if (root.get("settings") != null) {
            root.get("settings").properties().forEach(e -> settings.put(e.getKey(), e.getValue().stringValue()));
        }
        Map<String, LocalDate> held = new TreeMap<>();
        if (root.get("held") != null) {
            root.get("held").properties().forEach(e -> {
                LocalDate earned = earned(e.getKey(), e.getValue(), JsonPath.child("held", e.getKey()));
                if (earned != null) {
                    held.put(e.getKey(), earned);
                }
            });
        }
        return new UserData(profile, ratings, notes, history, items, settings, CurrentIds.held(catalog, held),
                postings(root.get("postings")), evidence(root.get("evidence")), reviews(root.get("reviews")));
    }

    /** The kept postings: each id once, a title by the rule for names, old skill ids mapped forward. */
    private List<SavedPosting> postings(JsonNode node) {
        List<SavedPosting> postings = new ArrayList<>();
        if (node == null) {
            return postings;
        }
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String path = JsonPath.index("postings", i);
            JsonNode entry = node.get(i);
            long id = entry.get("id").longValue();
            if (!ids.add(id)) {
                problem(path + ".id", "posting.import.duplicateId", id);
                continue;
            }
            JsonNode titleNode = entry.get("title");
            String title = typed(titleNode, path + ".title", Texts.nameProblem(titleNode.stringValue()));
            Map<String, PostingCorrection> corrections = new TreeMap<>();
            byKey(entry.get("corrections"), path + ".corrections",
                    (value, at) -> Coded.fromId(PostingCorrection.class, value.stringValue()).orElseThrow())
                    .forEach((skill, correction) -> corrections.put(skillId(skill), correction));
            Optional<Instant> added = time(entry.get("added"), path + ".added");
            if (title != null && added.isPresent()) {
                postings.add(new SavedPosting(id, title, entry.get("text").stringValue(), added.get(), corrections));
            }
        }
        return postings;
    }

    /** Evidence by the rules of {@code service.EvidenceService}: a title, short texts, a real day not in the future. */
    private List<Evidence> evidence(JsonNode node) {
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; node != null && i < node.size(); i++) {
            String path = JsonPath.index("evidence", i);
            JsonNode e = node.get(i);
            String title = text(e, "title", path);
            if (title != null && title.isBlank()) {
                problem(path + ".title", "evidence.import.noTitle");
                title = null;
            }
            LocalDate date = day(e.get("date"), path + ".date");
            String link = text(e, "link", path);
            String file = text(e, "file", path);
            String outcome = text(e, "outcome", path);
            if (title != null && date != null && link != null && file != null && outcome != null) {
                evidence.add(new Evidence(0, skillId(e.get("skill").stringValue()), title, date, link, file, outcome));
            }
        }
        return evidence;
    }

    private Reviews reviews(JsonNode node) {
        if (node == null) {
            return Reviews.NONE;
        }
        List<ReviewRequest> requests = new ArrayList<>();
        JsonNode requestNodes = node.get("requests");
        for (int i = 0; requestNodes != null && i < requestNodes.size(); i++) {
            JsonNode r = requestNodes.get(i);
            LocalDate requested = day(r.get("requested"), JsonPath.index("reviews.requests", i) + ".requested");
            if (requested != null) {
                requests.add(new ReviewRequest(r.get("token").stringValue(), r.get("reviewer").stringValue(),
                        r.get("catalogVersion").stringValue(), requested));
            }
        }
        List<Review> given = new ArrayList<>();
        JsonNode givenNodes = node.get("given");
        for (int i = 0; givenNodes != null && i < givenNodes.size(); i++) {
            String path = JsonPath.index("reviews.given", i);
            JsonNode r = givenNodes.get(i);
            LocalDate date = day(r.get("date"), path + ".date");
            String reviewer = text(r, "reviewer", path);
            Map<String, Integer> levels = new TreeMap<>();
            byKey(r.get("ratings"), path + ".ratings", (value, p) -> value.intValue()).forEach((skill, level) ->
                    levels.put(skillId(skill), level));
            Map<String, String> comments = new TreeMap<>();
            byKey(r.get("comments"), path + ".comments",
                    (value, p) -> typed(value, p, Texts.noteProblem(value.stringValue()))).forEach((skill, comment) ->
                    comments.put(skillId(skill), comment));
            if (date != null && reviewer != null) {
                given.add(new Review(r.get("id").longValue(), reviewer, r.get("relation").stringValue(), date,
                        r.get("token").stringValue(), levels, comments));
            }
        }
        List<Adoption> adopted = new ArrayList<>();
        JsonNode adoptedNodes = node.get("adopted");
        for (int i = 0; adoptedNodes != null && i < adoptedNodes.size(); i++) {
            JsonNode a = adoptedNodes.get(i);
            time(a.get("at"), JsonPath.index("reviews.adopted", i) + ".at").ifPresent(at -> adopted.add(new Adoption(
                    skillId(a.get("skill").stringValue()), a.get("level").intValue(), a.get("review").longValue(),
                    a.get("reviewer").stringValue(), at)));
        }
        return new Reviews(requests, given, adopted);
    }

    /** A short text a person typed (a title, a link), by the rule for names; null after recording a problem. */
    private String text(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        return node == null ? "" : typed(node, path + "." + field, Texts.nameProblem(node.stringValue()));
    }

    private LocalDate day(JsonNode node, String path) {
        return day(node, path, "evidence.import.futureDate");
    }

    /** A day that has been: a real ISO date, not in the future ({@code futureKey} says so otherwise). */
    private LocalDate day(JsonNode node, String path, String futureKey) {
        LocalDate day;
        try {
            day = LocalDate.parse(node.stringValue());
        } catch (DateTimeParseException e) {
            problem(path, "import.badDate", JsonPath.shorten(node.stringValue()));
            return null;
        }
        if (day.isAfter(LocalDate.now())) {
            problem(path, futureKey, day);
            return null;
        }
        return day;
    }

    /**
     * The day a held certification was earned, by the rules of {@code service.Certifications}: a real date,
     * not in the future, of an item that is a certification (one the catalog does not know is kept,
     * as a status is).
     */
    private LocalDate earned(String id, JsonNode value, String path) {
        if (catalog.currentItemId(id).isPresent() && catalog.certification(id).isEmpty()) {
            problem(path, "import.notCertification", JsonPath.shorten(id));
            return null;
        }
        return day(value, path, "import.futureDate");
    }

    private Optional<Profile> profile(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        JsonNode nameNode = node.get("name");
        String name = nameNode == null ? "" : typed(nameNode, "profile.name", Texts.nameProblem(nameNode.stringValue()));
        String target = node.get("target").stringValue();
        if (catalog.profile(target).isEmpty()) {
            problem("profile.target", "import.unknownProfile", JsonPath.shorten(target));
        }
        String background = node.get("background").stringValue();
        if (catalog.background(background).isEmpty()) {
            problem("profile.background", "import.unknownBackground", JsonPath.shorten(background));
        }
        return name == null ? Optional.empty()
                : Optional.of(new Profile(name, target, background, node.get("hoursPerWeek").intValue()));
    }

    private List<RatingChange> history(JsonNode node) {
        List<RatingChange> history = new ArrayList<>();
        if (node == null) {
            return history;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = JsonPath.index("history", i);
            JsonNode entry = node.get(i);
            String skill = skillId(entry.get("skill").stringValue());
            time(entry.get("at"), path + ".at").ifPresent(at ->
                    history.add(new RatingChange(skill, entry.get("level").intValue(), at)));
        }
        return history;
    }

    /** The values of an object keyed by id, each read by {@code values}; one that is refused is left out. */
    private static <T> Map<String, T> byKey(JsonNode node, String path, ValueReader<T> values) {
        Map<String, T> result = new TreeMap<>();
        if (node != null) {
            node.properties().forEach(e -> {
                T value = values.read(e.getValue(), JsonPath.child(path, e.getKey()));
                if (value != null) {
                    result.put(e.getKey(), value);
                }
            });
        }
        return result;
    }

    /** The current id of a skill; one the catalog does not know is kept as it is (a retired skill). */
    private String skillId(String id) {
        return catalog.currentSkillId(id).orElse(id);
    }

    private void optionalTime(JsonNode node, String path) {
        if (node != null) {
            time(node, path);
        }
    }

    private Optional<Instant> time(JsonNode node, String path) {
        try {
            return Optional.of(Instant.parse(node.stringValue()));
        } catch (DateTimeParseException e) {
            problem(path, "import.badTime", JsonPath.shorten(node.stringValue()));
            return Optional.empty();
        }
    }

    /** Text a person typed, checked by the same rule the store applies, so it imports as it was saved. */
    private String typed(JsonNode node, String path, Optional<String> problem) {
        if (problem.isPresent()) {
            problems.add(document.problem(path, "import.typedText", problem.get()));
            return null;
        }
        return node.stringValue();
    }

    private void problem(String path, String key, Object... args) {
        problems.add(document.problem(path, key, args));
    }

    @FunctionalInterface
    private interface ValueReader<T> {
        /** The value, or null after recording a problem. */
        T read(JsonNode node, String path);
    }
}
