package org.skillgap.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The one way dates are written for a person: in their own locale, medium length ("Mar 29, 2029",
 * "29 Mar 2029"), alike in the window, the PDF and the command line's text. Files and JSON keep
 * ISO dates.
 */
public final class Dates {

    private Dates() {
    }

    public static String format(LocalDate date) {
        // Made per call, so it follows the locale in force (tests and a changed default locale).
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Messages.locale()).format(date);
    }
}
