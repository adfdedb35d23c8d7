package org.skillgap.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.skillgap.json.JsonFiles;

import org.junit.jupiter.api.Test;

import org.skillgap.model.Assessment;
import org.skillgap.model.Catalog;
import org.skillgap.model.Skill;

/** What catalog 2026.1 changed for someone coming from 0.1.0 (catalog 2025.1), and what carries forward. */
class CatalogChangesTest {

    private final Catalog catalog = Catalogs.bundled();

    private static List<String> skillIdsOf010Catalog() throws IOException {
        try (InputStream in = CatalogChangesTest.class.getResourceAsStream("/fixtures/0.1.0/catalog.json")) {
            JsonNode old = JsonFiles.mapper().readTree(in);
            List<String> ids = new ArrayList<>();
            old.get("skills").forEach(s -> ids.add(s.get("id").asString()));
            return ids;
        }
    }

    @Test
    void from010TheUpgradeMergesThreeRenamesThreeAndAddsFive() throws IOException {
        CatalogChanges changes = CatalogChanges.between(skillIdsOf010Catalog(), catalog);

        assertThat(changes.merged()).extracting(Skill::id)
                .containsExactly("databases-and-data", "product-metrics", "influence-and-empathy");
        assertThat(changes.renamed()).extracting(Skill::id)
                .containsExactly("ai-and-emerging-technology", "product-discovery", "partners-and-clients");
        assertThat(changes.added()).extracting(Skill::id).containsExactly("platforms-and-apis",
                "pricing-and-monetisation", "product-risk", "privacy-and-compliance", "managing-up-and-coaching");
        assertThat(changes.retired()).isEmpty();
        assertThat(changes.toRate()).hasSize(11).startsWith(changes.added().get(0));
    }

    @Test
    void aPersonIsToldOnlyAboutWhatTheyRated() {
        CatalogChanges changes = CatalogChanges.between(List.of("customer-research", "agile-practices", "fax-machines"), catalog);

        assertThat(changes.merged()).isEmpty();
        assertThat(changes.renamed()).extracting(Skill::id).containsExactly("product-discovery");
        assertThat(changes.added()).extracting(Skill::id).contains("product-metrics", "platforms-and-apis")
                .doesNotContain("agile-practices", "product-discovery");
        assertThat(changes.retired()).containsExactly("fax-machines");
    }

    @Test
    void theSameCatalogChangesNothing() {
        CatalogChanges changes = CatalogChanges.between(catalog.skills().stream().map(Skill::id).toList(), catalog);

        assertThat(changes.isEmpty()).isTrue();
    }

    @Test
    void twoMergedSkillsCarryTheHigherRatingAndBothNotes() {
        // 0.1.0 had data analysis and data-driven decisions apart; 2026.1 has product metrics.
        Assessment stored = new Assessment(Map.of("data-analysis", 2, "data-driven-decisions", 4,
                "empathetic-leadership", 3, "influence-without-authority", 1));

        Assessment now = CurrentIds.assessment(catalog, stored);

        assertThat(now.ratings()).isEqualTo(Map.of("product-metrics", 4, "influence-and-empathy", 3));
        assertThat(CurrentIds.notes(catalog, Map.of("data-analysis", "SQL daily", "data-driven-decisions", "Ran two A/B tests")))
                .isEqualTo(Map.of("product-metrics", "SQL daily\n\nRan two A/B tests"));
        // Rated again after the upgrade, the new id's own rating wins, even when lower.
        Assessment reRated = new Assessment(Map.of("data-analysis", 2, "data-driven-decisions", 4, "product-metrics", 3));
        assertThat(CurrentIds.assessment(catalog, reRated).ratings()).isEqualTo(Map.of("product-metrics", 3));
    }
}
