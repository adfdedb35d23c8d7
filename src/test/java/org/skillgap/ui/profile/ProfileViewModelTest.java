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
