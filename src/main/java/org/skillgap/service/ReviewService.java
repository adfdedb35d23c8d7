package org.skillgap.service;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.skillgap.model.Adoption;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Catalog;
import org.skillgap.model.Level;
import org.skillgap.model.Messages;
import org.skillgap.model.Profile;
import org.skillgap.model.Review;
import org.skillgap.model.ReviewRequest;
import org.skillgap.model.Reviews;
import org.skillgap.model.Texts;
import org.skillgap.report.ReviewForm;
import org.skillgap.report.ReviewFormReader;
import org.skillgap.store.SkillGapStore;

/**
 * Second opinions, the same for the window and the command line: a form is made for this person's
 * data and catalog, and a filled one comes back in only when it is that form, for that catalog,
 * with levels 0-5 or "can't judge". The reviewer's levels are kept apart; the person's own rating
 * changes only when they adopt one. A refused form changes nothing.
 */
public final class ReviewService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ReviewService() {
    }

    /**
     * Makes a review form for the person and writes it to {@code target}; its token is kept with
     * the person's data first, so the form can come back.
     *
     * @throws BadInputException before the first run is finished (there is nobody to review)
     */
    public static ReviewRequest request(Catalog catalog, SkillGapStore store, Optional<Profile> profile, String reviewer,
                                        Path target, LocalDate today) throws IOException {
        Profile person = profile.orElseThrow(() -> new BadInputException(Messages.get("review.error.noProfile")));
        String name = reviewer == null ? "" : reviewer.strip();
        Texts.checkName(name);
        ReviewRequest request = new ReviewRequest(HexFormat.of().formatHex(randomBytes()), name,
                catalog.catalogVersion(), today);
        store.reviews().addRequest(request);
        ReviewForm.write(new ReviewForm.Content(person.name(), name, request.token(), catalog.catalogVersion(),
                catalog.skills()), target);
        return request;
    }

    /**
     * Reads a filled form and keeps its levels and comments as a review.
     *
     * @throws BadInputException saying why the form is refused; nothing is saved then
     */
    public static Review importForm(Catalog catalog, SkillGapStore store, Path file, LocalDate today) {
        ReviewFormReader.Answers answers = ReviewFormReader.read(file);
        Reviews known = store.reviews().all();
        ReviewRequest request = known.request(answers.token()).orElseThrow(() ->
                new BadInputException(Messages.get("review.error.otherPerson", file, answers.person())));
        known.reviews().stream().filter(r -> r.token().equals(answers.token())).findFirst().ifPresent(r -> {
            throw new BadInputException(Messages.get("review.error.again", file, r.id()));
        });
        if (!answers.catalogVersion().equals(request.catalogVersion())
                || !answers.catalogVersion().equals(catalog.catalogVersion())) {
            throw new BadInputException(Messages.get("review.error.otherCatalog", file, answers.catalogVersion(),
                    catalog.catalogVersion()));
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        answers.levels().forEach((skill, value) -> {
            if (catalog.skill(skill).isEmpty()) {
                throw new BadInputException(Messages.get("review.error.unknownSkill", file, skill));
            }
            if (!value.isEmpty()) {
                levels.put(skill, level(file, skill, value));
            }
        });
        Map<String, String> comments = new LinkedHashMap<>();
        answers.comments().forEach((skill, text) -> {
            if (catalog.skill(skill).isEmpty()) {
                throw new BadInputException(Messages.get("review.error.unknownSkill", file, skill));
            }
            Texts.checkNote(skill, text);
            comments.put(skill, text);
        });
        String reviewer = answers.reviewer().isEmpty() ? request.reviewer() : answers.reviewer();
        if (reviewer.isEmpty()) {
            throw new BadInputException(Messages.get("review.error.noReviewer", file));
        }
        Texts.checkName(reviewer);
        Texts.checkName(answers.relation());
        LocalDate date = answers.date().isEmpty() ? today : date(file, answers.date());
        return store.reviews().add(new Review(0, reviewer, answers.relation(), date, answers.token(), levels, comments));
    }

    /**
     * The person takes over the reviewer's level of {@code skill} as their own: a self rating
     * "after review by" the reviewer, in the history like any other.
     *
     * @param reviewId the review to take it from; empty for the latest
     * @throws BadInputException for an unknown skill or review, or a skill the reviewer did not judge
     */
    public static Adoption adopt(Catalog catalog, SkillGapStore store, String skill, Optional<Long> reviewId) {
        String id = catalog.currentSkillId(skill).orElseThrow(() ->
                new BadInputException(Messages.get("evidence.error.unknownSkill", skill,
                        String.join(", ", catalog.skills().stream().map(s -> s.id()).toList()))));
        Reviews reviews = store.reviews().all();
        Review review = reviewId.isPresent()
                ? reviews.review(reviewId.get()).orElseThrow(() ->
                        new BadInputException(Messages.get("review.error.noSuchReview", reviewId.get())))
                : reviews.latest().orElseThrow(() -> new BadInputException(Messages.get("review.error.noReview")));
        Integer level = review.ratings().get(id);
        if (level == null) {
            throw new BadInputException(Messages.get("review.error.notJudged", review.reviewer(), id));
        }
        return store.reviews().adopt(id, level, review);
    }

    /** "3 Competent", or a bare "3": the number it starts with. */
    private static int level(Path file, String skill, String value) {
        try {
            int level = Integer.parseInt(value.split(" ", 2)[0]);
            if (Level.isValid(level)) {
                return level;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new BadInputException(Messages.get("review.error.level", file, skill, value));
    }

    private static LocalDate date(Path file, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadInputException(Messages.get("review.error.date", file, text));
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
