package org.skillgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code skillgap posting fit}, run as a job seeker would, on the postings of the quality test. */
class PostingCommandTest {

    @TempDir
    Path data;

    @TempDir
    Path files;

    private final ObjectMapper json = new ObjectMapper();

    private static Path posting(String name) throws URISyntaxException {
        return Path.of(PostingCommandTest.class.getResource("/postings/" + name).toURI());
    }

    private CliRun run(String... args) {
        return CliRun.in(data, args);
    }

    @Test
    void fitPrintsTheBaseProfileTheSkillsWithTheirPhrasesAndTheGaps() throws Exception {
        assertThat(run("rate", "databases-and-data", "4").exitCode).isZero();

        CliRun fit = run("posting", "fit", posting("pm-data-platform.txt").toString());

        assertThat(fit.exitCode).as(fit.toString()).isZero();
        assertThat(fit.out).contains("Posting: Product Manager - Data Platform")
                .contains("Base profile: IT Product Manager (from the title and the 3 years of experience asked for)")
                .containsPattern("Fit for this posting: \\d+% \\(not ready yet\\)")
                .doesNotContain("You have rated no skills yet")
                .contains("Required (")
                .containsPattern("Database management and data management\\s+4 -> 3\\s+\"[^\n]*\"SQL\", \"queries\"")
                .containsPattern("Product roadmapping\\s+- -> \\d\\s+\"roadmap\"")
                .contains("Also named in the role (")
                .contains("Must-have skills below target (blockers):")
                .contains("Your gaps for the skills this posting asks for");
    }

    @Test
    void fitAsJsonHasTheAgreedShapeAndRisesWithARating() throws Exception {
        String file = posting("senior-pm-cloud-platform.md").toString();
        JsonNode before = json.readTree(run("posting", "fit", file, "--json").out);

        assertThat(before.get("title").asString()).isEqualTo("Senior Product Manager, Cloud Infrastructure Platform");
        assertThat(before.get("baseProfile").asString()).isEqualTo("senior-it-product-manager");
        assertThat(before.get("fit").asDouble()).isZero();
        assertThat(before.get("ready").asBoolean()).isFalse();
        assertThat(run("posting", "fit", file).out).contains("You have rated no skills yet: rate them with 'skillgap rate'");
        JsonNode cloud = skill(before, "cloud-computing");
        assertThat(cloud.get("required").asBoolean()).isTrue();
        assertThat(cloud.get("phrases").toString()).contains("\"AWS\"", "\"Azure\"", "\"Google Cloud\"");
        assertThat(cloud.get("target").asInt()).isPositive();
        assertThat(cloud.get("weight").asInt()).isPositive();
        assertThat(cloud.get("current").asInt()).isZero();
        JsonNode match = cloud.get("matches").get(0);
        String text = Files.readString(Path.of(file));
        assertThat(text.substring(match.get("start").asInt(), match.get("end").asInt()))
                .isEqualTo(match.get("text").asString());
        assertThat(skill(before, "devops-practices").get("required").asBoolean()).isFalse();
        assertThat(before.get("blockers").toString()).contains("cloud-computing");

        assertThat(run("rate", "cloud-computing", "5").exitCode).isZero();
        JsonNode after = json.readTree(run("posting", "fit", file, "--json").out);
        assertThat(after.get("fit").asDouble()).isGreaterThan(before.get("fit").asDouble());
        assertThat(skill(after, "cloud-computing").get("current").asInt()).isEqualTo(5);
        assertThat(after.get("blockers").toString()).doesNotContain("cloud-computing");
    }

    @Test
    void badPostingsExitTwoWithAMessageAndPrintNothing() throws Exception {
        Path empty = Files.writeString(files.resolve("empty.txt"), "");
        Path recipe = Files.writeString(files.resolve("recipe.md"), "# Soup\n\nBoil four carrots with salt.\n");
        Path big = Files.writeString(files.resolve("big.txt"), "x".repeat(2_000_000));
        Path binary = Files.write(files.resolve("photo.html"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0x10});
        List<String> messages = new ArrayList<>();
        for (Path bad : List.of(empty, recipe, big, binary, files.resolve("missing.pdf"))) {
            CliRun fit = run("posting", "fit", bad.toString(), "--json");

            assertThat(fit.exitCode).as(fit.toString()).isEqualTo(2);
            assertThat(fit.out).isEmpty();
            messages.add(fit.err);
        }
        assertThat(messages.get(0)).contains("is empty");
        assertThat(messages.get(1)).contains("does not read like a job posting");
        assertThat(messages.get(2)).contains("over 1 MB");
        assertThat(messages.get(3)).contains("is not text");
        assertThat(messages.get(4)).contains("cannot be read");
        assertThat(data).isEmptyDirectory();
    }

    @Test
    void planForAPostingWorksTowardsWhatThePostingAsks() throws Exception {
        CliRun profile = run("profile", "--target", "associate-it-product-manager", "--background", "student",
                "--hours-per-week", "10");
        assertThat(profile.exitCode).as(profile.toString()).isZero();
        List<String> own = skillsPlanned(run("plan", "--json"));

        CliRun plan = run("plan", "--posting", posting("lead-pm-security.md").toString(), "--json");

        assertThat(plan.exitCode).as(plan.toString()).isZero();
        List<String> forPosting = skillsPlanned(plan);
        // The lead posting's base profile is the senior one, and it requires cybersecurity.
        assertThat(forPosting).contains("cybersecurity", "managing-up-and-coaching");
        assertThat(forPosting).isNotEqualTo(own);
        CliRun bad = run("plan", "--posting", files.resolve("missing.txt").toString());
        assertThat(bad.exitCode).isEqualTo(2);
        assertThat(bad.err).contains("missing.txt cannot be read");
    }

    private List<String> skillsPlanned(CliRun plan) {
        List<String> skills = new ArrayList<>();
        json.readTree(plan.out).get("items").forEach(i -> i.get("skills").forEach(s -> skills.add(s.asString())));
        return skills;
    }

    /** The skill {@code id} of a posting's JSON. */
    static JsonNode skill(JsonNode fit, String id) {
        for (JsonNode skill : fit.get("skills")) {
            if (skill.get("skill").asString().equals(id)) {
                return skill;
            }
        }
        throw new AssertionError(id + " not in " + fit);
    }
}
