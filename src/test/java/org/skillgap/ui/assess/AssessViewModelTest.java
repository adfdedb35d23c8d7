package org.skillgap.ui.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.gap.SkillGap;
import org.skillgap.model.Skill;
import org.skillgap.ui.RecordingDialogs;
import org.skillgap.ui.SessionFixture;

@org.skillgap.EnglishLocale
class AssessViewModelTest {

    @TempDir
    Path temp;

    private SessionFixture fixture;
    private AssessViewModel assess;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void open() {
        fixture = SessionFixture.withProfile(temp);
        assess = new AssessViewModel(fixture.session, dialogs);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<SkillRow> visibleSkills() {
        return assess.visibleEntries().stream().filter(e -> e instanceof SkillRow).map(e -> (SkillRow) e).toList();
    }

    /** The person last rated a skill on {@code day} (the fixture's today is 2026-11-30), as the store keeps it. */
    private void lastRatedOn(String day, String weeksSetting) {
        org.skillgap.model.UserData saved = fixture.stored().readAll();
        String skill = fixture.catalog.skills().get(0).id();
        java.util.Map<String, String> settings = weeksSetting == null ? saved.settings()
                : java.util.Map.of("reassess.weeks", weeksSetting);
        fixture.stored().replaceAll(new org.skillgap.model.UserData(saved.profile(), java.util.Map.of(skill, 2),
                saved.notes(), List.of(new org.skillgap.model.RatingChange(skill, 2,
                        java.time.Instant.parse(day + "T10:00:00Z"))), saved.items(), settings));
        fixture.reopen();
        assess.dispose();
        assess = new AssessViewModel(fixture.session, dialogs);
    }

    @Test
    void onceTheIntervalHasPassedTheHeaderSaysWhenTheLastAssessmentWasUntilTheyRate() {
        lastRatedOn("2026-10-05", null);

        assertThat(assess.lastAssessedTextProperty().get()).isEqualTo("Last assessed 8 weeks ago");

        fixture.session.rate(fixture.catalog.skills().get(1).id(), 3);
        assertThat(assess.lastAssessedTextProperty().get()).as("re-assessing today").isEmpty();
    }

    @Test
    void beforeTheIntervalHasPassedOrBeforeAnyRatingTheHeaderSaysNothing() {
        assertThat(assess.lastAssessedTextProperty().get()).as("nothing rated yet").isEmpty();

        lastRatedOn("2026-10-05", "12");

        assertThat(assess.lastAssessedTextProperty().get()).as("every 12 weeks: 8 weeks is not due").isEmpty();
    }

    @Test
    void listsEverySkillUnderItsCategoryHeading() {
        int skills = fixture.catalog.skills().size();
        assertThat(visibleSkills()).hasSize(skills);
        assertThat(assess.visibleEntries().get(0)).isInstanceOf(AssessEntry.Heading.class);
        assertThat(assess.visibleEntries().stream().filter(e -> e instanceof AssessEntry.Heading)).hasSize(3);
        assertThat(assess.gapSummary().ratedText()).isEqualTo("Rated 0 of " + skills);
    }

    @Test
    void ratingTheSelectedSkillWithADigitUpdatesCounterWordingAndReadiness() {
        SkillRow first = visibleSkills().get(0);
        assess.selectedProperty().set(first);
        String readinessBefore = assess.gapSummary().readinessText();

        assertThat(assess.rateSelected(4)).isTrue();

        assertThat(assess.gapSummary().ratedText()).startsWith("Rated 1 of");
        assertThat(first.levelTextProperty().get()).startsWith("4 \u00b7 Advanced: ")
                .endsWith(first.skill().describeLevel(4));
        assertThat(assess.gapSummary().readinessText()).isNotEqualTo(readinessBefore);
    }

    @Test
    void zeroIsALevelNotTheSameAsUnrated() {
        SkillRow first = visibleSkills().get(0);
        assertThat(first.rated()).isFalse();
        assess.rate(first.id(), 0);
        assertThat(first.rated()).isTrue();
        assertThat(first.levelTextProperty().get()).startsWith("0 \u00b7 None");
        assertThat(assess.gapSummary().ratedText()).startsWith("Rated 1 of");
    }

    @Test
    void aDigitWithNothingSelectedRatesNothing() {
        assertThat(assess.rateSelected(3)).isFalse();
        assertThat(assess.gapSummary().ratedText()).startsWith("Rated 0 of");
    }

    @Test
    void searchKeepsOnlyMatchingSkillsAndTheirHeadings() {
        Skill cloud = fixture.catalog.skills().stream().filter(s -> s.name().toLowerCase().contains("cloud"))
                .findFirst().orElseThrow();
        assess.searchProperty().set("cloud");
        assertThat(visibleSkills()).extracting(SkillRow::id).contains(cloud.id())
                .allSatisfy(id -> assertThat(assess.row(id).orElseThrow().skill().name().toLowerCase()
                        + assess.row(id).orElseThrow().skill().description().toLowerCase()).contains("cloud"));
        assertThat(assess.visibleEntries().stream().filter(e -> e instanceof AssessEntry.Heading)).hasSizeLessThan(3);

        assess.searchProperty().set("");
        assertThat(visibleSkills()).hasSize(fixture.catalog.skills().size());
    }

    @Test
    void theBiggestWeightedGapComesFirstAndClosingItRemovesIt() {
        List<SkillGap> gaps = assess.gapSummary().topGaps();
        assertThat(gaps).isNotEmpty();
        for (int i = 1; i < gaps.size(); i++) {
            assertThat(gaps.get(i - 1).weightedGap()).isGreaterThanOrEqualTo(gaps.get(i).weightedGap());
        }
        SkillGap biggest = gaps.get(0);
        assess.rate(biggest.skill().id(), biggest.target());
        assertThat(assess.gapSummary().topGaps()).noneMatch(g -> g.skill().id().equals(biggest.skill().id()));
    }

    @Test
    void blockersListMustHaveSkillsBelowTargetUntilTheyAreMet() {
        assertThat(assess.gapSummary().blockers()).isNotEmpty().allMatch(SkillGap::mustHave);
        assertThat(assess.gapSummary().readyText()).contains("must-have");
        for (SkillGap blocker : List.copyOf(assess.gapSummary().blockers())) {
            assess.rate(blocker.skill().id(), 5);
        }
        assertThat(assess.gapSummary().blockers()).isEmpty();
    }

    @Test
    void ratingEverySkillAtItsTargetMakesThePersonReady() {
        for (SkillRow row : visibleSkills()) {
            assess.rate(row.id(), row.target().level());
        }
        assertThat(assess.gapSummary().readinessText()).isEqualTo("100%");
        assertThat(assess.gapSummary().report().ready()).isTrue();
        assertThat(assess.gapSummary().topGaps()).isEmpty();
    }

    @Test
    void selectingASkillHiddenBySearchClearsTheSearch() {
        SkillRow last = visibleSkills().get(visibleSkills().size() - 1);
        assess.searchProperty().set("zzzz-no-such-skill");
        assertThat(visibleSkills()).isEmpty();
        assess.select(last.id());
        assertThat(assess.searchProperty().get()).isEmpty();
        assertThat(assess.selectedProperty().get()).isSameAs(assess.row(last.id()).orElseThrow());
    }

    @Test
    void notesShowOnTheirRow() {
        SkillRow first = visibleSkills().get(0);
        assess.saveNote(first.id(), "Ran three A/B tests last quarter");
        assertThat(first.noteProperty().get()).isEqualTo("Ran three A/B tests last quarter");
    }

    @Test
    void skillsWhoseNameMatchesTheSearchComeBeforeThoseWhoseDescriptionDoes() {
        assess.searchProperty().set("agile");
        java.util.List<SkillRow> shown = visibleSkills();
        assertThat(shown).isNotEmpty();
        assertThat(shown.get(0).skill().name().toLowerCase(java.util.Locale.ROOT)).contains("agile");
    }

    @Test
    void aFirstRatingKeepsTheSameEntriesSoTheListKeepsItsSelection() {
        java.util.List<AssessEntry> before = java.util.List.copyOf(assess.visibleEntries());
        SkillRow first = visibleSkills().get(0);

        assess.rate(first.id(), 3);

        assertThat(assess.visibleEntries()).containsExactlyElementsOf(before);
        AssessEntry.Heading heading = (AssessEntry.Heading) assess.visibleEntries().get(0);
        assertThat(heading.titleProperty().get()).endsWith("1 / " + visibleSkills().stream()
                .filter(r -> r.skill().category() == heading.category()).count());
    }

    @Test
    void aNoteBeingTypedIsSavedWhenTheWindowAsksForPendingEdits() {
        String id = fixture.catalog.skills().get(4).id();
        assess.noteTyped(id, "Half a sentence");

        assess.flushPendingEdits();

        assertThat(fixture.stored().notes()).containsEntry(id, "Half a sentence");
    }

    @Test
    void aDisposedScreenNoLongerFollowsTheSession() {
        String before = assess.gapSummary().ratedText();
        assess.dispose();

        fixture.session.rate(fixture.catalog.skills().get(0).id(), 3);

        assertThat(assess.gapSummary().ratedText()).as("a thrown-away screen is left alone").isEqualTo(before);
        assertThat(new AssessViewModel(fixture.session, dialogs).gapSummary().ratedText()).isNotEqualTo(before);
    }

    @Test
    void afterACatalogUpdateTheListCanShowOnlyTheChangedSkillsAndThenAllAgain() {
        List<String> changed = List.of(fixture.catalog.skills().get(2).id(), fixture.catalog.skills().get(20).id());

        assess.showOnly(changed);

        assertThat(visibleSkills()).extracting(SkillRow::id).containsExactlyElementsOf(changed);
        assertThat(assess.onlyNoticeProperty().get()).contains("2 skills");
        assess.showAll();
        assertThat(visibleSkills()).hasSize(fixture.catalog.skills().size());
        assertThat(assess.onlyNoticeProperty().get()).isEmpty();
    }

    @Test
    void evidenceForTheChosenSkillIsListedAndTheRowSaysClaimedOrBacked() {
        String skill = fixture.catalog.skills().get(0).id();
        fixture.session.rate(skill, 3);
        assess.select(skill);
        SkillRow row = assess.row(skill).orElseThrow();
        assertThat(row.backingTextProperty().get()).isEqualTo("Claimed, no evidence yet");

        assess.saveEvidence(0, "Shipped the billing API", "2026-06-01", "https://example.com/pr/12", "", "p95 latency halved")
                .join();
        fixture.settle();

        assertThat(assess.selectedEvidence()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Shipped the billing API");
            assertThat(e.link()).isEqualTo("https://example.com/pr/12");
        });
        assertThat(row.backed()).isTrue();
        assertThat(row.backingTextProperty().get()).isEqualTo("Backed by 1 piece of evidence");
        assertThat(fixture.stored().evidence().all()).hasSize(1);

        dialogs.answerConfirm = false;
        assess.removeEvidence(assess.selectedEvidence().get(0));
        fixture.settle();
        assertThat(dialogs.of("confirm")).singleElement()
                .satisfies(asked -> assertThat(asked.header()).isEqualTo("Remove \u201cShipped the billing API\u201d?"));
        assertThat(assess.selectedEvidence()).as("Cancel keeps it").hasSize(1);

        dialogs.answerConfirm = true;
        assess.removeEvidence(assess.selectedEvidence().get(0));
        fixture.settle();
        assertThat(assess.selectedEvidence()).isEmpty();
        assertThat(row.backingTextProperty().get()).isEqualTo("Claimed, no evidence yet");
    }

