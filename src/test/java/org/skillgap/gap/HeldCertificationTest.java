package org.skillgap.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.skillgap.EnglishLocale;
import org.skillgap.catalog.Catalogs;
import org.skillgap.model.Assessment;
import org.skillgap.model.Catalog;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.Profile;

/** Renewal dates and steps of held certifications, over the bundled catalog's renewal rules. */
@EnglishLocale
class HeldCertificationTest {

    private static final Catalog CATALOG = Catalogs.bundled();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final LocalDate EARNED = LocalDate.of(2025, 5, 1);
    private static final Profile SAM = new Profile("Sam", "it-product-manager", "qa-analyst", 6);

    private static HeldCertification held(String id, LocalDate earned) {
        return new HeldCertification(CATALOG.item(id).orElseThrow(), earned);
    }

    @Test
    void aCsmEarnedOnMayFirst2025IsDueForRenewalTwoYearsLaterWithItsCreditsAndFee() {
        HeldCertification csm = held("csm", EARNED);

        assertThat(csm.renewBy()).contains(LocalDate.of(2027, 5, 1));
        assertThat(csm.renewalStart()).contains(LocalDate.of(2027, 2, 1));
        assertThat(csm.renewalNeeds()).isEqualTo("earn 20 SEUs and pay the $100 renewal fee");
        assertThat(csm.heldText()).isEqualTo("Held since May 1, 2025 \u00b7 renew by May 1, 2027");
        assertThat(csm.renewalText()).contains(
                "Renew Certified ScrumMaster (CSM): Feb 1, 2027 \u2013 May 1, 2027, earn 20 SEUs and pay the $100 renewal fee");
    }

    @Test
    void aCertificationThatNeverExpiresHasNoRenewal() {
        HeldCertification pspo = held("pspo-1", EARNED);

        assertThat(pspo.renewBy()).isEmpty();
        assertThat(pspo.renewalText()).isEmpty();
        assertThat(pspo.heldText()).isEqualTo("Held since May 1, 2025 \u00b7 no renewal needed");
        assertThat(pspo.renewalNeeds()).isEqualTo("never needs renewing");
    }

    @Test
    void aRenewalWithCreditsOnlyOrAFeeOnlySaysSo() {
        assertThat(held("npdp", EARNED).renewalNeeds()).isEqualTo("earn 60 PDHs; no fee");
        assertThat(held("aws-ai-practitioner", EARNED).renewalNeeds()).isEqualTo("pay the $50 renewal fee");
        assertThat(held("aws-cloud-practitioner", EARNED).renewalNeeds()).isEqualTo("renew with the provider");
        assertThat(held("pmi-acp", LocalDate.of(2024, 2, 29)).renewBy()).contains(LocalDate.of(2027, 2, 28));
    }

    @Test
    void aHeldCertificationCountsAsDoneInThePlanAndItsRenewalIsAStepOfIt() {
        Assessment beginner = new Assessment(Map.of("agile-practices", 0));

        Plan without = PlanBuilder.build(CATALOG, SAM, beginner, Map.of(), Map.of(), TODAY);
        Plan with = PlanBuilder.build(CATALOG, SAM, beginner, Map.of("csm", ItemStatus.TODO), Map.of("csm", EARNED), TODAY);

        assertThat(without.items()).filteredOn(i -> i.item().id().equals("csm"))
                .allMatch(i -> i.status() != ItemStatus.DONE);
        assertThat(with.items()).filteredOn(i -> i.item().id().equals("csm"))
                .singleElement().satisfies(i -> assertThat(i.status()).isEqualTo(ItemStatus.DONE));
        assertThat(with.count(ItemStatus.DONE)).isEqualTo(without.count(ItemStatus.DONE) + 1);
        assertThat(with.renewals()).extracting(h -> h.item().id()).containsExactly("csm");
        assertThat(with.heldOf("csm").flatMap(HeldCertification::renewBy)).contains(LocalDate.of(2027, 5, 1));
        // What CSM raises counts as reached: no other step is planned for agile practices below level 2.
        assertThat(with.items()).filteredOn(PlanItem::isOpenWork)
                .noneMatch(i -> i.why().stream().anyMatch(w -> w.skillId().equals("agile-practices") && w.to() <= 2));
        // Keeping a certificate does not move the ready date.
        assertThat(with.readyBy()).isBeforeOrEqualTo(without.readyBy());
    }

    @Test
    void anIdThatIsNotAHeldCertificationOfTheCatalogIsLeftOut() {
        assertThat(PlanBuilder.heldIn(CATALOG, Map.of("csm", EARNED, "no-such-cert", EARNED, "course-leadership", EARNED)))
                .extracting(h -> h.item().id()).containsExactly("csm");
    }
}
