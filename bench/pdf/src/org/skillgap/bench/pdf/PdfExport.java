package org.skillgap.bench.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.skillgap.catalog.Catalogs;
import org.skillgap.model.Catalog;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Profile;
import org.skillgap.model.Skill;
import org.skillgap.report.PageSize;
import org.skillgap.report.PlanPdf;
import org.skillgap.report.PlanReports;
import org.skillgap.store.SkillGapStore;

/**
 * PDF export of a full plan, warm, as the window does it: one JVM writes the PDF again and again
 * (gather the data from the store, lay out and write the file) and reports the median.
 *
 * <pre>
 *   PdfExport setup DATA_DIR          a person with every skill rated, a full plan partly worked, notes
 *   PdfExport warm DATA_DIR [W] [N]   W warm-up exports, then N measured ones (default 20, 30)
 * </pre>
 */
public final class PdfExport {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        if (args[0].equals("setup")) {
            setup(dir);
        } else {
            int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 20;
            int measured = args.length > 3 ? Integer.parseInt(args[3]) : 30;
            warm(dir, warmup, measured);
        }
    }

    /**
     * A QA analyst aiming for Senior IT Product Manager (the longest plan), every skill rated 0-2,
     * a note on every fifth skill, the first four one-off steps worked.
     */
    static void setup(Path dir) {
        Catalog catalog = Catalogs.bundled();
        try (SkillGapStore store = SkillGapStore.open(dir.resolve("skillgap.db"))) {
            store.saveProfile(new Profile("Zoë Ångström-Núñez", "senior-it-product-manager", "qa-analyst", 8));
            for (int s = 0; s < catalog.skills().size(); s++) {
                Skill skill = catalog.skills().get(s);
                store.rate(skill.id(), s % 3);
                if (s % 5 == 0) {
                    store.saveNote(skill.id(), "Ask my manager for a stretch task on " + skill.name().toLowerCase(Locale.ROOT)
                            + " this quarter, and read two books about it.");
                }
            }
            List<LearningItem> oneOff = catalog.items().stream().filter(i -> !i.recurring()).toList();
            store.setItemStatus(oneOff.get(0).id(), ItemStatus.DONE);
            store.setItemStatus(oneOff.get(1).id(), ItemStatus.DONE);
            store.setItemStatus(oneOff.get(2).id(), ItemStatus.IN_PROGRESS);
            store.setItemStatus(oneOff.get(3).id(), ItemStatus.SKIPPED);
            Profile profile = store.profile().orElseThrow();
            var data = PlanReports.gather(catalog, profile, store.assessment(), store.itemStatuses(), store.notes(),
                    LocalDate.now(), PageSize.A4);
            System.out.printf("set up %s: %d skills rated, %d plan items, %d gaps, %d notes%n", dir,
                    store.assessment().ratings().size(), data.plan().items().size(), data.gaps().gaps().size(),
                    data.notes().size());
        }
    }

    static void warm(Path dir, int warmup, int measured) throws Exception {
        Catalog catalog = Catalogs.bundled();
        Path out = Files.createTempFile("skillgap-bench-", ".pdf");
        List<Long> times = new ArrayList<>();
        try (SkillGapStore store = SkillGapStore.open(dir.resolve("skillgap.db"))) {
            Profile profile = store.profile().orElseThrow();
            for (int n = 0; n < warmup + measured; n++) {
                long t0 = System.nanoTime();
                Files.deleteIfExists(out);
                PlanPdf.write(PlanReports.gather(catalog, profile, store.assessment(), store.itemStatuses(),
                        store.notes(), LocalDate.now(), PageSize.A4), out);
                long t = System.nanoTime() - t0;
                if (n == 0) {
                    System.out.printf(Locale.ROOT, "first export in this JVM: %.0f ms, %d bytes%n", t / 1e6, Files.size(out));
                }
                if (n >= warmup) {
                    times.add(t);
                }
            }
        }
        List<Long> sorted = times.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "warm export (%d after %d warm-up): median %.0f ms, p95 %.0f ms, min %.0f ms, max %.0f ms%n",
                sorted.size(), warmup, sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1) / 1e6, sorted.get(0) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
        Files.deleteIfExists(out);
    }
}
