package org.skillgap.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.json.JsonFileException;
import org.skillgap.model.Catalog;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Skill;

/**
 * The catalog in German: the shipped translation covers every text of the catalog, changes only
 * words (the plan is the same), and a coach's translation beside their catalog is read and
 * checked, each text it lacks shown in English.
 */
class CatalogTranslationTest {

    @TempDir
    Path temp;

    private final Catalog english = Catalogs.bundled();

    @Test
    void theShippedGermanTranslationHasEveryTextOfTheCatalog() {
        CatalogTranslation german = Catalogs.bundledTranslation(Locale.GERMAN).orElseThrow();
        assertThat(german.untranslated(english)).as("texts shown in English in German").isEmpty();
    }

    @Test
    void inGermanTheWordsChangeAndNothingElse() {
        Catalog german = Catalogs.bundled(Locale.GERMAN);
        Skill agile = german.skill("agile-practices").orElseThrow();
        assertThat(agile.name()).isEqualTo("Agile Methoden (Scrum, Kanban, Backlogs, Sprints)");
        assertThat(agile.describeLevel(3)).startsWith("Steuert ein Product Backlog");
        assertThat(german.profile("it-product-manager").orElseThrow().name()).isEqualTo("IT-Produktmanager");
        assertThat(german.background("career-changer").orElseThrow().name()).isEqualTo("Quereinstieg ohne IT-Erfahrung");
        LearningItem csm = german.item("csm").orElseThrow();
        assertThat(csm.renewal()).startsWith("Alle 2 Jahre");
        // The same ids, levels, hours and rules: a plan made in German is the English one.
        LearningItem englishCsm = english.item("csm").orElseThrow();
        assertThat(csm.raises()).isEqualTo(englishCsm.raises());
        assertThat(csm.effortHours()).isEqualTo(englishCsm.effortHours());
        assertThat(csm.renewalRule()).isEqualTo(englishCsm.renewalRule());
        assertThat(german.skills()).extracting(Skill::id).isEqualTo(english.skills().stream().map(Skill::id).toList());
        assertThat(german.profiles().get(1).targets()).isEqualTo(english.profiles().get(1).targets());
        // Job postings stay matched on the catalog's own phrases.
        assertThat(agile.phrases()).isEqualTo(english.skill("agile-practices").orElseThrow().phrases());
        for (int i = 0; i < english.items().size(); i++) {
            assertThat(german.items().get(i).title()).as(english.items().get(i).id()).isNotBlank();
        }
    }

    /**
     * The window cannot hyphenate: a word wider than a skill row at 150 % text size is cut in the
     * middle. A name's pieces between spaces and hyphens stay short enough to keep whole.
     */
    @Test
    void everyGermanSkillNameBreaksIntoPiecesAWrappedRowKeepsWhole() {
        Catalog german = Catalogs.bundled(Locale.GERMAN);
        assertThat(german.skills()).allSatisfy(skill -> assertThat(skill.name().split("[ -]"))
                .as(skill.name()).allSatisfy(piece -> assertThat(piece.length()).isLessThanOrEqualTo(22)));
    }

    @Test
    void aLanguageWithoutATranslationIsTheCatalogAsItIs() {
        assertThat(Catalogs.bundled(Locale.ENGLISH)).isSameAs(english);
        assertThat(Catalogs.bundled(Locale.forLanguageTag("fr"))).isSameAs(english);
    }

    @Test
    void aCoachsTranslationBesideTheirCatalogIsUsedAndWhatItLacksStaysEnglish() throws IOException {
        Path catalog = coachCatalog();
        Files.writeString(temp.resolve("coach.de.json"), """
                {"language": "de",
                 "skills": {"agile-practices": {"name": "Agiles Arbeiten"}},
                 "items": {"csm": {"title": "Scrum-Master-Zertifikat"}}}
                """);
        Catalog german = Catalogs.load(catalog, Locale.GERMAN);
        Skill agile = german.skill("agile-practices").orElseThrow();
        assertThat(agile.name()).isEqualTo("Agiles Arbeiten");
        assertThat(agile.description()).isEqualTo(english.skill("agile-practices").orElseThrow().description());
        assertThat(german.item("csm").orElseThrow().title()).isEqualTo("Scrum-Master-Zertifikat");
        assertThat(german.skill("cloud-computing").orElseThrow().name()).isEqualTo("Cloud computing");
        assertThat(Catalogs.load(catalog, Locale.ENGLISH).skill("agile-practices").orElseThrow().name())
                .startsWith("Agile practices");
    }

    @Test
    void aTranslationNamingAnIdTheCatalogLacksIsRefusedNamingEachOne() throws IOException {
        Path catalog = coachCatalog();
        // Four misspelt or made-up ids, one in each section.
        Files.writeString(temp.resolve("coach.de.json"), "{\"language\": \"de\", "
                + "\"skills\": {\"agile-practises\": {\"name\": \"Agiles Arbeiten\"}}, "
                + "\"profiles\": {\"astronaut\": {}}, \"backgrounds\": {\"pilot\": {}}, \"items\": {\"csn\": {}}}");
        assertThatThrownBy(() -> Catalogs.load(catalog, Locale.GERMAN))
                .isInstanceOf(JsonFileException.class)
                .hasMessageContaining("coach.de.json")
                .hasMessageContaining("skills.agile-practises").hasMessageContaining("\"agile-practises\"")
                .hasMessageContaining("\"astronaut\"").hasMessageContaining("\"pilot\"").hasMessageContaining("\"csn\"");
    }

    @Test
    void aTranslationOfTheWrongShapeOrLanguageIsRefused() throws IOException {
        Path catalog = coachCatalog();
        Path translation = temp.resolve("coach.de.json");
        Files.writeString(translation, """
                {"language": "de", "skills": {"agile-practices": {"levelDescriptions": ["eins", "zwei"], "nmae": "x"}}}
                """);
        assertThatThrownBy(() -> Catalogs.load(catalog, Locale.GERMAN)).isInstanceOf(JsonFileException.class)
                .hasMessageContaining("levelDescriptions").hasMessageContaining("nmae");
        Files.writeString(translation, """
                {"language": "fr", "skills": {}}
                """);
        assertThatThrownBy(() -> Catalogs.load(catalog, Locale.GERMAN)).isInstanceOf(JsonFileException.class)
                .hasMessageContaining("\"fr\"").hasMessageContaining("\"de\"");
    }

    private Path coachCatalog() throws IOException {
        Path file = temp.resolve("coach.json");
        try (InputStream in = Catalogs.class.getResourceAsStream(Catalogs.BUNDLED_RESOURCE)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }
}
