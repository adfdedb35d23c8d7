package org.skillgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.catalog.Catalogs;
import org.skillgap.model.Catalog;

/**
 * Machine output does not depend on the default locale: the same steps run under en-US, tr-TR
 * (dotless ı: "ID".toLowerCase() is "ıd") and de-DE (decimal comma) give the same catalog, the same
 * JSON from status, plan, history and catalog list, and the same export, also after an import.
 * This is the cheap CI check for another language; the whole suite can also be run in one with
 * {@code mvn verify -DargLine="-Duser.language=tr -Duser.country=TR"}.
 */
class LocaleIndependenceTest {

    private static final List<Locale> OTHERS = List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY);

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void theCatalogReadsTheSameInEveryLocale() throws IOException {
        byte[] bytes;
        try (InputStream in = Catalogs.class.getResourceAsStream(Catalogs.BUNDLED_RESOURCE)) {
            bytes = in.readAllBytes();
        }
        Catalog english = in(Locale.US, () -> Catalogs.parse("catalog.json", bytes));
        for (Locale locale : OTHERS) {
            assertThat(in(locale, () -> Catalogs.parse("catalog.json", bytes))).as("%s", locale).isEqualTo(english);
        }
    }

    @Test
    void theCommandLinesMachineOutputIsTheSameInEveryLocale() {
        Map<String, String> english = in(Locale.US, () -> session(temp.resolve("en-US")));
        for (Locale locale : OTHERS) {
            Map<String, String> other = in(locale, () -> session(temp.resolve(locale.toLanguageTag())));
            assertThat(other).as("%s", locale).isEqualTo(english);
        }
    }

    /** One person's steps through the command line, and every piece of machine output on the way. */
    private Map<String, String> session(Path data) {
        Map<String, String> output = new LinkedHashMap<>();
        Catalog catalog = Catalogs.bundled();
        ok(data, "profile", "--name", "Zoë", "--target", catalog.profiles().get(1).id(),
                "--background", catalog.backgrounds().get(0).id(), "--hours-per-week", "8");
        for (int i = 0; i < 5; i++) {
            ok(data, "rate", catalog.skills().get(i).id(), String.valueOf(i % 6), "--note", "Evidence " + i);
        }
        String item = tree(ok(data, "plan", "--json")).get("items").get(0).get("id").asString();
        // An upper-case status: folded with the root locale it is "in-progress", in Turkish "ın-progress".
        ok(data, "mark", item, "IN-PROGRESS");

        output.put("catalog", ok(data, "catalog", "list", "--json"));
        output.put("status", ok(data, "status", "--json"));
        output.put("plan", ok(data, "plan", "--json"));
        output.put("history", withoutTimes(tree(ok(data, "history", "--json"))).toString());

        Path export = data.resolveSibling(data.getFileName() + "-export.json");
        ok(data, "export", export.toString());
        output.put("export", withoutTimes(read(export)).toString());

        Path again = data.resolveSibling(data.getFileName() + "-again");
        ok(again, "import", export.toString());
        Path reExport = data.resolveSibling(data.getFileName() + "-re-export.json");
        ok(again, "export", reExport.toString());
        output.put("re-export", withoutTimes(read(reExport)).toString());
        output.put("status after import", ok(again, "status", "--json"));
        return output;
    }

    private static String ok(Path data, String... args) {
        CliRun run = CliRun.in(data, args);
        assertThat(run.exitCode).as(run.toString()).isZero();
        return run.out;
    }

    private JsonNode tree(String text) {
        return json.readTree(text);
    }

    private JsonNode read(Path file) {
        try {
            return tree(Files.readString(file));
        } catch (IOException e) {
            throw new AssertionError(file.toString(), e);
        }
    }

    /** Instants of the run (when exported, when rated) differ between runs; their form is checked apart. */
    private static JsonNode withoutTimes(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.propertyNames().forEach(names::add);
            for (String name : names) {
                JsonNode value = object.get(name);
                if (value.isString() && value.asString().matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
                    object.put(name, "<instant>");
                } else {
                    withoutTimes(value);
                }
            }
        } else if (node.isArray()) {
            node.forEach(LocaleIndependenceTest::withoutTimes);
        }
        return node;
    }

    private static <T> T in(Locale locale, Supplier<T> work) {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            return work.get();
        } finally {
            Locale.setDefault(before);
        }
    }
}
