package org.skillgap.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.skillgap.json.JsonFileException;
import org.skillgap.json.JsonProblem;
import org.skillgap.json.JsonFiles;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Catalog;
import org.skillgap.model.CostBand;
import org.skillgap.model.ItemType;
import org.skillgap.model.SkillLevel;

/**
 * A coach's catalog file with a mistake is refused, and the message names the file, the place in
 * it (path and line) and the mistake. Each test breaks one thing in a small valid catalog.
 */
class CatalogValidationTest {

    @TempDir
    Path temp;

    // ---- a valid file loads ----

    @Test
    void smallValidCatalogLoadsWithEveryField() throws IOException {
        Catalog catalog = Catalogs.load(write(valid()));

        assertThat(catalog.catalogVersion()).isEqualTo("test-1");
        assertThat(catalog.skills()).extracting(s -> s.id()).containsExactly("agile-practices", "market-analysis");
        assertThat(catalog.skill("agile-practices").orElseThrow().describeLevel(3)).isEqualTo("Competent");
        assertThat(catalog.profile("associate").orElseThrow().targetFor("agile-practices").orElseThrow().mustHave()).isTrue();
        assertThat(catalog.background("developer").orElseThrow().maxYears()).isEqualTo(5);
        var advanced = catalog.item("a-csm").orElseThrow();
        assertThat(advanced.type()).isEqualTo(ItemType.CERTIFICATION);
        assertThat(advanced.cost()).isEqualTo(CostBand.MEDIUM);
        assertThat(advanced.prerequisiteItems()).containsExactly("csm");
        assertThat(advanced.prerequisiteSkills()).containsExactly(new SkillLevel("agile-practices", 3));
        assertThat(advanced.provider()).isEmpty();
        assertThat(catalog.item("meetups").orElseThrow().recurring()).isTrue();
        assertThat(catalog.currentSkillId("scrum")).contains("agile-practices");
        assertThat(catalog.currentItemId("scrum-master")).contains("csm");
    }

    // ---- one test per kind of mistake ----

    @Test
    void unknownFieldIsRejected() throws IOException {
        ObjectNode tree = valid();
        entry(tree, "skills", 1).put("colour", "blue");

        JsonProblem problem = onlyProblem(tree);

        assertThat(problem.path()).isEqualTo("skills[1].colour");
        assertThat(problem.message()).contains("unknown field \"colour\"").contains("levelDescriptions");
    }

    @Test
    void missingRequiredFieldIsRejected() throws IOException {
        ObjectNode tree = valid();
        entry(tree, "items", 0).remove("effortHours");

        JsonProblem problem = onlyProblem(tree);

        assertThat(problem.path()).isEqualTo("items[0].effortHours");
        assertThat(problem.message()).contains("required field \"effortHours\" is missing");
        assertThat(problem.line()).as("the line of the item it belongs to").isPositive();
    }

    @Test
    void missingFieldPointsAtTheLineWhereItsEntryStarts() throws IOException {
        ObjectNode tree = valid();
        entry(tree, "items", 2).remove("reason");
        Path file = write(tree);
        int idLine = lineContaining(Files.readString(file), "\"id\" : \"meetups\"");

        JsonProblem problem = onlyProblem(file);

        assertThat(problem.path()).isEqualTo("items[2].reason");
        assertThat(problem.line()).as("the line of the item's opening brace").isEqualTo(idLine - 1);
    }

    @Test
    void missingCatalogVersionIsRejected() throws IOException {
        ObjectNode tree = valid();
        tree.remove("catalogVersion");

        JsonProblem problem = onlyProblem(tree);

        assertThat(problem.path()).isEqualTo("catalogVersion");
        assertThat(problem.message()).contains("\"catalogVersion\" is missing");
    }

    @Test
    void wrongTypeIsRejected() throws IOException {
        ObjectNode tree = valid();
        target(tree, 0).put("level", "3");

        JsonProblem problem = onlyProblem(tree);

        assertThat(problem.path()).isEqualTo("profiles[0].targets[0].level");
        assertThat(problem.message()).contains("whole number").contains("\"3\"");
    }

