package org.skillgap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.EnglishLocale;
import org.skillgap.catalog.CatalogChanges;
import org.skillgap.catalog.Catalogs;
import org.skillgap.model.Catalog;
import org.skillgap.model.Skill;
import org.skillgap.store.Release010Fixture;
import org.skillgap.store.SkillGapStore;

@EnglishLocale
class CatalogUpgradeTest {

    private final Catalog catalog = Catalogs.bundled();

    @TempDir
    Path temp;

    @Test
    void aPersonFromReleaseZeroOneIsToldOnceWhatTheNewCatalogChanged() {
        Path file = Release010Fixture.copy("skillgap.db", temp);
        try (SkillGapStore store = SkillGapStore.open(file)) {
            CatalogChanges changes = CatalogUpgrade.toTell(PersonData.read(catalog, store)).orElseThrow();

            // Ten skills were rated under 0.1.0: the other 29 of today's 39 (5 of them new) are unrated.
            assertThat(CatalogUpgrade.summary(changes))
                    .isEqualTo("no skills merged, 2 widened, 29 to rate for the first time");
            assertThat(changes.renamed()).extracting(Skill::id).containsExactly("product-discovery", "product-metrics");
            assertThat(changes.toRate()).hasSize(31);

            CatalogUpgrade.seen(catalog).forEach(store::putSetting);
            assertThat(CatalogUpgrade.toTell(PersonData.read(catalog, store))).as("told once").isEmpty();
        }
    }

    @Test
    void aPersonWhoRatedUnderTheCatalogInUseIsNotToldAnything() {
        try (SkillGapStore store = SkillGapStore.open(temp.resolve("skillgap.db"))) {
            store.rate(catalog.skills().get(0).id(), 3);
            assertThat(CatalogUpgrade.toTell(PersonData.read(catalog, store))).isEmpty();
        }
    }

    @Test
    void aFirstRunHasNothingToTell() {
        assertThat(CatalogUpgrade.toTell(PersonData.empty(catalog))).isEmpty();
    }

    @Test
    void theSummaryCountsInWords() {
        CatalogChanges one = new CatalogChanges(java.util.List.of(catalog.skills().get(0)), java.util.List.of(),
                java.util.List.of(catalog.skills().get(1)), java.util.List.of());
        assertThat(CatalogUpgrade.summary(one)).isEqualTo("1 skill merged, none widened, 1 to rate for the first time");
    }

    @Test
    void theNextCatalogIsComparedWithTheSkillsOfTheOneSeenBefore() {
        try (SkillGapStore store = SkillGapStore.open(temp.resolve("skillgap.db"))) {
            store.rate(catalog.skills().get(0).id(), 3);
            CatalogUpgrade.seen(catalog).forEach(store::putSetting);
            // As if the catalog seen before had every skill but the last, under another version.
            String allButLast = String.join(",", catalog.skills().subList(0, catalog.skills().size() - 1).stream()
                    .map(Skill::id).toList());
            store.putSetting(CatalogUpgrade.SKILLS_SETTING, allButLast);
            store.putSetting(CatalogUpgrade.SEEN_SETTING, "2025.1");

            CatalogChanges changes = CatalogUpgrade.toTell(PersonData.read(catalog, store)).orElseThrow();

            assertThat(changes.added()).extracting(Skill::id)
                    .containsExactly(catalog.skills().get(catalog.skills().size() - 1).id());
        }
    }
}
