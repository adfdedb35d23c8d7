package org.skillgap.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.model.Profile;
import org.skillgap.model.Texts;
import org.skillgap.ui.SessionFixture;

class ProfileViewModelTest {

    @TempDir
    Path temp;

    private SessionFixture fixture;
    private ProfileViewModel profile;

    @BeforeEach
    void open() {
        fixture = SessionFixture.withProfile(temp);
        profile = new ProfileViewModel(fixture.session);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void hoursThatCannotBeUsedBlockSavingAndSayWhy() {
        profile.hoursEntry().textProperty().set("0");

        assertThat(profile.complete().get()).isFalse();
        assertThat(profile.whyIncomplete().get()).contains("1 to 80");
        assertThat(profile.save()).isFalse();
        assertThat(fixture.stored().profile().orElseThrow().hoursPerWeek()).isEqualTo(6);
    }

    @Test
    void theReassessIntervalIsSixWeeksUntilChangedAndIsSavedWithTheProfile() {
        assertThat(profile.reassessEntry().textProperty().get()).isEqualTo("6");
        assertThat(profile.reassessEntry().range().rangeText()).isEqualTo("1 to 52 weeks");

        profile.reassessEntry().textProperty().set("10");
        assertThat(profile.save()).isTrue();

        assertThat(fixture.stored().setting("reassess.weeks")).contains("10");
        assertThat(fixture.session.reassessment().weeks()).isEqualTo(10);
        assertThat(new ProfileViewModel(fixture.session).reassessEntry().textProperty().get())
                .as("the editor opened again shows it").isEqualTo("10");
    }

    @Test
    void aReassessIntervalOutsideOneToFiftyTwoBlocksSavingAndSaysWhy() {
        profile.reassessEntry().textProperty().set("53");

        assertThat(profile.reassessEntry().problemProperty().get()).isEqualTo("Enter a whole number from 1 to 52.");
        assertThat(profile.complete().get()).isFalse();
        assertThat(profile.whyIncomplete().get()).isEqualTo("Enter how often to re-assess: 1 to 52 weeks.");
        assertThat(profile.save()).isFalse();
        assertThat(fixture.stored().setting("reassess.weeks")).isEmpty();
    }

    @Test
    void theHoursSavedAreTheHoursShown() {
        profile.hoursEntry().textProperty().set("200".substring(0, 2));

        assertThat(profile.save()).isTrue();

        assertThat(fixture.stored().profile().orElseThrow().hoursPerWeek()).isEqualTo(20);
    }

    @Test
    void aNameOverTheLimitIsRefusedWithTheReasonNotCut() {
        String tooLong = "a".repeat(Texts.MAX_NAME_CHARS + 5);

        profile.nameProperty().set(tooLong);

        assertThat(profile.nameProblem().get()).contains(Integer.toString(Texts.MAX_NAME_CHARS + 5))
                .contains(Integer.toString(Texts.MAX_NAME_CHARS));
        assertThat(profile.complete().get()).isFalse();
        assertThat(profile.whyIncomplete().get()).isNotEmpty();
        assertThat(profile.save()).isFalse();
        assertThat(fixture.stored().profile().orElseThrow().name()).isEqualTo("Alex");
    }

    @Test
    void aCompleteProfileGivesNoReason() {
        assertThat(profile.complete().get()).isTrue();
        assertThat(profile.whyIncomplete().get()).isEmpty();
    }

    @Test
    void theHoursHintSpeaksInSingularAndPlural() {
        profile.hoursEntry().textProperty().set("1");
        assertThat(profile.hoursExplanation().get()).startsWith("At 1 hour a week").contains("about 30 weeks");

        profile.hoursEntry().textProperty().set("30");
        assertThat(profile.hoursExplanation().get()).startsWith("At 30 hours a week").contains("about 1 week.");
    }

    @Test
    void theHoursHintDoesNotTalkAboutHoursThatAreNotShown() {
        profile.hoursEntry().textProperty().set("");

        assertThat(profile.hoursExplanation().get()).doesNotContain(Integer.toString(Profile.MIN_HOURS) + " hour");
    }
}
