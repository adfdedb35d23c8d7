package org.skillgap.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skillgap.gap.RadarLayout.Point;
import org.skillgap.gap.RadarLayout.Text;
import org.skillgap.gap.RadarLook.Ink;
import org.skillgap.model.Level;

class RadarLayoutTest {

    /** Every character as wide as 0.6 of the type size, bold a little wider: close to a sans serif. */
    private static final RadarLayout.TextMeasure MEASURE = (text, size, bold) -> text.length() * size * (bold ? 0.62 : 0.55);

    private static List<RadarAxis> axes(String... labels) {
        List<RadarAxis> axes = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            axes.add(new RadarAxis(labels[i], i % 6, 5 - i % 4, OptionalDouble.empty()));
        }
        return axes;
    }

    private static List<RadarAxis> developerAxes() {
        GapReport report = GapCalculator.calculate(Fixtures.CATALOG, Fixtures.TARGET, Fixtures.DEVELOPER);
        return RadarData.perSkill(report, Optional.of(Fixtures.ratings("sdlc", 3, "strategy", 0)));
    }

    @Test
    void drawsOneRingPerLevelAndOneSpokePerAxis() {
        RadarLayout layout = RadarLayout.of(developerAxes(), 560, 400, MEASURE);

        assertThat(layout.rings()).hasSize(Level.MAX).allSatisfy(ring -> assertThat(ring).hasSize(11));
        assertThat(layout.rim()).hasSize(11);
        for (int level = 1; level <= Level.MAX; level++) {
            Point top = layout.rings().get(level - 1).get(0);
            assertThat(layout.centre().y() - top.y()).isCloseTo(layout.radius() * level / Level.MAX, within(1e-9));
        }
        assertThat(layout.texts()).filteredOn(t -> t.ink() == Ink.SCALE).extracting(Text::text)
                .containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void theShapesAreTheAxesValuesAsRadarDataPlacesThem() {
        List<RadarAxis> axes = developerAxes();
        RadarLayout layout = RadarLayout.of(axes, 560, 400, MEASURE);

        Point c = layout.centre();
        int n = axes.size();
        for (int i = 0; i < n; i++) {
            RadarAxis a = axes.get(i);
            assertAt(layout.current().get(i), RadarData.point(i, n, a.current(), c.x(), c.y(), layout.radius()));
            assertAt(layout.target().get(i), RadarData.point(i, n, a.target(), c.x(), c.y(), layout.radius()));
            assertAt(layout.earliest().get(i),
                    RadarData.point(i, n, a.earliest().orElse(0), c.x(), c.y(), layout.radius()));
            assertAt(layout.rim().get(i), RadarData.point(i, n, Level.MAX, c.x(), c.y(), layout.radius()));
        }
    }

    @Test
    void withoutAnEarlierAssessmentThereIsNoEarliestShape() {
        RadarLayout layout = RadarLayout.of(axes("A", "B", "C"), 400, 300, MEASURE);

        assertThat(layout.earliest()).isEmpty();
        assertThat(layout.current()).hasSize(3);
    }

    @Test
    void atALargerTextSizeTheLabelsGrowAndStillFitWhileTheRingsGiveWay() {
        List<RadarAxis> axes = developerAxes();
        RadarLayout normal = RadarLayout.of(axes, 520, 460, MEASURE);
        RadarLayout larger = RadarLayout.of(axes, 520, 460, MEASURE, 1.5);

        // The scale's numbers, the labels and the values each grow by half (labels may wrap to more lines).
        assertThat(larger.texts().stream().map(RadarLayout.Text::size).distinct().sorted())
                .containsExactlyElementsOf(normal.texts().stream().map(t -> t.size() * 1.5).distinct().sorted().toList());
        assertThat(larger.radius()).as("the labels take room from the rings").isLessThan(normal.radius());
        assertThat(larger.texts()).allSatisfy(t -> {
            assertThat(t.x()).isGreaterThanOrEqualTo(0);
            assertThat(t.x() + t.width()).isLessThanOrEqualTo(520);
            assertThat(t.top()).isGreaterThanOrEqualTo(0);
            assertThat(t.bottom()).isLessThanOrEqualTo(460);
        });
    }

    @ParameterizedTest
    @CsvSource({"560, 400", "520, 460", "280, 260", "800, 300", "300, 600"})
    void everyTextStaysInsideTheArea(double width, double height) {
        for (int n : new int[] {1, 2, 3, 5, 8, 11, 12}) {
            List<RadarAxis> axes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                axes.add(new RadarAxis("Stakeholder management and communication across teams " + i, 2.4, 4,
                        OptionalDouble.empty()));
            }
            RadarLayout layout = RadarLayout.of(axes, width, height, MEASURE);

            assertThat(layout.isEmpty()).as("%d spokes in %sx%s", n, width, height).isFalse();
            assertThat(layout.texts()).as("%d spokes in %sx%s", n, width, height).allSatisfy(t -> {
                assertThat(t.x()).isGreaterThanOrEqualTo(0);
                assertThat(t.x() + t.width()).isLessThanOrEqualTo(width);
                assertThat(t.top()).isGreaterThanOrEqualTo(0);
                assertThat(t.bottom()).isLessThanOrEqualTo(height);
            });
            assertThat(layout.rim()).allSatisfy(p -> {
                assertThat(p.x()).isBetween(0.0, width);
                assertThat(p.y()).isBetween(0.0, height);
            });
        }
    }

    @Test
    void labelsCutToTheSamePrefixStayDistinct() {
        // Both once read "Software development…" on the Technical radar.
        List<RadarAxis> axes = axes("Software development fundamentals", "Software development processes and lifecycle",
                "Cloud computing", "Software development fundamentals of testing", "Data and analytics",
                "Agile and Scrum");

        for (double width : new double[] {280, 400, 560}) {
            RadarLayout layout = RadarLayout.of(axes, width, 300, MEASURE);

            assertThat(layout.labels()).as("at %s wide", width).doesNotHaveDuplicates().hasSize(axes.size());
            assertThat(layout.labels()).as("at %s wide", width).allSatisfy(l -> assertThat(l).startsWith(
                    l.startsWith("Software") ? "Software" : l.substring(0, 1)));
        }
    }

    @Test
    void aNarrowLabelKeepsTheWordsThatTellItApart() {
        // Spokes 1 and 3 point sideways, where a label has the least room: both once read "Software development…".
        List<RadarAxis> axes = axes("Cloud computing", "Software development fundamentals", "Data",
                "Software development processes and lifecycle");

        RadarLayout layout = RadarLayout.of(axes, 400, 300, MEASURE);

        assertThat(layout.labels()).doesNotHaveDuplicates();
        assertThat(layout.labels().get(1)).startsWith("Software").contains("fundamentals");
        assertThat(layout.labels().get(3)).startsWith("Software").contains("processes");
    }

    @Test
    void aCutLabelDoesNotReadAsTheStartOfAnother() {
        // Thirteen spokes: the top label has little room and once read "Software development…",
        // which looked like the start of its neighbour's whole label.
        List<String> labels = new ArrayList<>(List.of("Software development fundamentals",
                "Software development processes and lifecycle"));
        for (int i = 2; i < 13; i++) {
            labels.add("Skill " + i);
        }
        RadarLayout layout = RadarLayout.of(axes(labels.toArray(String[]::new)), 560, 400, MEASURE);

        assertThat(layout.labels().get(0)).startsWith("Software").contains("fundamentals");
        assertThat(layout.labels()).doesNotHaveDuplicates();
    }

    @Test
    void aShortLabelIsShownWhole() {
        RadarLayout layout = RadarLayout.of(axes("Agile and Scrum", "Data and analytics", "Cloud computing"), 560, 400,
                MEASURE);

        assertThat(layout.labels()).containsExactly("Agile and Scrum", "Data and analytics", "Cloud computing");
    }

    @Test
    void eachLabelIsFollowedByItsCurrentAndTargetValues() {
        List<RadarAxis> axes = List.of(new RadarAxis("Technical", 2.44, 4, OptionalDouble.empty()),
                new RadarAxis("Business", 3, 3.5, OptionalDouble.empty()),
                new RadarAxis("Leadership", 0, 5, OptionalDouble.empty()));

        RadarLayout layout = RadarLayout.of(axes, 560, 400, MEASURE);

        assertThat(layout.texts()).filteredOn(t -> t.ink() == Ink.CURRENT).extracting(Text::text)
                .containsExactly("2.4", "3", "0");
        assertThat(layout.texts()).filteredOn(t -> t.ink() == Ink.TARGET).extracting(Text::text)
                .containsExactly(" / 4", " / 3.5", " / 5");
    }

    @Test
    void inGermanTheValuesHaveADecimalComma() {
        List<RadarAxis> axes = List.of(new RadarAxis("Technik", 2.44, 3.5, OptionalDouble.empty()),
                new RadarAxis("Geschäft", 3, 3, OptionalDouble.empty()), new RadarAxis("Führung", 0, 5, OptionalDouble.empty()));
        org.skillgap.model.Messages.use(java.util.Locale.GERMAN);
        try {
            assertThat(RadarLayout.of(axes, 560, 400, MEASURE).texts()).extracting(Text::text)
                    .contains("2,4", " / 3,5").doesNotContain("2.4");
        } finally {
            org.skillgap.model.Messages.useDefault();
        }
    }

    @Test
    void drawsNothingWithoutAxesOrRoom() {
        assertThat(RadarLayout.of(List.of(), 560, 400, MEASURE).isEmpty()).isTrue();
        assertThat(RadarLayout.of(axes("A", "B", "C"), 40, 40, MEASURE).isEmpty()).isTrue();
    }

    @Test
    void theScreenTakesItsTextColourFromTheThemeAndTheRestIsFixed() {
        RadarLook dark = new RadarLook(0xf8f9fa);

        assertThat(dark.paint(Ink.GRID)).isEqualTo(new RadarLook.Paint(0xf8f9fa, RadarLook.GRID_OPACITY));
        assertThat(dark.paint(Ink.SCALE)).isEqualTo(new RadarLook.Paint(0xf8f9fa, RadarLook.SCALE_OPACITY));
        assertThat(dark.current()).isEqualTo(RadarLook.forPrint().current());
        assertThat(dark.target().dashes()).isNotEmpty();
    }

    private static void assertAt(Point p, double[] expected) {
        assertThat(p.x()).isCloseTo(expected[0], within(1e-9));
        assertThat(p.y()).isCloseTo(expected[1], within(1e-9));
    }
}
