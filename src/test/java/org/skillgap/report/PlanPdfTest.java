package org.skillgap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.gap.GapReport;
import org.skillgap.gap.Plan;
import org.skillgap.gap.PlanItem;
import org.skillgap.gap.SkillGap;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Category;
import org.skillgap.model.Dates;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.Profile;

/** Every test writes a real PDF and reads it back with PDFBox, as a person's PDF viewer would. */
class PlanPdfTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path zoesPlan;

    @BeforeAll
    static void writeZoesPlan() {
        zoesPlan = shared.resolve("zoe.pdf");
        PlanPdf.write(Persona.reportData(), zoesPlan);
    }

    @Test
    void printsTheTitleBlockWithTheAccentedName() throws IOException {
        String text = text(zoesPlan);

        assertThat(text).contains("Zoë Ångström-Núñez", "IT Product Manager", "QA analyst", "8 h a week", Dates.format(LocalDate.of(2025, 3, 3)));
    }

    @Test
    void listsEveryStepOfThePlan() throws IOException {
        String text = text(zoesPlan);

        for (PlanItem item : Persona.plan().items()) {
            assertThat(text).contains(item.item().title());
        }
        // Progress as the window and the command line say it: a skipped step is no progress.
        assertThat(text).contains("Ready by", Dates.format(LocalDate.of(2026, 6, 8)), "3 done, 1 skipped of 15 (20%)");
    }

    @Test
    void showsTheBiggestGapsFirst() throws IOException {
        String text = text(zoesPlan);
        List<SkillGap> gaps = Persona.reportData().gaps().gaps();

        int previous = -1;
        for (SkillGap gap : gaps.subList(0, 5)) {
            int at = text.indexOf(gap.skill().name(), text.indexOf("Biggest gaps"));
            assertThat(at).as(gap.skill().name()).isGreaterThan(previous);
            previous = at;
        }
    }

    @Test
    void showsReadinessAndWhatBlocksIt() throws IOException {
        String text = text(zoesPlan);

        GapReport gaps = Persona.reportData().gaps();
        assertThat(text).contains("READINESS", "49%", "Not ready yet", "7 must-have skills are still below target",
                "Product vision 1 → 4", "Technical", "Business", "Leadership");
        // The same rounding as the window and the command line (half up), not cut down to the whole per cent below.
        for (Category category : Category.values()) {
            assertThat(text).contains(category.displayName() + " " + gaps.categoryPercent(category) + "%");
        }
        assertThat(gaps.categoryPercent(Category.TECHNICAL)).isEqualTo(62);
    }

    @Test
    void explainsWhyEachStepIsThere() throws IOException {
        String text = textByPosition(zoesPlan);

        assertThat(text).contains("Raises Cloud computing 1 → 3");
        assertThat(text).contains("24 h", "Medium cost", "by " + Dates.format(LocalDate.of(2025, 2, 3)),
                "from " + Dates.format(LocalDate.of(2025, 1, 13)), "2 h, ongoing");
        // An ongoing practice is worded as in the window, not given a due date.
        assertThat(text).contains("ongoing from " + Dates.format(LocalDate.of(2026, 5, 4)));
        Persona.plan().items().stream().filter(i -> i.item().recurring())
                .forEach(i -> assertThat(text).doesNotContain("by " + Dates.format(i.due())));
    }

    @Test
    void ticksTheDoneStepsOnly() throws IOException {
        String text = text(zoesPlan);
        long done = Persona.plan().count(ItemStatus.DONE);

        // One more tick than done steps: the legend above the checklist shows one too.
        assertThat(text.chars().filter(c -> c == '✓').count()).isEqualTo(done + 1);
    }

    @Test
    void printsThePersonsNotesUnderTheirSkill() throws IOException {
        String text = text(zoesPlan);

        assertThat(text).contains("Notes", "Stakeholder management",
                "Keep a stakeholder map; Zoë's manager Ørjan agreed to review it monthly.",
                "Then present it at the guild.");
    }

    @Test
    void numbersEveryPageOfTheTotal() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(zoesPlan.toFile())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(pdf)).contains("Page " + page + " of " + pages, "SkillGap plan · " + Dates.format(LocalDate.of(2025, 3, 3)));
            }
        }
    }

    @Test
    void embedsItsFontSoItPrintsTheSameEverywhere() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(zoesPlan.toFile())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
        }
    }

    @Test
    void drawsTheRadarAsASharpImageOnTheFirstPage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(zoesPlan.toFile())) {
            PDPage first = pdf.getPage(0);
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : first.getResources().getXObjectNames()) {
                if (first.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).singleElement().satisfies(image -> {
                assertThat(image.getWidth()).isEqualTo(RadarChart.WIDTH * RadarChart.SCALE);
                assertThat(image.getHeight()).isEqualTo(RadarChart.HEIGHT * RadarChart.SCALE);
            });
            assertThat(text(zoesPlan)).contains("Where you stand", "Average level per category (current vs target)");
        }
    }

    @Test
    void laysOutOnA4OrUsLetter() throws IOException {
        Path letter = dir.resolve("letter.pdf");
        PlanPdf.write(Persona.reportData(PageSize.LETTER), letter);

        assertThat(mediaBoxes(zoesPlan)).allSatisfy(box -> assertSize(box, PDRectangle.A4));
        assertThat(mediaBoxes(letter)).allSatisfy(box -> assertSize(box, PDRectangle.LETTER));
    }

    @Test
    void printsMarkupInANameAsPlainText() throws IOException {
        Path file = dir.resolve("markup.pdf");
        String name = "<script>alert('x')</script> & \"Bob\" {{name}} \\a";

        PlanPdf.write(Persona.named(name), file);

        assertThat(text(file)).contains(name);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            // The running header of later pages comes from CSS, escaped another way.
            assertThat(stripper.getText(pdf)).contains(name + " · IT Product Manager");
        }
    }

    @Test
    void saysReadyWhenNoGapIsLeft() throws IOException {
        Path file = dir.resolve("ready.pdf");
        GapReport ready = Persona.gapReport(Persona.gapReport(20).skills().stream()
                .map(g -> new SkillGap(g.skill(), g.target(), true, g.target(), g.weight(), g.mustHave())).toList());
        Plan nothingLeft = new Plan(List.of(), null);
        PlanReportData d = Persona.reportData();

        PlanPdf.write(new PlanReportData(new Profile("", d.profile().targetId(), d.profile().backgroundId(), 5),
                "", "", d.date(), ready, nothingLeft, Map.of(), d.catalog(), PageSize.A4), file);

        assertThat(text(file)).contains("Your development plan", "100%", "Ready", "Every skill meets its target.",
                "No gaps: you meet every target of this role.", "Nothing left to plan.")
                .doesNotContain("Notes", "Not ready");
    }

    @Test
    void showsEachSkillOnTheRadarWhenThereAreFewSkills() throws IOException {
        Path file = dir.resolve("few.pdf");
        PlanReportData d = Persona.reportData();

        PlanPdf.write(new PlanReportData(d.profile(), d.targetName(), d.backgroundName(), d.date(),
                Persona.gapReport(8), d.plan(), d.notes(), d.catalog(), d.pageSize()), file);

        assertThat(text(file)).contains("Level per skill (current vs target)");
    }

    @Test
    void evidenceIsAPortfolioOfCaseStudiesAndTheLatestReviewIsShownWithTheBigDifferencesFirst() throws IOException {
        Path file = dir.resolve("evidence.pdf");
        PlanReportData d = Persona.reportData();
        List<org.skillgap.model.Skill> skills = d.catalog().skills();
        String first = skills.get(0).id();
        String second = skills.get(1).id();
        List<org.skillgap.model.Evidence> evidence = List.of(
                new org.skillgap.model.Evidence(1, second, "Ran the pricing experiment", java.time.LocalDate.of(2025, 4, 2),
                        "https://example.com/pricing", "", "conversion up 12%"),
                new org.skillgap.model.Evidence(2, first, "Led the API migration", java.time.LocalDate.of(2025, 1, 15),
                        "", "/home/zoe/migration.md", ""));
        org.skillgap.model.Review review = new org.skillgap.model.Review(1, "Ana Lima", "mentor",
                java.time.LocalDate.of(2025, 6, 2), "t", Map.of(first, 1, second, 3), Map.of(first, "Not seen leading it."));
        org.skillgap.model.Assessment own = new org.skillgap.model.Assessment(Map.of(first, 4, second, 3));

        PlanPdf.write(d.withEvidence(evidence, new org.skillgap.model.Reviews(List.of(), List.of(review), List.of()), own),
                file);

        String text = text(file);
        assertThat(text).contains("Portfolio: evidence for the ratings", "Led the API migration Jan 15, 2025",
                "/home/zoe/migration.md", "Ran the pricing experiment Apr 2, 2025", "Outcome: conversion up 12%");
        // In catalog order, whatever order the evidence was kept in.
        assertThat(text.indexOf("Led the API migration")).isLessThan(text.indexOf("Ran the pricing experiment"));
        assertThat(text).contains("Second opinion", "By Ana Lima (mentor), Jun 2, 2025",
                "DIFFERS " + skills.get(0).name() + " 4 1 Not seen leading it.", skills.get(1).name() + " 3 3");
    }

    @Test
    void replacesAnEarlierPdfWholeAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("plan.pdf");
        Files.writeString(file, "not a pdf at all");

        PlanPdf.write(Persona.reportData(), file);

        assertThat(text(file)).contains("Zoë Ångström-Núñez");
        assertThat(DataExportTest.filesIn(dir)).containsExactly("plan.pdf");
    }

    @Test
    void refusesATargetInAMissingFolderSayingWhichFolder() {
        Path target = dir.resolve("missing").resolve("plan.pdf");

        assertThatThrownBy(() -> PlanPdf.write(Persona.reportData(), target))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("Cannot write plan.pdf: the folder " + dir.resolve("missing") + " does not exist");
        assertThat(DataExportTest.filesIn(dir)).isEmpty();
    }

    @Test
    void refusesATargetThatIsAFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("plans"));

        assertThatThrownBy(() -> PlanPdf.write(Persona.reportData(), folder))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("it is a folder");
        assertThat(DataExportTest.filesIn(folder)).isEmpty();
    }

    @Test
    void refusesATargetInsideAFileAndLeavesTheFileAlone() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "keep me");

        assertThatThrownBy(() -> PlanPdf.write(Persona.reportData(), notAFolder.resolve("plan.pdf")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining(notAFolder + " is not a folder");
        assertThat(Files.readString(notAFolder)).isEqualTo("keep me");
        assertThat(DataExportTest.filesIn(dir)).containsExactly("notes.txt");
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // Lines wrap where the layout wants: compare text with single spaces.
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** Text read line by line across the page, as an eye reads it, whatever order it was drawn in. */
    private static String textByPosition(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static List<PDRectangle> mediaBoxes(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<PDRectangle> boxes = new ArrayList<>();
            doc.getPages().forEach(p -> boxes.add(p.getMediaBox()));
            assertThat(boxes).isNotEmpty();
            return boxes;
        }
    }

    private static void assertSize(PDRectangle actual, PDRectangle expected) {
        assertThat(actual.getWidth()).isCloseTo(expected.getWidth(), org.assertj.core.data.Offset.offset(1f));
        assertThat(actual.getHeight()).isCloseTo(expected.getHeight(), org.assertj.core.data.Offset.offset(1f));
    }

    @Test
    void listsTheCertificationsHeldWithTheirRenewalDueDateAndWhatItNeeds() throws IOException {
        org.skillgap.model.Catalog catalog = org.skillgap.catalog.Catalogs.bundled();
        Profile profile = new Profile("Sam", "it-product-manager", "qa-analyst", 6);
        Path pdf = dir.resolve("held.pdf");
        PlanPdf.write(PlanReports.gather(catalog, profile, new org.skillgap.model.Assessment(Map.of()), Map.of(),
                Map.of("csm", LocalDate.of(2025, 5, 1), "pspo-1", LocalDate.of(2024, 1, 10)), Map.of(),
                LocalDate.of(2026, 12, 3), PageSize.A4), pdf);

        String text = text(pdf);

        assertThat(text).contains("Certifications held", "Certified ScrumMaster (CSM)",
                "Held since " + Dates.format(LocalDate.of(2025, 5, 1)) + " \u00b7 renew by " + Dates.format(LocalDate.of(2027, 5, 1)),
                "earn 20 SEUs and pay the $100 renewal fee",
                "Held since " + Dates.format(LocalDate.of(2024, 1, 10)) + " \u00b7 no renewal needed");
        assertThat(text(zoesPlan)).as("a person who holds none").doesNotContain("Certifications held");
    }

    @Test
    void aDoneStepSaysWhichLevelsAreCountedUntilThePersonReRatesAsTheWindowDoes() {
        PlanReportData d = Persona.reportData();
        List<PlanItem> items = new ArrayList<>(d.plan().items());
        PlanItem done = items.stream().filter(i -> i.status() == ItemStatus.DONE).findFirst().orElseThrow();
        String skill = done.item().raises().get(0).skillId();
        items.set(items.indexOf(done), new PlanItem(done.item(), ItemStatus.DONE,
                List.of(new org.skillgap.gap.Improvement(skill, 1, 3)), done.start(), done.due()));
        PlanReportData counted = new PlanReportData(d.profile(), d.targetName(), d.backgroundName(), d.date(),
                d.gaps(), new Plan(items, d.plan().readyBy()), d.notes(), d.catalog(), d.pageSize());

        String name = d.catalog().skill(skill).orElseThrow().name();
        assertThat(PlanPdf.html(counted)).contains("Counted as " + Html.escape(name) + " 3 until you re-rate");
    }
}
