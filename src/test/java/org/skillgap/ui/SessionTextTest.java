package org.skillgap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.skillgap.EnglishLocale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.model.BadInputException;

/**
 * The window's session applies the same text rule as the store, before the screen changes: a note
 * it refuses leaves the screen and the file as they were (the text stays in the editor), instead
 * of failing later in the background and reloading the saved note over what was typed.
 */
@EnglishLocale
class SessionTextTest {

    @TempDir
    Path temp;

    private SessionFixture fixture;

    @BeforeEach
    void open() {
        fixture = SessionFixture.withProfile(temp);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aNoteInAnyScriptWithEmojiIsSavedAsTyped() {
        String id = fixture.catalog.skills().get(0).id();
        String note = "Demo went well 👩‍💻🚀 — شكرا — תודה";

        fixture.session.saveNote(id, note);
        fixture.reopen();

        assertThat(fixture.session.notesProperty().get()).containsEntry(id, note);
        assertThat(fixture.saveErrors).isEmpty();
    }

    @Test
    void aNoteOverTheLimitIsRefusedAtOnceAndNothingChanges() {
        String id = fixture.catalog.skills().get(0).id();
        fixture.session.saveNote(id, "first thoughts");

        assertThatThrownBy(() -> fixture.session.saveNote(id, "x".repeat(100_000)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("the limit is 10,000");

        assertThat(fixture.session.notesProperty().get()).isEqualTo(Map.of(id, "first thoughts"));
        assertThat(fixture.stored().notes()).isEqualTo(Map.of(id, "first thoughts"));
        assertThat(fixture.saveErrors).isEmpty();
    }

    @Test
    void aNameWithALineBreakIsRefusedAndTheProfileStays() {
        var before = fixture.session.profile().orElseThrow();

        assertThatThrownBy(() -> fixture.session.saveProfile(before.withName("Alex\nSmith")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("The name cannot be saved");

        assertThat(fixture.session.profile()).contains(before);
        assertThat(fixture.stored().profile()).contains(before);
    }
}
