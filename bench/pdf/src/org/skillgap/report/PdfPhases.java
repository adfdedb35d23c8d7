package org.skillgap.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.skillgap.catalog.Catalogs;
import org.skillgap.model.Catalog;
import org.skillgap.model.Profile;
import org.skillgap.store.SkillGapStore;

/**
 * Where a cold export's time goes, phase by phase, in a fresh JVM. It lives in the report package
 * (on the class path only, for this benchmark) to time the package-private steps of PlanPdf.
 * Argument: the data folder made by {@code PdfExport setup}.
 */
public final class PdfPhases {

    public static void main(String[] args) {
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainAt = System.currentTimeMillis();
        long t0 = System.nanoTime();
        Catalog catalog = Catalogs.bundled();
        long t1 = System.nanoTime();
        PlanReportData data;
        try (SkillGapStore store = SkillGapStore.open(Path.of(args[0]).resolve("skillgap.db"))) {
            Profile profile = store.profile().orElseThrow();
            long t2 = System.nanoTime();
            data = PlanReports.gather(catalog, profile, store.assessment(), store.itemStatuses(), store.notes(),
                    LocalDate.now(), PageSize.A4);
            long t3 = System.nanoTime();
            byte[] radar = RadarChart.png(RadarChart.axesFor(data.gaps()));
            long t4 = System.nanoTime();
            String html = PlanPdf.html(data);
            long t5 = System.nanoTime();
            byte[] pdf = PlanPdf.render(data);
            long t6 = System.nanoTime();
            PlanPdf.render(data);
            long t7 = System.nanoTime();
            System.out.printf(Locale.ROOT, "JVM start to main %d ms | catalog %.0f | store open + read %.0f | gap + plan %.0f"
                    + " | radar PNG (first Java2D use) %.0f | html (radar again) %.0f | first render (html + layout + PDF) %.0f"
                    + " | second render %.0f ms | %d KB html, %d KB PDF, %d KB radar%n",
                    mainAt - jvmStart, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4), ms(t6 - t5),
                    ms(t7 - t6), html.length() / 1024, pdf.length / 1024, radar.length / 1024);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
