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
import org.skillgap.gap.RadarData;
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
    void averagesEachCategoryWhenThereAreMoreSkills() {
        GapReport all = Persona.gapReport(20);

        List<RadarAxis> axes = RadarChart.axesFor(all);

        assertThat(axes).extracting(RadarAxis::label).containsExactly("Technical", "Business", "Leadership");
        // The same weighted category averages the Progress screen shows.
        assertThat(axes).isEqualTo(RadarData.perCategory(all));
        assertThat(axes.get(2).current()).isBetween(1.0, 3.0);
        assertThat(axes.get(2).target()).isBetween(3.0, 4.0);
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
