package org.skillgap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@org.skillgap.EnglishLocale
class ProfileTest {

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 81, 200})
    void aProfileCannotHoldHoursThePlanCannotUse(int hours) {
        assertThatThrownBy(() -> new Profile("Alex", "it-product-manager", "qa-analyst", hours))
                .isInstanceOf(BadInputException.class)
                .hasMessage(hours + " hours a week is not possible here: choose a number from 1 to 80.");
        assertThat(Profile.HOURS.contains(hours)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 6, 80})
    void hoursFromOneToEightyAreKept(int hours) {
        assertThat(new Profile("Alex", "it-product-manager", "qa-analyst", hours).hoursPerWeek()).isEqualTo(hours);
    }
}
