package org.skillgap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.skillgap.transfer.DataExport;
import org.skillgap.transfer.DataImport;
import org.skillgap.json.JsonFiles;
import org.skillgap.EnglishLocale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Profile;
import org.skillgap.model.UserData;
import org.skillgap.store.SkillGapStore;

/**
 * Names and notes as people really type them, through every place they go: the store (and a
 * restart), the JSON export and import, and the PDF. The rule ({@link org.skillgap.model.Texts}):
 * any printable character of any script is kept exactly; a note may hold tabs and line breaks;
 * control characters and text over the limits are refused with a message, and nothing is saved.
 * The PDF prints what its font can draw and a box for what it cannot (most emoji).
 */
@EnglishLocale
class TypedTextTest {

    private static final String SKILL = "cloud-computing";
    private static final Instant NOW = Instant.parse("2025-03-03T10:15:30Z");

    @TempDir
    Path dir;

    /** Exactly {@code length} characters (code points), emoji and accents included. */
    private static String textOf(int length) {
        StringBuilder text = new StringBuilder();
        String pattern = "Évaluer la 👩‍💻 stratégie; ";
        int count = 0;
        for (int i = 0; count < length; i = (i + Character.charCount(pattern.codePointAt(i))) % pattern.length()) {
            text.appendCodePoint(pattern.codePointAt(i));
            count++;
        }
        return text.toString();
    }

    static Stream<Arguments> notesKeptExactly() {
        return Stream.of(
                Arguments.of("emoji", "Shipped my first feature 👩‍💻🚀 with the team"),
                Arguments.of("Arabic", "أريد أن أصبح مدير منتجات"),
                Arguments.of("Hebrew", "אני רוצה להיות מנהל מוצר"),
                Arguments.of("line breaks and tabs", "first line\r\nsecond\tline\nthird"),
                Arguments.of("10,000 characters", textOf(10_000)));
    }

    static Stream<Arguments> namesKeptExactly() {
        return Stream.of(
                Arguments.of("emoji", "Zoë 👩‍💻"),
                Arguments.of("Arabic", "مريم الحسن"),
                Arguments.of("Hebrew", "נועה כהן"),
                Arguments.of("200 characters", "Ana María ".repeat(20)));
    }

    static Stream<Arguments> notesRefused() {
        return Stream.of(
                Arguments.of("10,001 characters", textOf(10_001), "the text is 10,001 characters long; the limit is 10,000"),
                Arguments.of("100,000 characters", textOf(100_000), "the text is 100,000 characters long; the limit is 10,000"),
                Arguments.of("NUL", "before\u0000after", "it holds an invisible control character (U+0000) at character 7"),
                Arguments.of("bell", "ding\u0007", "it holds an invisible control character (U+0007) at character 5"));
    }

