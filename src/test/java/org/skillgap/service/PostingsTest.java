package org.skillgap.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.skillgap.EnglishLocale;
import org.skillgap.catalog.Catalogs;
import org.skillgap.model.BadInputException;
import org.skillgap.model.PostingCorrection;
import org.skillgap.model.SavedPosting;
import org.skillgap.posting.Emphasis;
import org.skillgap.posting.Posting;

/** The rules of kept postings: what is kept, how corrections apply, old skill ids mapped forward. */
@EnglishLocale
class PostingsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private final Postings postings = new Postings(Catalogs.bundled());

    private static String text(String name) throws Exception {
        return Files.readString(Path.of(PostingsTest.class.getResource("/postings/" + name).toURI()));
    }

    @Test
    void aPastedPostingIsKeptUnderItsFirstLineOrTheTitleGivenAndAControlCharacterInATitleIsRefused() throws Exception {
        String text = text("pm-data-platform.txt");

        assertThat(postings.fromPasted(text, Optional.empty(), NOW).title()).isEqualTo("Product Manager - Data Platform");
        assertThat(postings.fromPasted(text, Optional.of("  Meridian  "), NOW).title()).isEqualTo("Meridian");
        assertThat(postings.fromPasted(text, Optional.of(" "), NOW).title()).isEqualTo("Product Manager - Data Platform");
        assertThatThrownBy(() -> postings.fromPasted(text, Optional.of("bell\u0007"), NOW))
                .isInstanceOf(BadInputException.class).hasMessageContaining("title cannot be kept");
    }

    @Test
    void correctionsAddDropAndRequireSkillsAndTheTargetFollows() throws Exception {
        SavedPosting kept = postings.fromPasted(text("senior-pm-cloud-platform.md"), Optional.empty(), NOW).withId(1);
        Posting read = postings.read(kept);
        String preferred = read.withEmphasis(Emphasis.PREFERRED).get(0).skillId();
        String required = read.required().get(0).skillId();
        String missed = postings.catalog().skills().stream().map(s -> s.id()).filter(id -> read.skill(id).isEmpty())
                .findFirst().orElseThrow();

        SavedPosting corrected = postings.correct(postings.correct(postings.correct(kept,
                preferred, Optional.of(PostingCorrection.REQUIRED)),
                required, Optional.of(PostingCorrection.DROPPED)),
                missed, Optional.of(PostingCorrection.ADDED));
        Posting after = postings.read(corrected);

        assertThat(after.skill(preferred).orElseThrow().required()).isTrue();
        assertThat(after.target().targetFor(preferred).orElseThrow().mustHave()).isTrue();
        assertThat(after.skill(required)).isEmpty();
        assertThat(after.target().targetFor(required).orElseThrow().mustHave()).isFalse();
        assertThat(after.skill(missed).orElseThrow().emphasis()).isEqualTo(Emphasis.PREFERRED);
        assertThat(after.skill(missed).orElseThrow().phrases()).isEmpty();
        assertThat(postings.read(postings.correct(corrected, required, Optional.empty())).skill(required)).isPresent();
        assertThatThrownBy(() -> postings.correct(kept, "juggling", Optional.of(PostingCorrection.ADDED)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("Unknown skill 'juggling'");
    }

    @Test
    void aCorrectionSavedUnderAnOldSkillIdStillApplies() throws Exception {
        SavedPosting kept = new SavedPosting(1, "Cloud", text("senior-pm-cloud-platform.md"), NOW,
                Map.of("data-analysis", PostingCorrection.REQUIRED));

        Posting read = postings.read(kept);

        assertThat(read.skill("product-metrics").orElseThrow().required()).isTrue();
        assertThat(postings.correct(kept, "data-analysis", Optional.empty()).corrections()).isEmpty();
        assertThat(postings.correct(kept, "product-metrics", Optional.of(PostingCorrection.DROPPED)).corrections())
                .isEqualTo(Map.of("product-metrics", PostingCorrection.DROPPED));
    }
}
