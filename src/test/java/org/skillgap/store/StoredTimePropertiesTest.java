package org.skillgap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The time of a rating change is read back exactly as it was saved, whatever it is. */
class StoredTimePropertiesTest {

    @Property
    void everySavedTimeReadsBackToTheSameInstant(@ForAll("times") Instant time) {
        assertThat(StoredTime.parse(time.toString())).isEqualTo(time);
    }

    @Property
    void anyTextReadsAsInstantParseReadsIt(@ForAll("timeLikeText") String text) {
        readsAsInstantParse(text);
    }

    @Example
    void leapDaysFractionsOddFormsAndNonsenseReadAsInstantParseReadsThem() {
        for (String text : new String[] {"2024-02-29T23:59:59.999999999Z", "2025-01-15T07:30:00.5Z",
                "0001-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "2016-12-31T23:59:60Z", "2025-01-01T24:00:00Z",
                "2025-01-01T10:00:00.Z", "2025-02-29T10:00:00Z", "2025-13-01T10:00:00Z", "2025-01-01T10:00:00.1234567890Z",
                "2025-01-01t10:00:00Z", "2025-01-01T10:00:00+01:00", "yesterday", ""}) {
            readsAsInstantParse(text);
        }
    }

    /** The same instant as Instant.parse, or the same refusal. */
    private static void readsAsInstantParse(String text) {
        Instant expected;
        try {
            expected = Instant.parse(text);
        } catch (DateTimeParseException e) {
            assertThatThrownBy(() -> StoredTime.parse(text)).as(text).isInstanceOf(DateTimeParseException.class);
            return;
        }
        assertThat(StoredTime.parse(text)).as(text).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Instant> times() {
        return Combinators.combine(
                Arbitraries.longs().between(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("9999-12-31T23:59:59Z").getEpochSecond()),
                Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999),
                        Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000)))
                .as(Instant::ofEpochSecond);
    }

    /** Mostly well-formed times with one field pushed out of range, or a character changed. */
    @Provide
    Arbitrary<String> timeLikeText() {
        Arbitrary<String> fields = Combinators.combine(
                Arbitraries.integers().between(0, 9999), Arbitraries.integers().between(0, 13),
                Arbitraries.integers().between(0, 32), Arbitraries.integers().between(0, 25),
                Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 61),
                Arbitraries.strings().withChars("0123456789").ofMaxLength(10))
                .as((y, mo, d, h, mi, s, fraction) -> String.format("%04d-%02d-%02dT%02d:%02d:%02d%s%sZ",
                        y, mo, d, h, mi, s, fraction.isEmpty() ? "" : ".", fraction));
        return Arbitraries.oneOf(fields, fields.flatMap(text -> Arbitraries.integers().between(0, text.length() - 1)
                .flatMap(at -> Arbitraries.of('-', ':', 'T', 'Z', 'x', '1', ' ', '.')
                        .map(ch -> text.substring(0, at) + ch + text.substring(at + 1)))));
    }
}
