package org.skillgap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No literal text reaches a person: a control's text, tooltip, prompt, accessible name or a dialog's
 * title, or a line the command line prints, is never a string literal with words in it, so every
 * such word is in the message bundles and has its German. Symbols ("×", "→", " (") are not words
 * and may be literals.
 */
class NoLiteralTextTest {

    private static final List<Path> FOLDERS = List.of(Path.of("src/main/java/org/skillgap/ui"),
            Path.of("src/main/java/org/skillgap/app"), Path.of("src/main/java/org/skillgap/cli"),
            Path.of("src/main/java/org/skillgap/report"));

    /** Lines for programs, not people: the start-up timings the bench reads (startup-ms=...). */
    private static final java.util.Set<String> MACHINE_OUTPUT = java.util.Set.of("StartupHooks.java", "LauncherProbe.java");

    /** A call that puts text in front of a person, with a string literal as (the start of) its argument. */
    private static final Pattern SHOWN = Pattern.compile(
            "(setText|setPromptText|setAccessibleText|setAccessibleHelp|setTitle|setHeaderText|setContentText"
            + "|new (?:Label|Button|ToggleButton|CheckBox|RadioButton|Hyperlink|MenuItem|Menu|CheckMenuItem"
            + "|RadioMenuItem|Tooltip|Tab|TitledPane|Text|EmptyScreen)"
            + "|\\.println|\\.print|\\.printf)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** A word: three letters in a row, once format specifiers (%s, %-40s, %n) are taken out. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");

    static List<String> literalsShown(String source) {
        List<String> found = new ArrayList<>();
        Matcher m = SHOWN.matcher(source);
        while (m.find()) {
            String text = unescape(m.group(2)).replaceAll("%[-#+ 0,(]*\\d*(?:\\.\\d+)?[a-zA-Z%]", " ");
            if (WORD.matcher(text).find()) {
                found.add(m.group(1) + "(\"" + m.group(2) + "\")");
            }
        }
        return found;
    }

    private static String unescape(String literal) {
        Matcher u = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(literal);
        StringBuilder out = new StringBuilder();
        while (u.find()) {
            u.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(u.group(1), 16))));
        }
        u.appendTail(out);
        return out.toString().replace("\\n", " ").replace("\\t", " ");
    }

    @Test
    void noLiteralWordReachesAControlADialogOrTheTerminal() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path folder : FOLDERS) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                        .filter(f -> !MACHINE_OUTPUT.contains(f.getFileName().toString())).toList()) {
                    literalsShown(Files.readString(file)).forEach(l -> found.add(file.getFileName() + ": " + l));
                }
            }
        }
        assertThat(found).as("literal text shown to a person; use Messages.get with a key of messages.properties").isEmpty();
    }

    @Test
    void theCheckFindsALiteralLabelButNotASymbolOrAMessage() {
        assertThat(literalsShown("Label l = new Label(\"Rated \" + n);")).hasSize(1);
        assertThat(literalsShown("button.setText(\"Save\");")).hasSize(1);
        assertThat(literalsShown("out.printf(\"  %-40s %7s skill%n\", a, b);")).hasSize(1);
        assertThat(literalsShown("new Tooltip(\"Set to 0\")")).hasSize(1);
        assertThat(literalsShown("new Button(\"\\u00d7\"); out.printf(\"  %-12s %4s%n\", a, b);"
                + " label.setText(Messages.get(\"assess.counter\", n)); out.println(\"  \" + line);")).isEmpty();
    }
}