    static Stream<Arguments> namesRefused() {
        return Stream.of(
                Arguments.of("201 characters", "Ana María ".repeat(20) + "!", "the text is 201 characters long; the limit is 200"),
                Arguments.of("NUL", "Zoë\u0000", "it holds an invisible control character (U+0000) at character 4"),
                Arguments.of("line break", "Zoë\r\nSmith", "it holds an invisible control character (U+000D) at character 4"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notesKeptExactly")
    void aNoteIsKeptExactlyByTheStoreTheExportAndTheImport(String what, String note) throws Exception {
        Path database = dir.resolve("skillgap.db");
        try (SkillGapStore store = SkillGapStore.open(database)) {
            store.saveNote(SKILL, note);
        }
        UserData saved;
        try (SkillGapStore store = SkillGapStore.open(database)) {
            saved = store.readAll();
        }
        assertThat(saved.notes().get(SKILL)).isEqualTo(note);

        UserData imported = exportAndImport(saved);

        assertThat(imported.notes().get(SKILL)).isEqualTo(note);
        try (SkillGapStore other = SkillGapStore.open(dir.resolve("other-machine.db"))) {
            other.replaceAll(imported);
            assertThat(other.notes().get(SKILL)).isEqualTo(note);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesKeptExactly")
    void aNameIsKeptExactlyByTheStoreTheExportAndTheImport(String what, String name) throws Exception {
        Profile profile = Persona.profile().withName(name);
        Path database = dir.resolve("skillgap.db");
        try (SkillGapStore store = SkillGapStore.open(database)) {
            store.saveProfile(profile);
        }
        try (SkillGapStore store = SkillGapStore.open(database)) {
            assertThat(store.profile()).contains(profile);
            assertThat(exportAndImport(store.readAll()).profile()).contains(profile);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notesKeptExactly")
    void aNoteIsPrintedOnThePlan(String what, String note) throws Exception {
        String text = pdfText(Persona.profile(), Map.of(SKILL, note));

        String printed = oneLine(Html.printable(note));
        if (printed.length() < 2_000) {
            assertThat(text).contains(printed);
        } else {
            // A long note runs over pages, whose running headers come between its parts.
            assertThat(text).contains(printed.substring(0, 1_000)).contains(printed.substring(printed.length() - 1_000));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesKeptExactly")
    void aNameIsPrintedOnThePlan(String what, String name) throws Exception {
        String text = pdfText(Persona.profile().withName(name), Map.of());

        assertThat(text).contains(oneLine(Html.printable(name)).strip());
    }

    @Test
    void emojiTheFontCannotDrawPrintAsABoxAndEverythingElseAsTyped() throws Exception {
        String text = pdfText(Persona.profile().withName("Zoë 👩‍💻 ✓"), Map.of(SKILL, "Launched 🚀 on time ☕"));

        assertThat(text).contains("Zoë " + Html.NO_GLYPH).contains(Html.NO_GLYPH + " ✓")
                .contains("Launched " + Html.NO_GLYPH + " on time ☕");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notesRefused")
    void aNoteTheRuleRefusesIsRefusedEverywhereWithTheReasonAndNothingIsSaved(String what, String note, String reason)
            throws Exception {
        try (SkillGapStore store = SkillGapStore.open(dir.resolve("skillgap.db"))) {
            store.saveNote(SKILL, "the note before");
            UserData before = store.readAll();

            assertThatThrownBy(() -> store.saveNote(SKILL, note)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("The note for '" + SKILL + "' cannot be saved").hasMessageContaining(reason);
            assertThat(store.readAll()).isEqualTo(before);

            UserData withIt = new UserData(Optional.empty(), Map.of(), Map.of(SKILL, note), List.of(), Map.of(), Map.of());
            assertThatThrownBy(() -> store.replaceAll(withIt)).isInstanceOf(BadInputException.class).hasMessageContaining(reason);
            assertThat(store.readAll()).isEqualTo(before);
        }
        Path file = dir.resolve("edited.json");
        Files.writeString(file, "{\"format\": \"skillgap\", \"version\": 1, \"notes\": {\"" + SKILL + "\": "
                + JsonFiles.mapper().writeValueAsString(note) + "}}");
        assertThatThrownBy(() -> DataImport.read(file, Persona.catalog())).isInstanceOf(BadInputException.class)
                .hasMessageContaining("edited.json:1: notes." + SKILL + ": " + reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesRefused")
    void aNameTheRuleRefusesIsRefusedEverywhereWithTheReasonAndNothingIsSaved(String what, String name, String reason)
            throws Exception {
        try (SkillGapStore store = SkillGapStore.open(dir.resolve("skillgap.db"))) {
            store.saveProfile(Persona.profile());

            assertThatThrownBy(() -> store.saveProfile(Persona.profile().withName(name))).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("The name cannot be saved").hasMessageContaining(reason);
            assertThat(store.profile()).contains(Persona.profile());
        }
        Path file = dir.resolve("edited.json");
        Files.writeString(file, "{\"format\": \"skillgap\", \"version\": 1, \"profile\": {\"name\": "
                + JsonFiles.mapper().writeValueAsString(name)
                + ", \"target\": \"it-product-manager\", \"background\": \"qa-analyst\", \"hoursPerWeek\": 8}}");
        assertThatThrownBy(() -> DataImport.read(file, Persona.catalog())).isInstanceOf(BadInputException.class)
                .hasMessageContaining("edited.json:1: profile.name: " + reason);
    }

    private UserData exportAndImport(UserData data) {
        Path file = dir.resolve("export-" + System.nanoTime() + ".json");
        DataExport.write(data, "2025.1", NOW, file);
        return DataImport.read(file, Persona.catalog());
    }

    private String pdfText(Profile profile, Map<String, String> notes) throws IOException {
        PlanReportData d = Persona.reportData();
        Path file = dir.resolve("plan.pdf");
        PlanPdf.write(new PlanReportData(profile, d.targetName(), d.backgroundName(), d.date(), d.gaps(), d.plan(),
                notes, d.catalog(), d.pageSize()), file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return oneLine(new PDFTextStripper().getText(pdf));
        }
    }

    /** Line breaks fall where the layout puts them: compare with single spaces. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
