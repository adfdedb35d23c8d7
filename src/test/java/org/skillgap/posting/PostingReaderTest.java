package org.skillgap.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.skillgap.catalog.Catalogs;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Catalog;
import org.skillgap.model.SkillTarget;
import org.skillgap.model.TargetProfile;

class PostingReaderTest {

    private static final String POSTING = """
            Product Manager, Checkout

            What you'll do
            - Own the roadmaps for checkout and run A/B tests on the funnel.

            Requirements
            - Strong SQL; you write your own queries.
            - Experience with Scrum. Familiarity with Kubernetes is a plus.

            Nice to have
            - Experience with pricing.

            Benefits
            - A learning budget and a mentor.
            """;

    private static final Catalog catalog = Catalogs.bundled();
    private static final PostingReader reader = new PostingReader(catalog);

    @Test
    void sectionsAndWordingTellRequiredFromPreferred() {
        Posting posting = reader.read(POSTING);

        assertThat(posting.title()).isEqualTo("Product Manager, Checkout");
        assertThat(posting.skill("databases-and-data").orElseThrow().emphasis()).isEqualTo(Emphasis.REQUIRED);
        assertThat(posting.skill("agile-practices").orElseThrow().emphasis()).isEqualTo(Emphasis.REQUIRED);
        // "is a plus" in a sentence of the requirements makes that sentence's skill preferred.
        assertThat(posting.skill("cloud-computing").orElseThrow().emphasis()).isEqualTo(Emphasis.PREFERRED);
        assertThat(posting.skill("pricing-and-monetisation").orElseThrow().emphasis()).isEqualTo(Emphasis.PREFERRED);
        assertThat(posting.skill("roadmapping").orElseThrow().emphasis()).isEqualTo(Emphasis.DESCRIBED);
        assertThat(posting.skill("product-metrics").orElseThrow().emphasis()).isEqualTo(Emphasis.DESCRIBED);
        // The benefits are not what the job asks, and a heading is no requirement.
        assertThat(posting.skill("financial-modeling")).isEmpty();
        assertThat(posting.skill("managing-up-and-coaching")).isEmpty();
        assertThat(posting.skill("business-analysis")).isEmpty();
    }

    @Test
    void phrasesAreStemmedAndCarryTheirOffsets() {
        Posting posting = reader.read(POSTING);

        PostingSkill data = posting.skill("databases-and-data").orElseThrow();
        assertThat(data.phraseTexts()).containsExactly("SQL", "queries");
        assertThat(posting.skill("roadmapping").orElseThrow().phraseTexts()).containsExactly("roadmaps");
        assertThat(posting.skill("product-metrics").orElseThrow().phraseTexts()).containsExactly("A/B tests", "funnel");
        for (PostingSkill skill : posting.skills()) {
            for (PhraseMatch match : skill.phrases()) {
                assertThat(POSTING.substring(match.start(), match.end())).isEqualTo(match.phrase());
            }
        }
    }

    @Test
    void aWordInCapitalsIsNeededForAnAcronymAndTheLongestPhraseWins() {
        PhraseMatcher matcher = new PhraseMatcher(catalog);

        assertThat(matcher.find("Give the rest of the team a rice dish.")).isEmpty();
        assertThat(matcher.find("Design REST APIs; score ideas with RICE.")).extracting(PhraseMatch::skillId)
                .containsExactly("platforms-and-apis", "platforms-and-apis", "prioritization");
        assertThat(matcher.find("Grow your professional network.")).extracting(PhraseMatch::phrase)
                .containsExactly("professional network");
        assertThat(matcher.find("We build a product roadmap.")).extracting(PhraseMatch::phrase)
                .containsExactly("product roadmap");
        assertThat(matcher.find("Read scans safely with SAFe.")).extracting(PhraseMatch::phrase).containsExactly("SAFe");
        assertThat(matcher.find("Training data, model evaluation")).extracting(PhraseMatch::phrase)
                .containsExactly("model evaluation");
    }

    @Test
    void noTwoSkillsOfTheCatalogHavePhrasesThatAnalyseAlike() {
        assertThat(new PhraseMatcher(catalog).collisions()).isEmpty();
        assertThat(new PhraseMatcher(catalog).find("It uses our tools.")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Senior Product Manager, Payments | 3 years of experience | senior-it-product-manager",
            "Principal PM, AI | | senior-it-product-manager",
            "Lead Product Manager | | senior-it-product-manager",
            "Associate Product Manager | 5+ years of experience | associate-it-product-manager",
            "Junior Product Owner | | associate-it-product-manager",
            "Product Manager | 7+ years of experience in product | senior-it-product-manager",
            "Product Manager | 0-2 years' experience | associate-it-product-manager",
            "Product Manager | 3-5 years of product management experience | it-product-manager",
            "Product Manager | | it-product-manager",
    })
    void theTitleSeniorityAndThenTheYearsChooseTheBaseProfile(String title, String years, String profile) {
        String text = title + "\n\nRequirements\n- " + (years == null ? "Experience" : years)
                + " with Scrum, SQL and roadmaps.\n";

        assertThat(reader.read(text).baseProfile().id()).isEqualTo(profile);
    }

    @Test
    void yearsAreTheMostAskedForAndNotAnyNumber() {
        assertThat(PostingReader.years("We are 20 years old. You have five years of experience and 2+ years in SaaS."))
                .isEqualTo(OptionalInt.of(5));
        assertThat(PostingReader.years("Founded 12 years ago.")).isEmpty();
        assertThat(PostingReader.years("8 or more years in product roles")).isEqualTo(OptionalInt.of(8));
        assertThat(PostingReader.years("3+ years as a product owner for a B2B product")).isEqualTo(OptionalInt.of(3));
        assertThat(PostingReader.years("We have grown 3 years ascending")).isEmpty();
    }

    @Test
    void theTargetWeighsRequiredUpAndUnmentionedDownButKeepsEverySkill() {
        Posting posting = reader.read(POSTING);
        TargetProfile base = posting.baseProfile();
        TargetProfile target = posting.target();

        assertThat(target.targets()).hasSameSizeAs(base.targets());
        assertThat(target.name()).isEqualTo("Product Manager, Checkout (job posting)");
        SkillTarget sql = target.targetFor("databases-and-data").orElseThrow();
        SkillTarget baseSql = base.targetFor("databases-and-data").orElseThrow();
        assertThat(sql.mustHave()).isTrue();
        assertThat(sql.level()).isEqualTo(baseSql.level());
        assertThat(sql.weight()).isEqualTo(4 * baseSql.weight());
        SkillTarget pricing = target.targetFor("pricing-and-monetisation").orElseThrow();
        assertThat(pricing.mustHave()).isFalse();
        assertThat(pricing.weight()).isEqualTo(3 * base.targetFor("pricing-and-monetisation").orElseThrow().weight());
        // Unmentioned: half the weight on the posting's doubled scale, and no longer a must-have.
        SkillTarget sdlc = target.targetFor("software-development-lifecycle").orElseThrow();
        assertThat(sdlc.weight()).isEqualTo(base.targetFor("software-development-lifecycle").orElseThrow().weight());
        assertThat(sdlc.mustHave()).isFalse();
        assertThat(target.targets()).filteredOn(SkillTarget::mustHave).extracting(SkillTarget::skillId)
                .containsExactlyInAnyOrder("databases-and-data", "agile-practices");
    }

    @Test
    void aTextThatNamesNoSkillDoesNotReadLikeAPosting() {
        assertThatThrownBy(() -> reader.read("Carrot soup\n\nPeel four carrots, boil them and add salt."))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("does not read like a job posting");
    }
}
