package org.skillgap.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.skillgap.model.ItemStatus;
import org.skillgap.model.Profile;

/**
 * The data files SkillGap 0.1.0 wrote (src/test/resources/fixtures/0.1.0, see its README), and
 * what a person typed into it: what any later version must still show them.
 */
public final class Release010Fixture {

    public static final String DIRECTORY = "/fixtures/0.1.0/";

    public static final Profile PROFILE = new Profile("Zoë Müller", "it-product-manager", "qa-analyst", 6);

    public static final Map<String, Integer> RATINGS = Map.of(
            "agile-practices", 3,
            "business-analysis", 3,
            "communication", 3,
            "customer-research", 3,
            "data-analysis", 2,
            "prioritization", 2,
            "product-management-tools", 3,
            "roadmapping", 0,
            "software-development-lifecycle", 4,
            "stakeholder-management", 2);

    /** Every rating as typed, oldest first: skill id and level. */
    public static final List<Map.Entry<String, Integer>> HISTORY = List.of(
            Map.entry("agile-practices", 2),
            Map.entry("communication", 3),
            Map.entry("customer-research", 1),
            Map.entry("data-analysis", 2),
            Map.entry("prioritization", 1),
            Map.entry("stakeholder-management", 2),
            Map.entry("roadmapping", 0),
            Map.entry("business-analysis", 3),
            Map.entry("product-management-tools", 3),
            Map.entry("software-development-lifecycle", 4),
            Map.entry("agile-practices", 3),
            Map.entry("customer-research", 2),
            Map.entry("prioritization", 2),
            Map.entry("customer-research", 3));

    public static final Map<String, String> NOTES = Map.of(
            "agile-practices", "Scrum in two teams as QA; ran retros when the SM was away.\nNow PSM I certified 🎓",
            "business-analysis", "Acceptance criteria, Gherkin;\n«Given/When/Then» every day.",
            "communication", "Démo every sprint 🎤\nWrote the test-strategy doc.\nNext: présentation to the board",
            "data-analysis", "SQL on the defect DB — dashboards in Grafana 📊",
            "prioritization", "Triage of bugs only (P1–P4).",
            "product-management-tools", "JIRA daily, Confluence; a bit of Aha!",
            "roadmapping", "Never done one. Zoë's goal for Q3 ✅");

    public static final Map<String, ItemStatus> ITEMS = Map.of(
            "aws-cloud-practitioner", ItemStatus.TODO,
            "course-ab-testing", ItemStatus.IN_PROGRESS,
            "course-leadership", ItemStatus.SKIPPED,
            "pmi-acp", ItemStatus.DONE,
            "portfolio-case-studies", ItemStatus.IN_PROGRESS,
            "workshop-prioritization-roadmapping", ItemStatus.DONE);

    private Release010Fixture() {
    }

    /** A copy of the fixture file {@code name} in {@code folder}, so that no test changes the original. */
    public static Path copy(String name, Path folder) {
        Path target = folder.resolve(name);
        try (InputStream in = Release010Fixture.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + DIRECTORY + name);
            }
            Files.createDirectories(folder);
            Files.copy(in, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The text of the fixture file {@code name}. */
    public static String text(String name) {
        try (InputStream in = Release010Fixture.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + DIRECTORY + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
