package org.skillgap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.report.PageSize;

/** The window's preferences are kept in the person's data file and are there after a restart. */
class PreferencesTest {

    @TempDir
    Path folder;
    private SessionFixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    private Preferences kept() {
        return Preferences.kept(fixture.session::setting, fixture.session::putSetting);
    }

    @Test
    void everyChoiceIsSavedAndReadAgainAfterARestart() {
        fixture = SessionFixture.withProfile(folder);
        Preferences chosen = kept();
        assertThat(chosen.darkTheme().get()).as("light by default").isFalse();
        assertThat(chosen.textSize().percentProperty().get()).isEqualTo(TextSize.NORMAL);

        chosen.darkTheme().set(true);
        chosen.textSize().use("150");
        chosen.pdfPageSize().set(PageSize.LETTER);
        chosen.language().set(Locale.GERMAN);
        assertThat(fixture.stored().setting("ui.language")).as("saved in the data file").contains("de");

        fixture.reopen();
        Preferences again = kept();
        assertThat(again.darkTheme().get()).isTrue();
        assertThat(again.textSize().percentProperty().get()).isEqualTo(150);
        assertThat(again.pdfPageSize().get()).isEqualTo(PageSize.LETTER);
    }

    @Test
    void aHandEditedTextSizeThatIsNoStepIsTheNormalSize() {
        fixture = SessionFixture.withProfile(folder);
        fixture.session.putSetting("ui.textSize", "137");
        assertThat(kept().textSize().percentProperty().get()).isEqualTo(TextSize.NORMAL);
    }

    @Test
    void afterARestoreTheRestoredFilesLookSizeAndPaperAreShown() {
        fixture = SessionFixture.withProfile(folder);
        Preferences shown = kept();
        shown.darkTheme().set(true);
        shown.textSize().use("150");

        java.util.Map<String, String> restored = java.util.Map.of("ui.textSize", "110", "pdf.pageSize", "letter");
        shown.read(key -> java.util.Optional.ofNullable(restored.get(key)));

        assertThat(shown.darkTheme().get()).as("the restored file chose no dark theme").isFalse();
        assertThat(shown.textSize().percentProperty().get()).isEqualTo(110);
        assertThat(shown.pdfPageSize().get()).isEqualTo(PageSize.LETTER);
    }
}
