package org.skillgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillgap.EnglishLocale;
import org.skillgap.catalog.Catalogs;
import org.skillgap.model.Catalog;
import org.skillgap.model.Messages;
import org.skillgap.service.LanguageSetting;
import org.skillgap.store.SkillGapStore;

/** {@code --lang CODE} before or after the command, on every command; an unknown code is bad usage. */
@EnglishLocale
class LanguageOptionTest {

    @TempDir
    Path data;

    private final Catalog catalog = Catalogs.bundled();

    @BeforeEach
    void profileAndRatings() {
        assertThat(CliRun.in(data, "profile", "--target", catalog.profiles().get(1).id(), "--background",
                catalog.backgrounds().get(0).id(), "--hours-per-week", "8").exitCode).isZero();
        assertThat(CliRun.in(data, "rate", "agile-practices", "2").exitCode).isZero();
    }

    @Test
    void statusSpeaksGermanWithTheOptionBeforeOrAfterTheCommand() {
        CliRun before = CliRun.in(data, "--lang", "de", "status");
        CliRun after = CliRun.in(data, "status", "--lang", "de");
        assertThat(before.exitCode).as(before.toString()).isZero();
        assertThat(before.out).contains("Bereitschaft für ").contains("noch nicht bereit")
                .contains("1 von 39 Fähigkeiten eingestuft.").contains("Lücken, größte gewichtete Lücke zuerst:")
                // the catalog in German too: skill and role names
                .contains("Agile Methoden").contains("IT-Produktmanager");
        assertThat(after.out).isEqualTo(before.out);
    }

    @Test
    void theLanguageChosenInTheWindowSpeaksOnTheCommandLineUnlessLangSaysOtherwise() {
        try (SkillGapStore store = SkillGapStore.open(data.resolve("skillgap.db"))) {
            store.putSetting(LanguageSetting.KEY, "de");
        }

        CliRun saved = CliRun.in(data, "status");
        CliRun chosen = CliRun.in(data, "status", "--lang", "en");
        // A line picocli refuses before any command opens the data is said in it too.
        CliRun refused = CliRun.in(data, "rate");
        CliRun refusedChosen = CliRun.in(data, "rate", "--lang", "en");

        assertThat(saved.out).as(saved.toString()).contains("Bereitschaft für ").contains("Agile Methoden");
        assertThat(chosen.out).as(chosen.toString()).contains("Readiness for ").contains("Rated 1 of 39 skills.");
        assertThat(refused.exitCode).isEqualTo(2);
        assertThat(refused.err).contains("bei skillgap rate fehlen SKILL_ID, LEVEL").doesNotContain("Missing required");
        assertThat(refusedChosen.err).contains("skillgap rate is missing SKILL_ID, LEVEL");
    }

    @Test
    void withoutTheOptionItIsTheMachinesLanguageHereEnglish() {
        CliRun run = CliRun.in(data, "status");
        assertThat(run.out).contains("Readiness for ").contains("Rated 1 of 39 skills.");
    }

    @Test
    void aNestedCommandTakesTheOptionToo() {
        CliRun run = CliRun.in(data, "catalog", "list", "--lang", "de");
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("Agile Methoden");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--lang=xx|status", "status|--lang=xx", "--lang=fr|plan", "cert|list|--lang=klingon"})
    void anUnknownLanguageExitsTwoAndNamesTheLanguagesThereAre(String args) {
        CliRun run = CliRun.in(data, args.split("\\|"));
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("there is no language").contains("en (English), de (Deutsch)");
        assertThat(run.out).isEmpty();
    }

    @Test
    void aRegionOrUpperCaseCodeIsTheLanguage() {
        assertThat(CliRun.in(data, "--lang", "de-AT", "status").out).contains("Bereitschaft für ");
        assertThat(CliRun.in(data, "--lang", "EN", "status").out).contains("Readiness for ");
    }

    @Test
    void thePdfIsInGermanWithGermanDatesAndNumbers() throws IOException {
        Path pdf = data.resolve("plan.pdf");
        CliRun run = CliRun.in(data, "--lang", "de", "pdf", pdf.toString());
        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.out).contains("Ihr Lernplan wurde geschrieben nach");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        String today = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.GERMAN).format(LocalDate.now());
        // The style sheet writes the small labels in capitals.
        assertThat(text).contains("ENTWICKLUNGSPLAN", "ZIELROLLE", "IT-Produktmanager", "AUSGANGSLAGE", "Softwareentwicklung",
                        "BEREITSCHAFT", "Noch nicht bereit", "Größte Lücken", "Ihr Lernplan", "Agile Methoden", "Seite 1 von",
                        "SkillGap-Lernplan · " + today, "Std.")
                .doesNotContain("TARGET ROLE", "Biggest gaps", "Your plan", "Page 1 of", "READY BY");
        assertThat(today).matches("\\d\\d\\.\\d\\d\\.\\d{4}");
    }

    @Test
    void theSameCommandsWithoutTheOptionStayEnglish() throws IOException {
        Path pdf = data.resolve("plan-en.pdf");
        assertThat(CliRun.in(data, "pdf", pdf.toString()).exitCode).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("TARGET ROLE", "Biggest gaps", "Page 1 of")
                    .doesNotContain("ZIELROLLE");
        }
    }

    /** As the window starts: the catalog is checked first, the language kept in the settings read later. */
    @Test
    void theCatalogCheckedBeforeTheSavedLanguageIsReadComesInThatLanguage() {
        SkillGapCommand options = new SkillGapCommand(o -> { }, java.util.Map.of());
        new picocli.CommandLine(options).parseArgs("--data-dir", data.toString());
        try {
            assertThat(options.catalog().skill("agile-practices").orElseThrow().name()).startsWith("Agile practices");
            LanguageSetting.applySaved(java.util.Optional.of("de"));
            assertThat(options.catalog().skill("agile-practices").orElseThrow().name()).startsWith("Agile Methoden");
        } finally {
            Messages.useDefault();
        }
    }

    @Test
    void aLanguageGivenOnTheCommandLineWinsOverTheSavedOneAndAnUnknownSavedOneIsIgnored() {
        try {
            Messages.use(Locale.ENGLISH); // as --lang en does before the window starts
            LanguageSetting.applySaved(java.util.Optional.of("de"));
            assertThat(Messages.language()).isEqualTo(Locale.ENGLISH);
            Messages.useDefault();
            LanguageSetting.applySaved(java.util.Optional.of("xx"));
            assertThat(Messages.chosen()).isFalse();
        } finally {
            Messages.useDefault();
        }
    }
}
