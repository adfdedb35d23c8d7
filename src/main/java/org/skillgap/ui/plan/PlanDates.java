package org.skillgap.ui.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates as the screens show them: in the person's own locale, medium length ("30 Nov 2026"). */
public final class PlanDates {

    private static final DateTimeFormatter MEDIUM = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private PlanDates() {
    }

    public static String format(LocalDate date) {
        return MEDIUM.format(date);
    }
}
