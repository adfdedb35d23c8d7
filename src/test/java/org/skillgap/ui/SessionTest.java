package org.skillgap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.model.BadInputException;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.Skill;

class SessionTest {

    @TempDir
    Path temp;

    private SessionFixture fixture;
    private Session session;

    @BeforeEach
    void open() {
        fixture = SessionFixture.withProfile(temp);
        session = fixture.session;
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void ratingASkillRaisesReadinessAtOnce() {
        double before = session.gapReport().readiness();
        Skill skill = session.catalog().skills().get(0);
        session.rate(skill.id(), 5);
        assertThat(session.gapReport().readiness()).isGreaterThan(before);
        assertThat(session.assessment().rating(skill.id())).hasValue(5);
    }

    @Test
    void ratingsNotesAndStatusesSurviveARestart() {
        Skill skill = session.catalog().skills().get(2);
        String itemId = session.catalog().items().get(0).id();
        session.rate(skill.id(), 3);
        session.saveNote(skill.id(), "Led the Kanban switch in my team");
        session.setStatus(itemId, ItemStatus.IN_PROGRESS);

        fixture.reopen();

        Session restarted = fixture.session;
        assertThat(restarted.assessment().rating(skill.id())).hasValue(3);
        assertThat(restarted.notesProperty().get()).containsEntry(skill.id(), "Led the Kanban switch in my team");
        assertThat(restarted.statusesProperty().get()).containsEntry(itemId, ItemStatus.IN_PROGRESS);
        assertThat(restarted.profile()).isPresent();
        assertThat(restarted.profile().get().name()).isEqualTo("Alex");
    }

    @Test
    void everyRatingChangeIsKeptInTheHistory() {
        String id = session.catalog().skills().get(0).id();
        session.rate(id, 1);
        session.rate(id, 2);
        session.rate(id, 4);
        fixture.reopen();
        assertThat(fixture.session.historyProperty().get()).extracting(c -> c.level()).containsExactly(1, 2, 4);
    }

    @Test
    void aLevelOutsideZeroToFiveIsRefusedAndNothingChanges() {
        String id = session.catalog().skills().get(0).id();
        assertThatThrownBy(() -> session.rate(id, 6)).isInstanceOf(BadInputException.class).hasMessageContaining("0 to 5");
        assertThat(session.assessment().isRated(id)).isFalse();
    }

    /** The first skill, rated {@code level} and saved. */
    private String aSkillSavedAt(int level) {
        String id = session.catalog().skills().get(0).id();
        session.rate(id, level);
        fixture.stored();
        return id;
    }

    /** A connection of another program to the same data file. */
    private Connection anotherProgram() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + fixture.database);
    }

    @Test
    void aFailedSaveIsReportedAndTheScreenShowsWhatIsSaved() throws Exception {
        String id = aSkillSavedAt(2);
        // The file now refuses any new rating, as a full disk would; reading still works.
        try (Connection c = anotherProgram(); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER refuse BEFORE INSERT ON rating_history BEGIN SELECT RAISE(ABORT, 'refused'); END");
        }

        session.rate(id, 4);
        fixture.settle();
        session.reload().join();

        assertThat(fixture.saveErrors).hasSize(1);
        assertThat(session.assessment().rating(id)).as("the screen shows what is saved").hasValue(2);
    }

    @Test
    void aReadOfTheDataIsNotHeldUpByASaveWaitingForAnotherProgram() throws Exception {
        String id = aSkillSavedAt(2);
        try (Connection other = anotherProgram(); Statement s = other.createStatement()) {
            // Another program (the command line) holds the write lock.
            s.execute("BEGIN IMMEDIATE");
            session.rate(id, 3);

            Integer level = fixture.service.read(store -> store.assessment().rating(id).orElseThrow()).get();

            assertThat(level).as("the read saw the saved rating while the save still waited").isEqualTo(2);
            assertThat(fixture.service.flush(Duration.ZERO)).as("the save is still waiting").isFalse();
            s.execute("ROLLBACK");
        }
        assertThat(fixture.stored().assessment().rating(id)).hasValue(3);
        assertThat(fixture.saveErrors).isEmpty();
    }

    @Test
    void markingAnItemKeepsItInThePlan() {
        String itemId = session.plan().items().get(0).item().id();
        session.setStatus(itemId, ItemStatus.DONE);
        assertThat(session.plan().items()).anySatisfy(i -> {
            assertThat(i.item().id()).isEqualTo(itemId);
            assertThat(i.status()).isEqualTo(ItemStatus.DONE);
        });
    }
}
