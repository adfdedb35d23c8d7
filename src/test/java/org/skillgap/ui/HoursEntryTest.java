package org.skillgap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillgap.model.Profile;

class HoursEntryTest {

    private final IntegerProperty hours = new SimpleIntegerProperty(6);
    private final HoursEntry entry = new HoursEntry(hours);

    @Test
    void aNumberInRangeBecomesTheHours() {
        entry.textProperty().set("12");

        assertThat(hours.get()).isEqualTo(12);
        assertThat(entry.isValid()).isTrue();
        assertThat(entry.problemProperty().get()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "81", "99", "", "abc", "12x"})
    void anythingElseIsInvalidSaysWhyAndLeavesTheHoursAlone(String typed) {
        entry.textProperty().set(typed);

        assertThat(entry.isValid()).isFalse();
        assertThat(entry.problemProperty().get()).contains(Profile.MIN_HOURS + "").contains(Profile.MAX_HOURS + "");
        assertThat(hours.get()).isEqualTo(6);
        assertThat(entry.textProperty().get()).as("never clamped or replaced").isEqualTo(typed);
    }

    @Test
    void theEdgesOfTheRangeAreAccepted() {
        entry.textProperty().set(Integer.toString(Profile.MIN_HOURS));
        assertThat(hours.get()).isEqualTo(Profile.MIN_HOURS);
        entry.textProperty().set(Integer.toString(Profile.MAX_HOURS));
        assertThat(hours.get()).isEqualTo(Profile.MAX_HOURS);
    }

    @Test
    void hoursChangedElsewhereShowInTheText() {
        entry.textProperty().set("0");

        hours.set(9);

        assertThat(entry.textProperty().get()).isEqualTo("9");
        assertThat(entry.isValid()).isTrue();
    }

    @Test
    void onlyDigitsUpToTheLongestAllowedNumberCanBeTyped() {
        assertThat(HoursEntry.acceptsTyping("80")).isTrue();
        assertThat(HoursEntry.acceptsTyping("")).isTrue();
        assertThat(HoursEntry.acceptsTyping("800")).isFalse();
        assertThat(HoursEntry.acceptsTyping("a")).isFalse();
        assertThat(HoursEntry.acceptsTyping("-1")).isFalse();
        assertThat(HoursEntry.acceptsTyping(" 8")).isFalse();
    }

    @Test
    void theRangeIsTakenFromTheProfileRule() {
        assertThat(HoursEntry.rangeText()).isEqualTo(Profile.MIN_HOURS + " to " + Profile.MAX_HOURS + " hours");
    }
}
