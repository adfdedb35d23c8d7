package org.skillgap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.skillgap.gap.SecondOpinion;
import org.skillgap.model.Adoption;
import org.skillgap.model.Dates;
import org.skillgap.model.Messages;
import org.skillgap.model.Review;
import org.skillgap.model.ReviewRequest;
import org.skillgap.model.Reviews;
import org.skillgap.service.ReviewService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code skillgap review request|import|show|adopt}: a second opinion on your ratings, through a
 * PDF form a mentor fills in any PDF reader. The rules are {@link ReviewService}'s; a refused form
 * exits 2 with nothing changed.
 */
@Command(name = "review",
        description = "A second opinion: a PDF form for a mentor to rate you, brought back and compared with your own ratings.")
final class ReviewCommand extends Subcommand {

    @Command(name = "request", description = "Write a fillable PDF form for a reviewer to rate you on every skill.")
    int request(@Parameters(descriptionKey = "file", paramLabel = "OUT.pdf",
                        description = "Where to write the form.") Path form,
                @Option(names = "--reviewer", paramLabel = "NAME", description = "Who will fill it in.") String reviewer)
            throws Exception {
        return inWorkspace((ws, out) -> {
            ReviewRequest request = ReviewService.request(ws.catalog, ws.store, ws.data().profile(), reviewer, form,
                    LocalDate.now());
            out.println(Messages.get("review.cli.requested", form.toAbsolutePath(), request.reviewer().isEmpty() ? 0 : 1,
                    request.reviewer()));
        });
    }

    @Command(name = "import",
            description = "Bring back a filled review form. Your own ratings do not change; see 'review show'.")
    int importForm(@Parameters(descriptionKey = "file", paramLabel = "FILLED.pdf",
                           description = "The filled form.") Path file) throws Exception {
        return inWorkspace((ws, out) -> {
            Review review = ReviewService.importForm(ws.catalog, ws.store, file, LocalDate.now());
            List<SecondOpinion.Difference> big = SecondOpinion.disagreements(ws.catalog, ws.assessment(), review);
            out.println(Messages.get("review.cli.imported", review.id(), review.reviewer(), review.ratings().size(),
                    big.size()));
        });
    }

    @Command(name = "show",
            description = "Your ratings beside the reviewers', disagreements of 2 levels or more first.")
    int show(@Option(names = "--json", description = "Print {reviews: [...], disagreements: [...]}.") boolean json)
            throws Exception {
        return inWorkspace((ws, out) -> {
            Reviews reviews = ws.data().reviews();
            Optional<Review> latest = reviews.latest();
            List<SecondOpinion.Difference> compared = latest
                    .map(r -> SecondOpinion.compare(ws.catalog, ws.assessment(), r)).orElse(List.of());
            if (json) {
                out.println(JsonOutput.write(new ShownJson(reviews.reviews().stream().map(ReviewJson::of).toList(),
                        compared.stream().filter(SecondOpinion.Difference::big).map(DisagreementJson::of).toList())));
            } else if (latest.isEmpty()) {
                out.println(Messages.get("review.cli.none"));
            } else {
                printLatest(out, ws, latest.get(), compared);
            }
        });
    }

    @Command(name = "adopt", description = "Take the reviewer's level of a skill as your own rating.")
    int adopt(@Mixin SkillParameter skill,
              @Option(names = "--review", paramLabel = "ID", description = "Which review (default: the latest).") Long review)
            throws Exception {
        return inWorkspace((ws, out) -> {
            Adoption adopted = ReviewService.adopt(ws.catalog, ws.store, skill.id, Optional.ofNullable(review));
            out.println(Messages.get("review.cli.adopted", ws.skillName(adopted.skillId()).orElse(adopted.skillId()),
                    adopted.level(), adopted.reviewer()));
        });
    }

    private static void printLatest(PrintWriter out, Workspace ws, Review review, List<SecondOpinion.Difference> compared) {
        out.println(Messages.get("review.cli.heading", review.id(), review.reviewer(), review.relation().isEmpty() ? 0 : 1,
                review.relation(), Dates.format(review.date())));
        for (SecondOpinion.Difference d : compared) {
            String self = d.self() < 0 ? Messages.get("review.unrated") : Integer.toString(d.self());
            out.println((d.big() ? "! " : "  ") + Messages.get("review.cli.row",
                    ws.skillName(d.skillId()).orElse(d.skillId()), self, d.reviewer()));
            String comment = review.comments().get(d.skillId());
            if (comment != null) {
                out.println("      " + comment);
            }
        }
    }

    /** The reviews brought back, and the big disagreements of the latest with your own ratings. */
    record ShownJson(List<ReviewJson> reviews, List<DisagreementJson> disagreements) {
    }

    /** Ratings and comments by skill id, in id order. */
    record ReviewJson(long id, String reviewer, String relation, String date, Map<String, Integer> ratings,
                      Map<String, String> comments) {

        static ReviewJson of(Review review) {
            return new ReviewJson(review.id(), review.reviewer(), review.relation(), review.date().toString(),
                    new TreeMap<>(review.ratings()), new TreeMap<>(review.comments()));
        }
    }

    /** {@code self} is null for a skill not rated yourself. */
    record DisagreementJson(String skill, Integer self, int reviewer) {

        static DisagreementJson of(SecondOpinion.Difference d) {
            return new DisagreementJson(d.skillId(), d.self() < 0 ? null : d.self(), d.reviewer());
        }
    }
}
