package org.skillgap.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.skillgap.gap.GapCalculator;
import org.skillgap.gap.PlanBuilder;
import org.skillgap.model.Assessment;
import org.skillgap.model.Background;
import org.skillgap.model.Catalog;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.Profile;
import org.skillgap.model.TargetProfile;

/** Gathers what a PDF plan shows from a person's data, the same way for the window and the command line. */
public final class PlanReports {

    public static final String PAGE_SIZE_SETTING = "pdf.pageSize";

    private PlanReports() {
    }

    public static PlanReportData gather(Catalog catalog, Profile profile, Assessment assessment,
                                        Map<String, ItemStatus> statuses, Map<String, String> notes,
                                        LocalDate today, PageSize pageSize) {
        return gather(catalog, profile, assessment, statuses, Map.of(), notes, today, pageSize);
    }

    /** The same, for a person who holds certifications ({@code held}: earned date by item id). */
    public static PlanReportData gather(Catalog catalog, Profile profile, Assessment assessment,
                                        Map<String, ItemStatus> statuses, Map<String, LocalDate> held,
                                        Map<String, String> notes, LocalDate today, PageSize pageSize) {
        return gather(catalog, profile, catalog.targetOf(Optional.of(profile)), assessment, statuses, held, notes,
                today, pageSize);
    }

    /** The same towards {@code target} instead of the profile's own role (a job posting's), named on the PDF. */
    public static PlanReportData gather(Catalog catalog, Profile profile, TargetProfile target, Assessment assessment,
                                        Map<String, ItemStatus> statuses, Map<String, LocalDate> held,
                                        Map<String, String> notes, LocalDate today, PageSize pageSize) {
        String background = catalog.background(profile.backgroundId()).map(Background::name).orElse("");
        return new PlanReportData(profile, target.name(), background, today,
                GapCalculator.calculate(catalog, target, assessment),
                PlanBuilder.build(catalog, target, profile, assessment, statuses, held, today),
                notes, catalog, pageSize);
    }

    /** The page size saved in the settings, or the one usual where the person lives. */
    /** How a page size is saved under {@link #PAGE_SIZE_SETTING}: "letter" or "a4". */
    public static String pageSizeSetting(PageSize size) {
        return size == PageSize.LETTER ? "letter" : "a4";
    }

    public static PageSize pageSizeFrom(Optional<String> setting, Locale locale) {
        if (setting.isPresent()) {
            return "letter".equalsIgnoreCase(setting.get()) ? PageSize.LETTER : PageSize.A4;
        }
        String country = locale.getCountry();
        return "US".equals(country) || "CA".equals(country) ? PageSize.LETTER : PageSize.A4;
    }
}