    @Test
    void evidenceDatedInTheFutureOrWithoutATitleIsRefusedBeforeAnythingIsSaved() {
        assess.select(fixture.catalog.skills().get(0).id());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assess.saveEvidence(0, "  ", "", "", "", ""))
                .hasMessageContaining("Evidence needs a title");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assess.saveEvidence(0, "Demo", "2026-12-01", "", "", ""))
                .hasMessageContaining("is in the future");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assess.saveEvidence(0, "Demo", "1/12/2026", "", "", ""))
                .hasMessageContaining("YYYY-MM-DD");
        assertThat(fixture.stored().evidence().all()).isEmpty();
    }

    @Test
    void theReviewersLevelIsASecondMarkerAndAdoptingItMakesItTheOwnRating() {
        String skill = fixture.catalog.skills().get(0).id();
        fixture.session.rate(skill, 4);
        var store = fixture.stored();
        store.reviews().addRequest(new org.skillgap.model.ReviewRequest("tok", "Ana", fixture.catalog.catalogVersion(),
                java.time.LocalDate.of(2026, 11, 1)));
        store.reviews().add(new org.skillgap.model.Review(0, "Ana", "mentor", java.time.LocalDate.of(2026, 11, 20), "tok",
                java.util.Map.of(skill, 2), java.util.Map.of(skill, "Has not led a design review yet.")));
        fixture.session.reload().join();
        assess.select(skill);
        SkillRow row = assess.row(skill).orElseThrow();

        assertThat(row.reviewerTextProperty().get()).isEqualTo("Reviewer Ana: 2");
        assertThat(row.accessibleTextProperty().get()).contains("Reviewer Ana: 2");
        assertThat(assess.reviewSummaryProperty().get())
                .isEqualTo("Ana (mentor) rated it 2 (Beginner). \u201cHas not led a design review yet.\u201d");
        assertThat(assess.canAdopt()).isTrue();
        assertThat(row.level()).as("a review leaves the own rating alone").isEqualTo(4);

        assess.adoptReview();
        fixture.settle();
        fixture.settle();

        assertThat(row.level()).isEqualTo(2);
        assertThat(assess.canAdopt()).isFalse();
        assertThat(fixture.stored().assessment().ratings()).containsEntry(skill, 2);
        assertThat(fixture.stored().reviews().all().adoptions()).singleElement()
                .satisfies(a -> assertThat(a.reviewer()).isEqualTo("Ana"));
    }
}
