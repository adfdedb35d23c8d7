package org.skillgap.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.catalog.Catalogs;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Catalog;
import org.skillgap.model.Dates;
import org.skillgap.model.LearningItem;
import org.skillgap.store.SkillGapStore;

/** The rules of held certifications, on a real SQLite file: what is refused changes nothing. */
class CertificationsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @TempDir
    Path temp;
    private SkillGapStore store;

    @BeforeEach
    void open() {
        store = SkillGapStore.open(temp.resolve("skillgap.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aCertificationEarnedTodayOrBeforeIsHeld() {
        Catalog catalog = Catalogs.bundled();

        assertThat(Certifications.hold(catalog, store, "csm", LocalDate.of(2025, 5, 1), TODAY)).isEqualTo("csm");
        Certifications.hold(catalog, store, "pmi-acp", TODAY, TODAY);

        assertThat(store.heldCertifications()).isEqualTo(Map.of("csm", LocalDate.of(2025, 5, 1), "pmi-acp", TODAY));
        assertThat(PersonData.read(catalog, store).heldCertifications()).containsOnlyKeys("csm", "pmi-acp");
    }

    @Test
    void aDateInTheFutureANonCertificationAndAnUnknownItemAreRefusedWithNothingSaved() {
        Catalog catalog = Catalogs.bundled();
        Certifications.hold(catalog, store, "csm", LocalDate.of(2025, 5, 1), TODAY);

        assertThatThrownBy(() -> Certifications.hold(catalog, store, "csm", TODAY.plusDays(1), TODAY))
                .isInstanceOf(BadInputException.class).hasMessageContaining(Dates.format(TODAY.plusDays(1))).hasMessageContaining("future");
        assertThatThrownBy(() -> Certifications.hold(catalog, store, "course-leadership", TODAY, TODAY))
                .isInstanceOf(BadInputException.class).hasMessageContaining("not a certification")
                .hasMessageContaining("csm");
        assertThatThrownBy(() -> Certifications.hold(catalog, store, "cert-nope", TODAY, TODAY))
                .isInstanceOf(BadInputException.class).hasMessageContaining("Unknown item 'cert-nope'");
        assertThatThrownBy(() -> Certifications.parseDate("1 May 2025"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("YYYY-MM-DD");

        assertThat(store.heldCertifications()).isEqualTo(Map.of("csm", LocalDate.of(2025, 5, 1)));
    }

    @Test
    void anOldIdIsHeldUnderTheCurrentOneAndCanBeRemovedByEither() {
        Catalog bundled = Catalogs.bundled();
        LearningItem csm = bundled.item("csm").orElseThrow();
        LearningItem renamed = new LearningItem(csm.id(), csm.title(), csm.type(), csm.provider(), csm.raises(),
                csm.effortHours(), csm.cost(), csm.prerequisiteItems(), csm.prerequisiteSkills(), csm.renewal(),
                csm.recurring(), csm.reason(), java.util.List.of("scrum-master-cert"), csm.gradedPractice(), csm.scope(),
                csm.sources(), csm.checkedOn(), csm.verified(), csm.unverified(), csm.renewalRule(), csm.eligibility());
        Catalog catalog = new Catalog(bundled.catalogVersion(), bundled.skills(), bundled.profiles(), bundled.backgrounds(),
                bundled.items().stream().map(i -> i.id().equals("csm") ? renamed : i).toList());

        assertThat(Certifications.hold(catalog, store, "scrum-master-cert", LocalDate.of(2025, 5, 1), TODAY)).isEqualTo("csm");
        assertThat(store.heldCertifications()).containsOnlyKeys("csm");

        // Saved under the old id by an older version: still shown under the current one, and removable.
        store.releaseCertification("csm");
        store.holdCertification("scrum-master-cert", LocalDate.of(2025, 5, 1));
        assertThat(PersonData.read(catalog, store).heldCertifications()).isEqualTo(Map.of("csm", LocalDate.of(2025, 5, 1)));
        assertThat(Certifications.release(catalog, store, "csm")).isEqualTo("csm");
        assertThat(store.heldCertifications()).isEmpty();
        assertThatThrownBy(() -> Certifications.release(catalog, store, "csm"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("You do not hold 'csm'");
    }
}
