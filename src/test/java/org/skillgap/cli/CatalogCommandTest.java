package org.skillgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import org.skillgap.catalog.Catalogs;
import org.skillgap.json.JsonFiles;
import org.skillgap.model.Catalog;

import picocli.CommandLine;

class CatalogCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicBoolean windowOpened = new AtomicBoolean();

    private int run(String... args) {
        CommandLine cmd = SkillGapCommand.commandLine(options -> windowOpened.set(true), Map.of());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void listPrintsEverySkillWithItsCategoryTechnicalFirstLeadershipLast() {
        assertThat(run("catalog", "list")).isZero();

        Catalog bundled = Catalogs.bundled();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(bundled.skills().size());
        assertThat(lines.get(0)).startsWith("software-development ").contains("technical");
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("agile-practices +technical +Agile practices.*"));
        List<String> categories = lines.stream().map(l -> l.split(" +")[1]).toList();
        assertThat(categories.indexOf("business")).isGreaterThan(categories.lastIndexOf("technical"));
        assertThat(categories.indexOf("leadership")).isGreaterThan(categories.lastIndexOf("business"));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void listAsJsonGivesIdCategoryAndNameOfEverySkill() throws IOException {
        assertThat(run("catalog", "list", "--json")).isZero();

        JsonNode array = JsonFiles.mapper().readTree(out.toString());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(Catalogs.bundled().skills().size());
        JsonNode first = array.get(0);
        assertThat(first.get("id").asString()).isEqualTo("software-development");
        assertThat(first.get("category").asString()).isEqualTo("technical");
        assertThat(first.get("name").asString()).isEqualTo("Software development fundamentals");
        assertThat(first.size()).isEqualTo(3);
    }

    @Test
    void catalogOptionBeforeTheCommandListsTheCoachsSkills() throws IOException {
        Path file = smallCatalog();

        assertThat(run("--catalog", file.toString(), "catalog", "list")).isZero();

        assertThat(out.toString().lines()).hasSize(2).anySatisfy(l -> assertThat(l).startsWith("market-analysis "));
    }

    @Test
    void catalogOptionAfterTheCommandWorksToo() throws IOException {
        Path file = smallCatalog();

        assertThat(run("catalog", "list", "--catalog", file.toString())).isZero();

        assertThat(out.toString().lines()).hasSize(2);
    }

    @Test
    void badCatalogOptionExitsTwoWithEveryProblemAndOpensNoWindow() throws IOException {
        Path file = Files.writeString(temp.resolve("broken.json"), Files.readString(smallCatalog())
                .replace("\"weight\": 3", "\"weight\": 9")
                .replace("\"effortHours\": 46", "\"effortHours\": -1"));

        assertThat(run("--catalog", file.toString(), "--data-dir", temp.resolve("data").toString())).isEqualTo(2);

        assertThat(windowOpened).isFalse();
        assertThat(err.toString()).contains("broken.json").contains("2 problems")
                .contains("profiles[0].targets[0].weight").contains("items[0].effortHours");
    }

    @Test
    void checkOfTheShippedCatalogSaysOkWithCounts() {
        Path shipped = Path.of("resources/catalog/it-product-manager.json");

        assertThat(run("catalog", "check", shipped.toString())).isZero();

        Catalog c = Catalogs.bundled();
        assertThat(out.toString().strip()).startsWith("OK: " + c.skills().size() + " skills, "
                + c.profiles().size() + " profiles, " + c.backgrounds().size() + " backgrounds, "
                + c.items().size() + " items");
    }

    @Test
    void checkAlsoChecksTheTranslationBesideTheCatalog() throws IOException {
        Path catalog = Files.copy(Path.of("resources/catalog/it-product-manager.json"), temp.resolve("coach.json"));
        Files.copy(Path.of("resources/catalog/it-product-manager.de.json"), temp.resolve("coach.de.json"));

        assertThat(run("catalog", "check", catalog.toString())).isZero();
        assertThat(out.toString()).contains("OK: translation Deutsch (de), every text translated");

        Files.writeString(temp.resolve("coach.de.json"), """
                {"language": "de", "skills": {"agile": {"name": "Agil"}}, "items": {"csm": {}}}
                """);
        assertThat(run("catalog", "check", catalog.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("coach.de.json").contains("skills.agile").contains("\"agile\"");
    }

    @Test
    void checkOfABadFileExitsTwoAndListsOneProblemPerLine() throws IOException {
        String text = Files.readString(smallCatalog())
                .replace("\"category\": \"business\"", "\"category\": \"money\"")
                .replace("\"minYears\": 3", "\"minYears\": 3, \"seniority\": 1")
                .replace("\"prerequisiteItems\": [\"csm\"]", "\"prerequisiteItems\": [\"csm-2\"]");
        Path file = Files.writeString(temp.resolve("coach.json"), text);

        assertThat(run("catalog", "check", file.toString())).isEqualTo(2);

        List<String> lines = err.toString().strip().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).contains("coach.json").contains("3 problems");
        assertThat(lines.get(1)).matches(".*coach\\.json:\\d+: skills\\[1]\\.category: unknown category \"money\".*");
        assertThat(lines.get(2)).contains("backgrounds[0].seniority").contains("unknown field");
        assertThat(lines.get(3)).contains("items[1].prerequisiteItems[0]").contains("\"csm-2\"");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void checkOfTheShippedCatalogPrintsNoModellingFindings() {
        assertThat(run("catalog", "check", "resources/catalog/it-product-manager.json")).isZero();

        // The summary and its German translation, nothing else: no warning.
        assertThat(out.toString().strip().lines()).hasSize(2).last().asString().startsWith("OK: translation Deutsch (de)");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void checkExitsTwoOnAModellingErrorNamingFileLineAndRule() throws IOException {
        // A-CSM, an advanced certification, claims Advanced: only experience may credit level 4.
        Path file = smallCatalog();

        assertThat(run("catalog", "check", file.toString())).isEqualTo(2);

        List<String> lines = err.toString().strip().lines().toList();
        assertThat(lines.get(0)).contains("small.json").contains("2 modelling errors");
        assertThat(lines).anySatisfy(l -> assertThat(l)
                .matches(".*small\\.json:\\d+: items\\[1]\\.raises\\[0]\\.level: error \\[study-cap]: .*"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("error [graded-practice]").contains("\"csm\""));
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void checkPrintsWarningsAndStillPasses() throws IOException {
        String text = Files.readString(smallCatalog())
                .replace("\"level\": 4}]", "\"level\": 2}]")
                .replace("\"renewal\": \"Every 2 years.\",", "\"renewal\": \"Every 2 years.\", \"gradedPractice\": \"A graded exam with hands-on tasks\",")
                .replace("{\"skill\": \"market-analysis\", \"level\": 2, \"weight\": 1, \"mustHave\": false}",
                        "{\"skill\": \"market-analysis\", \"level\": 3, \"weight\": 1, \"mustHave\": false}");
        Path file = Files.writeString(temp.resolve("coach.json"), text);

        int code = run("catalog", "check", file.toString());
        assertThat(code).as("%s%s", out, err).isZero();

        List<String> lines = out.toString().strip().lines().toList();
        assertThat(lines.get(0)).startsWith("OK: 2 skills");
        // The two certifications lack their sourced facts, and one target is out of reach.
        assertThat(lines.get(1)).contains("3 warnings");
        assertThat(lines).filteredOn(l -> l.contains("[certification-facts]")).hasSize(2);
        assertThat(lines.get(4)).matches(".*coach\\.json:\\d+: profiles\\[0]\\.targets\\[1]\\.level: warning \\[target-reachable]: .*");
    }

    @Test
    void checkOfAMissingFileExitsTwo() {
        assertThat(run("catalog", "check", temp.resolve("nope.json").toString())).isEqualTo(2);

        assertThat(err.toString()).contains("nope.json").contains("does not exist");
    }

    @Test
    void catalogWithoutASubcommandIsBadUsage() {
        assertThat(run("catalog")).isEqualTo(2);

        assertThat(err.toString()).contains("skillgap catalog needs one of its commands: check, list")
                .contains("see 'skillgap catalog --help'");
    }

    @Test
    void helpListsTheCatalogOptionAndCommand() {
        assertThat(run("--help")).isZero();

        assertThat(out.toString()).contains("--catalog=FILE").contains("catalog");
    }

    @Test
    void catalogInUseIsTheBundledOneByDefaultAndTheGivenFileOtherwise() throws IOException {
        Path file = smallCatalog();
        AtomicBoolean checked = new AtomicBoolean();
        CommandLine withFile = SkillGapCommand.commandLine(options -> {
            assertThat(options.catalog().catalogVersion()).isEqualTo("test-1");
            checked.set(true);
        }, Map.of());
        assertThat(withFile.execute("--catalog", file.toString(), "--data-dir", temp.resolve("a").toString())).isZero();
        assertThat(checked).isTrue();

        CommandLine plain = SkillGapCommand.commandLine(options ->
                assertThat(options.catalog()).isSameAs(Catalogs.bundled()), Map.of());
        assertThat(plain.execute("--data-dir", temp.resolve("b").toString())).isZero();
    }

    private Path smallCatalog() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/catalog/small-valid.json")) {
            // Compact, so the tests' text replacements see one space after each colon.
            JsonNode tree = JsonFiles.mapper().readTree(in);
            String text = JsonFiles.mapper().writeValueAsString(tree).replace("\":", "\": ").replace(",\"", ", \"");
            return Files.writeString(temp.resolve("small.json"), text);
        }
    }
}
