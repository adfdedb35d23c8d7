package org.skillgap.transfer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
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
        root.put("profile", data.profile().map(ProfileJson::of).orElse(null));
        root.put("ratings", new TreeMap<>(data.ratings()));
        root.put("notes", new TreeMap<>(data.notes()));
        root.put("history", data.history().stream().map(ChangeJson::of).toList());
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
            root.put("postings", data.postings().stream().map(PostingJson::of).toList());
        }
        // Like "held": written only when there is some, so an export without stays what 0.1.0 reads.
        if (!data.evidence().isEmpty()) {
            root.put("evidence", data.evidence().stream().map(EvidenceJson::of).toList());
        }
        if (!data.reviews().isEmpty()) {
            root.put("reviews", ReviewsJson.of(data.reviews()));
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        // Only strings, numbers and maps of them go in: this cannot fail short of a bug.
        return JsonFiles.mapper().writer().with(printer).writeValueAsString(root) + "\n";
    }

    // The objects of the file: the mapper writes a record's fields in the order it declares them,
    // so each declares them in alphabetical order, as the sorted maps around them are written.

    record ProfileJson(String background, int hoursPerWeek, String name, String target) {

        static ProfileJson of(Profile p) {
            return new ProfileJson(p.backgroundId(), p.hoursPerWeek(), p.name(), p.targetId());
        }
    }

    record ChangeJson(String at, int level, String skill) {

        static ChangeJson of(RatingChange change) {
            return new ChangeJson(change.changedAt().toString(), change.level(), change.skillId());
        }
    }

    /** The corrections by skill id, each the id of a {@code PostingCorrection}. */
    record PostingJson(String added, Map<String, String> corrections, long id, String text, String title) {

        static PostingJson of(SavedPosting p) {
            Map<String, String> corrections = new TreeMap<>();
            p.corrections().forEach((skill, correction) -> corrections.put(skill, correction.id()));
            return new PostingJson(p.addedAt().toString(), corrections, p.id(), p.text(), p.title());
        }
    }

    record EvidenceJson(String date, String file, String link, String outcome, String skill, String title) {

        static EvidenceJson of(Evidence e) {
            return new EvidenceJson(e.date().toString(), e.file(), e.link(), e.outcome(), e.skillId(), e.title());
        }
    }

    /** The ratings taken from reviews, the reviews brought back and the forms sent out. */
    record ReviewsJson(List<AdoptionJson> adopted, List<ReviewJson> given, List<RequestJson> requests) {

        static ReviewsJson of(Reviews reviews) {
            return new ReviewsJson(
                    reviews.adoptions().stream().map(a -> new AdoptionJson(a.adoptedAt().toString(), a.level(),
                            a.reviewId(), a.reviewer(), a.skillId())).toList(),
                    reviews.reviews().stream().map(r -> new ReviewJson(new TreeMap<>(r.comments()), r.date().toString(),
                            r.id(), new TreeMap<>(r.ratings()), r.relation(), r.reviewer(), r.token())).toList(),
                    reviews.requests().stream().map(r -> new RequestJson(r.catalogVersion(), r.requested().toString(),
                            r.reviewer(), r.token())).toList());
        }
    }

    record AdoptionJson(String at, int level, long review, String reviewer, String skill) {
    }

    record ReviewJson(Map<String, String> comments, String date, long id, Map<String, Integer> ratings, String relation,
                      String reviewer, String token) {
    }

    record RequestJson(String catalogVersion, String requested, String reviewer, String token) {
    }
}
