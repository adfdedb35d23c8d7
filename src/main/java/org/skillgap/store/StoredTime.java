package org.skillgap.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A time as the store writes it (Instant.toString: "2025-01-15T07:30:00Z", with a fraction of a
 * second when there is one), read without DateTimeFormatter: Instant.parse cost most of the time
 * of opening a store with five years of weekly history (15,000+ rows), measured in bench/store.
 * Any other form is left to Instant.parse, which also rejects what is not a time.
 */
final class StoredTime {

    private StoredTime() {
    }

    static Instant parse(String text) {
        int length = text.length();
        int fractionDigits = length - 21;
        boolean usual = length >= 20 && fractionDigits <= 9 && text.charAt(length - 1) == 'Z'
                && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':'
                && (length == 20 || (fractionDigits >= 1 && text.charAt(19) == '.'));
        if (usual) {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int fraction = length == 20 ? 0 : digits(text, 20, length - 1);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()
                    && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59
                    && fraction >= 0) {
                for (int k = Math.max(0, fractionDigits); k < 9; k++) {
                    fraction *= 10;
                }
                long epochDay = LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, fraction);
            }
        }
        return Instant.parse(text);
    }

    /** The decimal number in text[from, to), or -1 when a character is not a digit 0-9. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }
}
