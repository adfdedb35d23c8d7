package org.skillgap.transfer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

import org.skillgap.files.AtomicFile;
import org.skillgap.json.JsonFiles;
import org.skillgap.model.Evidence;
import org.skillgap.model.Profile;
import org.skillgap.model.RatingChange;
import org.skillgap.model.SavedPosting;
import org.skillgap.model.Reviews;
import org.skillgap.model.UserData;

/**
 * Writes everything a person entered to one JSON file, to move machines or keep a backup.
 * Keys are sorted and lines end in "\n" on every system, so two exports diff cleanly.
 */
public final class DataExport {

    public static final String FORMAT = "skillgap";
    public static final int VERSION = 1;

    private DataExport() {
    }

    /** Writes {@code data} to {@code target} atomically; throws BadInputException when it cannot be written. */
    public static void write(UserData data, String catalogVersion, Instant exportedAt, Path target) {
        AtomicFile.write(target, toJson(data, catalogVersion, exportedAt).getBytes(StandardCharsets.UTF_8));
    }

    /** The file's text. */
    public static String toJson(UserData data, String catalogVersion, Instant exportedAt) {
        Map<String, Object> root = new TreeMap<>();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("exportedAt", exportedAt.toString());
        root.put("catalogVersion", catalogVersion);
        root.put("profile", data.profile().map(DataExport::profile).orElse(null));
        root.put("ratings", new TreeMap<>(data.ratings()));
        root.put("notes", new TreeMap<>(data.notes()));
        root.put("history", history(data.history()));
        Map<String, String> items = new TreeMap<>();
        data.items().forEach((id, status) -> items.put(id, status.id()));
        root.put("items", items);
        root.put("settings", new TreeMap<>(data.settings()));
        if (!data.held().isEmpty()) {
            // Only when there is one: an export without held certifications stays what 0.1.0 reads.
            Map<String, String> held = new TreeMap<>();
            data.held().forEach((id, earned) -> held.put(id, earned.toString()));
            root.put("held", held);
        }
        if (!data.postings().isEmpty()) {
            // Only when there is one, as with "held".
            root.put("postings", data.postings().stream().map(DataExport::posting).toList());
        }
        // Like "held": written only when there is some, so an export without stays what 0.1.0 reads.
        if (!data.evidence().isEmpty()) {
            root.put("evidence", data.evidence().stream().map(DataExport::evidence).toList());
        }
        if (!data.reviews().isEmpty()) {
            root.put("reviews", reviews(data.reviews()));
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        // Only strings, numbers and maps of them go in: this cannot fail short of a bug.
        return JsonFiles.mapper().writer().with(printer).writeValueAsString(root) + "\n";
    }

    private static Map<String, Object> posting(SavedPosting p) {
        Map<String, Object> m = new TreeMap<>();
        m.put("id", p.id());
        m.put("title", p.title());
        m.put("text", p.text());
        m.put("added", p.addedAt().toString());
        Map<String, String> corrections = new TreeMap<>();
        p.corrections().forEach((skill, correction) -> corrections.put(skill, correction.id()));
        m.put("corrections", corrections);
        return m;
    }

    private static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> m = new TreeMap<>();
        m.put("skill", e.skillId());
        m.put("title", e.title());
        m.put("date", e.date().toString());
        m.put("link", e.link());
        m.put("file", e.file());
        m.put("outcome", e.outcome());
        return m;
    }

    private static Map<String, Object> reviews(Reviews reviews) {
        Map<String, Object> m = new TreeMap<>();
        m.put("requests", reviews.requests().stream().map(r -> {
            Map<String, Object> request = new TreeMap<>();
            request.put("token", r.token());
            request.put("reviewer", r.reviewer());
            request.put("catalogVersion", r.catalogVersion());
            request.put("requested", r.requested().toString());
            return request;
        }).toList());
        m.put("given", reviews.reviews().stream().map(r -> {
            Map<String, Object> review = new TreeMap<>();
            review.put("id", r.id());
            review.put("token", r.token());
            review.put("reviewer", r.reviewer());
            review.put("relation", r.relation());
            review.put("date", r.date().toString());
            review.put("ratings", new TreeMap<>(r.ratings()));
            review.put("comments", new TreeMap<>(r.comments()));
            return review;
        }).toList());
        m.put("adopted", reviews.adoptions().stream().map(a -> {
            Map<String, Object> adopted = new TreeMap<>();
            adopted.put("skill", a.skillId());
            adopted.put("level", a.level());
            adopted.put("review", a.reviewId());
            adopted.put("reviewer", a.reviewer());
            adopted.put("at", a.adoptedAt().toString());
            return adopted;
        }).toList());
        return m;
    }

    private static Map<String, Object> profile(Profile p) {
        Map<String, Object> m = new TreeMap<>();
        m.put("name", p.name());
        m.put("target", p.targetId());
        m.put("background", p.backgroundId());
        m.put("hoursPerWeek", p.hoursPerWeek());
        return m;
    }

    private static List<Map<String, Object>> history(List<RatingChange> history) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (RatingChange change : history) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", change.changedAt().toString());
            m.put("level", change.level());
            m.put("skill", change.skillId());
            list.add(m);
        }
        return list;
    }
}
