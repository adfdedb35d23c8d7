package org.skillgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.EnglishLocale;
import org.skillgap.json.JsonFiles;
import org.skillgap.store.SkillGapStore;

/** {@code skillgap cert add|list|remove}, run as a person types it, on a real SQLite file. */
@EnglishLocale
class CertCommandTest {

    @TempDir
    Path data;

    private CliRun ok(String... args) {
        return CliRun.ok(data, args);
    }

    private void profile() {
        ok("profile", "--target", "it-product-manager", "--background", "qa-analyst", "--hours-per-week", "6");
    }

    private List<String> dbHeld() {
        try (SkillGapStore store = SkillGapStore.open(data.resolve("skillgap.db"))) {
            return store.heldCertifications().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList();
        }
    }

    @Test
    void aCsmEarnedOnMayFirst2025IsListedWithItsRenewalDueOnMayFirst2027() throws Exception {
        CliRun added = ok("cert", "add", "csm", "--earned", "2025-05-01");

        assertThat(added.out).contains("Holding Certified ScrumMaster (CSM): Held since May 1, 2025 \u00b7 renew by May 1, 2027")
                .contains("earn 20 SEUs and pay the $100 renewal fee");
        assertThat(ok("cert", "list").out).contains("Certified ScrumMaster (CSM)   id: csm")
                .contains("Renew Certified ScrumMaster (CSM): Feb 1, 2027 \u2013 May 1, 2027");

        JsonNode list = JsonFiles.mapper().readTree(ok("cert", "list", "--json").out);
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("item").asString()).isEqualTo("csm");
        assertThat(list.get(0).get("earned").asString()).isEqualTo("2025-05-01");
        assertThat(list.get(0).get("renewBy").asString()).isEqualTo("2027-05-01");
        assertThat(list.get(0).get("renewal").get("start").asString()).isEqualTo("2027-02-01");
        assertThat(list.get(0).get("renewal").get("credits").asInt()).isEqualTo(20);
        assertThat(list.get(0).get("renewal").get("feeUsd").asInt()).isEqualTo(100);
        assertThat(dbHeld()).containsExactly("csm=2025-05-01");
    }

    @Test
    void aCertificationThatNeverExpiresHasNoRenewBy() throws Exception {
        ok("cert", "add", "pspo-1", "--earned", "2024-03-10");

        JsonNode row = JsonFiles.mapper().readTree(ok("cert", "list", "--json").out).get(0);
        assertThat(row.get("renewBy").isNull()).isTrue();
        assertThat(row.get("renewal").isNull()).isTrue();
        assertThat(ok("cert", "list").out).contains("no renewal needed");
    }

    @Test
    void badInputExitsTwoWithOneLineAndChangesNothing() {
        ok("cert", "add", "csm", "--earned", "2025-05-01");
        String tomorrow = LocalDate.now().plusDays(1).toString();

        for (String[] bad : List.of(
                new String[] {"cert", "add", "csm", "--earned", tomorrow},
                new String[] {"cert", "add", "course-leadership", "--earned", "2025-05-01"},
                new String[] {"cert", "add", "no-such-item", "--earned", "2025-05-01"},
                new String[] {"cert", "add", "pmi-acp", "--earned", "01/05/2025"},
                new String[] {"cert", "remove", "pmi-acp"})) {
            CliRun run = CliRun.in(data, bad);
            assertThat(run.exitCode).as(run.toString()).isEqualTo(2);
            assertThat(run.err.strip().lines()).as(run.toString()).hasSize(1);
            assertThat(dbHeld()).as(String.join(" ", bad)).containsExactly("csm=2025-05-01");
        }
        assertThat(CliRun.in(data, "cert", "add", "csm", "--earned", tomorrow).err).contains("future");
        assertThat(CliRun.in(data, "cert", "add", "course-leadership", "--earned", "2025-05-01").err)
                .contains("not a certification");
        assertThat(CliRun.in(data, "cert", "add", "no-such-item", "--earned", "2025-05-01").err)
                .contains("Unknown item 'no-such-item'");
    }

    @Test
    void heldCertificationsMoveToAnotherFolderWithExportAndImport(@TempDir Path other) {
        ok("cert", "add", "csm", "--earned", "2025-05-01");
        Path file = data.resolve("export.json");
        ok("export", file.toString());

        CliRun imported = CliRun.in(other, "import", file.toString());

        assertThat(imported.exitCode).as(imported.toString()).isZero();
        assertThat(CliRun.in(other, "cert", "list").out).contains("Held since May 1, 2025 \u00b7 renew by May 1, 2027");
    }

    @Test
    void removingACertificationForgetsIt() {
        ok("cert", "add", "csm", "--earned", "2025-05-01");

        assertThat(ok("cert", "remove", "csm").out).contains("No longer held: Certified ScrumMaster (CSM)");

        assertThat(dbHeld()).isEmpty();
        assertThat(ok("cert", "list").out).contains("No certification held");
    }

    @Test
    void statusAndPlanTellTheRenewalAndThePlanCountsTheCertificationAsDone() throws Exception {
        profile();
        JsonNode before = JsonFiles.mapper().readTree(ok("status", "--json").out);
        assertThat(before.get("renewals")).isEmpty();
        ok("cert", "add", "csm", "--earned", "2025-05-01");
        ok("cert", "add", "pspo-1", "--earned", "2025-05-01");

        JsonNode status = JsonFiles.mapper().readTree(ok("status", "--json").out);
        assertThat(status.get("renewals")).hasSize(1);
        assertThat(status.get("renewals").get(0).get("item").asString()).isEqualTo("csm");
        assertThat(status.get("renewals").get(0).get("due").asString()).isEqualTo("2027-05-01");
        assertThat(ok("status").out).contains("Renewals:").contains("Certified ScrumMaster (CSM): renew by May 1, 2027");

        JsonNode plan = JsonFiles.mapper().readTree(ok("plan", "--json").out);
        assertThat(plan.get("items")).filteredOn(i -> i.get("id").asString().equals("csm"))
                .singleElement().satisfies(i -> assertThat(i.get("status").asString()).isEqualTo("done"));
        assertThat(plan.get("renewals")).hasSize(1);
        assertThat(plan.get("renewals").get(0).get("due").asString()).isEqualTo("2027-05-01");
        assertThat(ok("plan").out).contains("Renewals of the certifications you hold:")
                .contains("Renew Certified ScrumMaster (CSM): Feb 1, 2027 \u2013 May 1, 2027");

        Path ics = data.resolve("plan.ics");
        ok("calendar", ics.toString());
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(ics)) {
            net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(in);
            List<net.fortuna.ical4j.model.component.VEvent> renewals = calendar.<net.fortuna.ical4j.model.component.VEvent>getComponents(
                    net.fortuna.ical4j.model.Component.VEVENT).stream()
                    .filter(e -> e.getSummary().map(net.fortuna.ical4j.model.Property::getValue).orElse("").equals("Renew Certified ScrumMaster (CSM)")).toList();
            assertThat(renewals).singleElement().satisfies(e ->
                    assertThat(e.getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2027, 5, 1)));
        }
    }
}