    @Test
    void duplicateSkillIdIsRejected() throws IOException {
        ObjectNode tree = valid();
        entry(tree, "skills", 1).put("id", "agile-practices");

        List<JsonProblem> problems = problemsOf(write(tree));

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("skills[1].id");
            assertThat(p.message()).contains("skill id \"agile-practices\" is already used at skills[0].id");
        });
    }

    @Test
    void duplicateItemIdIsRejected() throws IOException {
        ObjectNode tree = valid();
        entry(tree, "items", 2).put("id", "csm");

        JsonProblem problem = onlyProblem(tree);

        assertThat(problem.path()).isEqualTo("items[2].id");
        assertThat(problem.message()).contains("item id \"csm\" is already used at items[0].id");
    }

    @Test
    void duplicateJsonKeyIsRejectedWithItsLine() throws IOException {
        String text = Files.readString(write(valid()));
        String twice = text.replaceFirst("\"name\" : \"Agile practices\",",
                "\"name\" : \"Agile practices\",\n      \"name\" : \"Agile\",");
        Path file = write(twice);
        int line = lineContaining(twice, "\"name\" : \"Agile\"");

        JsonProblem problem = onlyProblem(file);

        assertThat(problem.path()).isEqualTo("skills[0].name");
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.message()).contains("\"name\" is given twice");
    }

    @Test
    void referenceToUnknownSkillIsRejected() throws IOException {
        ObjectNode tree = valid();
        ((ObjectNode) entry(tree, "items", 2).get("raises").get(0)).put("skill", "market-analysys");

        List<JsonProblem> problems = problemsOf(write(tree));

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("items[2].raises[0].skill");
            assertThat(p.message()).contains("skill \"market-analysys\"").contains("not in the catalog");
        });
    }

    @Test
    void phrasesAreReadAndAPhraseOfTwoSkillsIsRejected() throws IOException {
        ObjectNode tree = valid();
        entry(tree, "skills", 0).putArray("phrases").add("Scrum").add("backlog");
        entry(tree, "skills", 1).putArray("phrases").add("competitors").add("BACKLOG");

        JsonProblem problem = onlyProblem(tree);

        assertThat(problem.path()).isEqualTo("skills[1].phrases[1]");
        assertThat(problem.message()).contains("\"BACKLOG\"").contains("\"agile-practices\"");

        ((ArrayNode) entry(tree, "skills", 1).get("phrases")).remove(1);
        Catalog catalog = Catalogs.load(write(tree));
        assertThat(catalog.skill("agile-practices").orElseThrow().phrases()).containsExactly("Scrum", "backlog");
    }

    @Test
    void blankPhraseIsRejected() throws IOException {
        ObjectNode tree = valid();
        entry(tree, "skills", 0).putArray("phrases").add(" ");

        assertThat(onlyProblem(tree).path()).isEqualTo("skills[0].phrases[0]");
    }

    @Test
    void referenceToUnknownItemIsRejected() throws IOException {
        ObjectNode tree = valid();
        ((ArrayNode) entry(tree, "items", 1).get("prerequisiteItems")).set(0, "csm-course");

        JsonProblem problem = onlyProblem(tree);

        assertThat(problem.path()).isEqualTo("items[1].prerequisiteItems[0]");
        assertThat(problem.message()).contains("item \"csm-course\"");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 6})
    void levelOutsideZeroToFiveIsRejected(int level) throws IOException {
        ObjectNode tree = valid();
        target(tree, 1).put("level", level);

        JsonProblem problem = onlyProblem(tree);

        assertThat(problem.path()).isEqualTo("profiles[0].targets[1].level");
        assertThat(problem.message()).contains("level " + level + " is outside the scale").contains("0 (None) to 5 (Expert)");
    }

    @Test
    void itemThatRaisesASkillToZeroIsRejected() throws IOException {
        ObjectNode tree = valid();
        ((ObjectNode) entry(tree, "items", 0).get("raises").get(0)).put("level", 0);

        JsonProblem problem = onlyProblem(tree);

        assertThat(problem.path()).isEqualTo("items[0].raises[0].level");
        assertThat(problem.message()).contains("level 0 is outside the scale");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4})
    void weightOutsideOneToThreeIsRejected(int weight) throws IOException {
        ObjectNode tree = valid();
        target(tree, 0).put("weight", weight);

        JsonProblem problem = onlyProblem(tree);

        assertThat(problem.path()).isEqualTo("profiles[0].targets[0].weight");
        assertThat(problem.message()).contains("weight " + weight + " is outside the scale");
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 7})
    void levelDescriptionsMustBeExactlySix(int count) throws IOException {
        ObjectNode tree = valid();
        ArrayNode levels = (ArrayNode) entry(tree, "skills", 0).get("levelDescriptions");
        while (levels.size() > count) {
            levels.remove(levels.size() - 1);
        }
        while (levels.size() < count) {
            levels.add("Beyond expert");
        }

        JsonProblem problem = onlyProblem(tree);

        assertThat(problem.path()).isEqualTo("skills[0].levelDescriptions");
        assertThat(problem.message()).contains("has " + count + " level descriptions").contains("exactly 6");
    }

    @Test
    void profileWithoutATargetForEverySkillIsRejected() throws IOException {
        ObjectNode tree = valid();
        ((ArrayNode) entry(tree, "profiles", 0).get("targets")).remove(1);

        JsonProblem problem = onlyProblem(tree);

        assertThat(problem.path()).isEqualTo("profiles[0].targets");
        assertThat(problem.message()).contains("no target for 1 skill: market-analysis");
    }

    @Test
    void prerequisiteCycleIsRejected() throws IOException {
        ObjectNode tree = valid();
        entry(tree, "items", 0).putArray("prerequisiteItems").add("a-csm");

        JsonProblem problem = onlyProblem(tree);

        assertThat(problem.path()).startsWith("items[").endsWith("].prerequisiteItems");
        assertThat(problem.message()).contains("a-csm -> csm -> a-csm");
    }

    @Test
    void itemThatIsItsOwnPrerequisiteIsRejected() throws IOException {
        ObjectNode tree = valid();
        entry(tree, "items", 2).putArray("prerequisiteItems").add("meetups");

        JsonProblem problem = onlyProblem(tree);

        assertThat(problem.path()).isEqualTo("items[2].prerequisiteItems");
        assertThat(problem.message()).contains("meetups -> meetups");
    }

    @Test
    void replacingAnIdThatIsStillLiveIsRejected() throws IOException {
        ObjectNode tree = valid();
        entry(tree, "skills", 1).putArray("replaces").add("agile-practices");

        JsonProblem problem = onlyProblem(tree);

        assertThat(problem.path()).isEqualTo("skills[1].replaces[0]");
        assertThat(problem.message()).contains("\"agile-practices\" is still a live skill id").contains("never");
    }

    @Test
    void oldIdClaimedByTwoEntriesIsRejected() throws IOException {
        ObjectNode tree = valid();
        entry(tree, "items", 1).putArray("replaces").add("scrum-master");

        JsonProblem problem = onlyProblem(tree);

        assertThat(problem.path()).isEqualTo("items[1].replaces[0]");
        assertThat(problem.message()).contains("\"scrum-master\" is already replaced by \"csm\"");
    }

    @Test
    void unknownCategoryTypeAndCostAreRejectedWithTheAllowedValues() throws IOException {
        ObjectNode tree = valid();
        entry(tree, "skills", 0).put("category", "tech");
        entry(tree, "items", 0).put("type", "cert");
        entry(tree, "items", 0).put("cost", "cheap");

        List<JsonProblem> problems = problemsOf(write(tree));

        assertThat(problems).extracting(JsonProblem::path)
                .containsExactly("skills[0].category", "items[0].type", "items[0].cost");
        assertThat(problems.get(0).message()).contains("technical, business or leadership");
        assertThat(problems.get(1).message()).contains("certification, degree, course");
        assertThat(problems.get(2).message()).contains("free, low, medium, high");
    }

    @Test
    void idsThatCannotBeKeptStableAreRejected() throws IOException {
        ObjectNode tree = valid();
        entry(tree, "backgrounds", 0).put("id", "Software Developer");

        JsonProblem problem = onlyProblem(tree);

        assertThat(problem.path()).isEqualTo("backgrounds[0].id");
        assertThat(problem.message()).contains("lower-case letters");
    }

    @Test
    void malformedJsonIsRejectedWithItsLine() throws IOException {
        Path file = write("{\n  \"catalogVersion\": \"1\",\n  \"skills\": [\n    ,\n  ]\n}\n");

        JsonProblem problem = onlyProblem(file);

        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.message()).contains("not valid JSON");
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        JsonProblem problem = onlyProblem(write(""));

        assertThat(problem.message()).contains("is empty");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
        Path file = temp.resolve("huge.json");
        Files.write(file, new byte[JsonFiles.MAX_BYTES + 1]);

        JsonProblem problem = onlyProblem(file);

        assertThat(problem.message()).contains("a SkillGap catalog is at most 5 MB").contains("right file");
    }

    @Test
    void missingFileIsReportedAsBadInput() {
        Path file = temp.resolve("nowhere.json");

        BadInputException e = rejected(file);

        assertThat(e.getMessage()).contains("nowhere.json").contains("does not exist");
    }

    // ---- every problem is reported, not just the first ----

    @Test
    void threeProblemsInOneFileAreAllReportedInFileOrder() throws IOException {
        ObjectNode tree = valid();
        entry(tree, "skills", 0).remove("description");
        target(tree, 1).put("weight", 5);
        entry(tree, "items", 2).put("effortHours", "four");
        Path file = write(tree);

        JsonFileException e = rejected(file);

        assertThat(e.problems()).extracting(JsonProblem::path).containsExactly(
                "skills[0].description", "profiles[0].targets[1].weight", "items[2].effortHours");
        assertThat(e.problems()).extracting(JsonProblem::line).isSorted().allMatch(line -> line > 0);
        List<String> lines = e.getMessage().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).contains(file.toString()).contains("3 problems");
        assertThat(lines.subList(1, 4)).allSatisfy(line -> assertThat(line).startsWith(file + ":"));
    }

    @Test
    void eachProblemLineNamesFileLineAndPath() throws IOException {
        ObjectNode tree = valid();
        entry(tree, "backgrounds", 0).put("minYears", 7);
        Path file = write(tree);
        int line = lineContaining(Files.readString(file), "\"minYears\"");

        JsonFileException e = rejected(file);

        assertThat(e.getMessage().lines().skip(1).findFirst().orElseThrow())
                .isEqualTo(file + ":" + line + ": backgrounds[0].minYears: minYears (7) is more than maxYears (5)");
    }

    // ---- helpers ----

    private static ObjectNode valid() throws IOException {
        try (InputStream in = CatalogValidationTest.class.getResourceAsStream("/catalog/small-valid.json")) {
            return (ObjectNode) JsonFiles.mapper().readTree(in);
        }
    }

    private static ObjectNode entry(ObjectNode tree, String section, int index) {
        return (ObjectNode) tree.get(section).get(index);
    }

    private static ObjectNode target(ObjectNode tree, int index) {
        return (ObjectNode) entry(tree, "profiles", 0).get("targets").get(index);
    }

    private Path write(JsonNode tree) throws IOException {
        return write(JsonFiles.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree));
    }

    private Path write(String text) throws IOException {
        return Files.writeString(temp.resolve("coach-catalog.json"), text);
    }

    private JsonFileException rejected(Path file) {
        try {
            Catalogs.load(file);
        } catch (JsonFileException e) {
            return e;
        }
        return fail("expected %s to be rejected", file);
    }

    private List<JsonProblem> problemsOf(Path file) {
        return rejected(file).problems();
    }

    private JsonProblem onlyProblem(JsonNode tree) throws IOException {
        return onlyProblem(write(tree));
    }

    /** The single problem of a file with one mistake; the whole message names file and path too. */
    private JsonProblem onlyProblem(Path file) {
        JsonFileException e = rejected(file);
        assertThat(e.problems()).hasSize(1);
        JsonProblem problem = e.problems().get(0);
        assertThat(e.getMessage()).contains(file.toString()).contains(problem.message());
        if (!problem.path().isEmpty()) {
            assertThat(e.getMessage()).contains(problem.path());
        }
        return problem;
    }

    private static int lineContaining(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        return fail("no line contains %s", fragment);
    }
}
