package org.skillgap.report;

import java.nio.file.Path;

/**
 * Writes the persona's plan to a file, to look at while changing the template:
 * {@code java -cp target/classes:target/test-classes:LIBS org.skillgap.report.PlanPdfPreview /tmp/plan.pdf [letter]}.
 */
public final class PlanPdfPreview {

    private PlanPdfPreview() {
    }

    public static void main(String[] args) {
        PageSize size = args.length > 1 && args[1].equalsIgnoreCase("letter") ? PageSize.LETTER : PageSize.A4;
        PlanPdf.write(Persona.reportData(size), Path.of(args[0]));
        write(Path.of(args[0] + ".skills.png"), RadarChart.png(RadarChart.axesFor(Persona.gapReport(10))));
        write(Path.of(args[0] + ".categories.png"), RadarChart.png(RadarChart.axesFor(Persona.gapReport(20))));
    }

    private static void write(Path file, byte[] bytes) {
        try {
            java.nio.file.Files.write(file, bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
