package org.skillgap.report;

import java.nio.file.Path;

/**
 * Writes the persona's plan to a file, to look at while changing the template:
 * {@code java -cp target/classes:target/test-classes:LIBS org.skillgap.report.PlanPdfPreview /tmp/plan.pdf [letter]}.
 * Run from the project folder, it reads plan.mustache and plan.css straight from resources/report,
 * so an edit shows without a rebuild.
 */
public final class PlanPdfPreview {

    private PlanPdfPreview() {
    }

    public static void main(String[] args) {
        PageSize size = args.length > 1 && args[1].equalsIgnoreCase("letter") ? PageSize.LETTER : PageSize.A4;
        Path edited = Path.of("resources", "report");
        PlanTemplate template = java.nio.file.Files.isRegularFile(edited.resolve(PlanTemplate.PAGE))
                ? PlanTemplate.from(edited) : PlanTemplate.SHIPPED;
        write(Path.of(args[0]), PlanPdf.render(Persona.reportData(size), template));
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
