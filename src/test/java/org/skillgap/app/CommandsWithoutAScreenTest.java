package org.skillgap.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands run as a person runs them, in a JVM of their own: whether AWT finds a screen is
 * settled once per JVM, and what reaches the terminal on a failure is only seen from outside.
 */
class CommandsWithoutAScreenTest {

    @TempDir
    Path temp;

    private Path data;

    /** In a JVM of its own too: this one's log would hold the data folder's log file, and the next JVM write elsewhere. */
    @BeforeEach
    void makeAProfile() throws Exception {
        data = temp.resolve("data");
        Run run = skillgap(testClassPath(), Map.of(), "--data-dir", data.toString(), "profile",
                "--target", "it-product-manager", "--background", "qa-analyst", "--hours-per-week", "6");
        assertThat(run.exitCode).as(run.toString()).isZero();
    }

    /** A stale ssh session: DISPLAY names an X server that is gone. The PDF's radar draws with AWT. */
    @Test
    void pdfIsWrittenWhenDisplayNamesAnXServerThatIsGone() throws Exception {
        Path pdf = temp.resolve("plan.pdf");

        Run run = skillgap(testClassPath(), Map.of("DISPLAY", displayWithNothingListening()),
                "--data-dir", data.toString(), "pdf", pdf.toString());

        assertThat(run.exitCode).as(run.toString()).isZero();
        assertThat(run.err).as(run.toString()).isBlank();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Where you stand", "Ready by", "Certified");
        }
    }

    /** An Error, not an Exception (here a broken install: the PDF library is missing), still gets a message. */
    @Test
    void anErrorReachesThePersonAsExitOneWithOneLineNamingTheLogFile() throws Exception {
        List<String> withoutPdfLibrary = testClassPath().stream().filter(entry -> !entry.contains("openhtmltopdf")).toList();

        Run run = skillgap(withoutPdfLibrary, Map.of(), "--data-dir", data.toString(), "pdf", temp.resolve("p.pdf").toString());

        Path log = data.resolve("skillgap-0.log").toAbsolutePath();
        assertThat(run.exitCode).as(run.toString()).isEqualTo(1);
        assertThat(run.err.strip().lines()).as(run.toString()).hasSize(1);
        assertThat(run.err).startsWith("skillgap: ").contains(log.toString());
        assertThat(Files.readString(log)).contains("NoClassDefFoundError", "at org.skillgap.cli.PdfCommand.run");
    }

    private record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\nout: " + out + "\nerr: " + err;
        }
    }

    private Run skillgap(List<String> classPath, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", String.join(File.pathSeparator, classPath), Main.class.getName()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove("SKILLGAP_HOME");
        builder.environment().putAll(environment);
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("skillgap finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * The class path the tests run with (Surefire may start them from a one-line manifest jar; it
     * keeps the real one here). SLF4J is shipped with its java.util.logging binding (ical4j and the
     * schema validator log through it), so the app runs here with the same logging as installed.
     */
    private static List<String> testClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .collect(Collectors.toList());
    }

    /** ":99", unless an X server does listen there on this machine; then the next free number. */
    private static String displayWithNothingListening() throws IOException {
        int display = 99;
        while (Files.exists(Path.of("/tmp/.X11-unix/X" + display)) || Files.exists(Path.of("/tmp/.X" + display + "-lock"))) {
            display++;
        }
        return ":" + display;
    }
}
