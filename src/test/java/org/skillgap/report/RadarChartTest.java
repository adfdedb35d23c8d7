package org.skillgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.OptionalDouble;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.skillgap.gap.GapReport;
import org.skillgap.gap.RadarAxis;
import org.skillgap.gap.RadarLook;

class RadarChartTest {

    private static final Color CURRENT = new Color(RadarLook.CURRENT);
    private static final Color TARGET = new Color(RadarLook.TARGET);

    @Test
    void hasOneSpokePerSkillUpToTwelveSkills() {
        GapReport twelve = Persona.gapReport(12);

        List<RadarAxis> axes = RadarChart.axesFor(twelve);

        assertThat(axes).hasSize(12);
        assertThat(axes.get(2)).isEqualTo(new RadarAxis("Cloud computing", 1, 3, OptionalDouble.empty()));
    }

    @Test
    void averagesEachCategoryByWeightWhenThereAreMoreSkills() {
        GapReport all = Persona.gapReport(20);

        List<RadarAxis> axes = RadarChart.axesFor(all);

        // Worked out by hand from Persona's table, sum(weight x level) / sum(weight) per category,
        // unrated counted as 0 (financial-modeling is rated 0):
        //   technical  current 24/13, target 39/13 = 3
        //   business   current 25/17, target 60/17
        //   leadership current (3+6+2+6+3)/11 = 20/11, target (12+12+6+8+3)/11 = 41/11
        assertThat(axes).containsExactly(
                new RadarAxis("Technical", 24.0 / 13, 3.0, OptionalDouble.empty()),
                new RadarAxis("Business", 25.0 / 17, 60.0 / 17, OptionalDouble.empty()),
                new RadarAxis("Leadership", 20.0 / 11, 41.0 / 11, OptionalDouble.empty()));
    }

    @Test
    void drawsAtTwiceThePrintedSizeWithBothShapesInTheirColours() throws IOException {
        byte[] png = RadarChart.png(RadarChart.axesFor(Persona.gapReport(10)));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(RadarChart.WIDTH * RadarChart.SCALE);
        assertThat(image.getHeight()).isEqualTo(RadarChart.HEIGHT * RadarChart.SCALE);
        assertThat(countPixelsLike(image, CURRENT)).as("current outline").isGreaterThan(500);
        assertThat(countPixelsLike(image, TARGET)).as("target outline").isGreaterThan(500);
    }

    @Test
    void drawsNothingButTheBackgroundWithoutSkills() throws IOException {
        byte[] png = RadarChart.png(List.of());

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(countPixelsLike(image, CURRENT)).isZero();
    }

    private static long countPixelsLike(BufferedImage image, Color colour) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - colour.getRed()) < 12 && Math.abs(c.getGreen() - colour.getGreen()) < 12
                        && Math.abs(c.getBlue() - colour.getBlue()) < 12) {
                    count++;
                }
            }
        }
        return count;
    }
}
