package org.skillgap.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.skillgap.catalog.Catalogs;
import org.skillgap.model.Catalog;

/**
 * How well the skills found in a posting match what a recruiter would expect, over the postings in
 * src/test/resources/postings: each {@code NAME.txt|md|html} with, next to it, {@code NAME.skills}
 * (the skill ids a recruiter expects, one a line, written with the posting and before the phrase
 * lists were tuned). Recall: the share of expected skills found; precision: the share of found
 * skills that were expected, both counted over all postings together.
 */
class PostingQualityTest {

    static final double MIN_RECALL = 0.85;
    static final double MIN_PRECISION = 0.80;

    private static final Catalog catalog = Catalogs.bundled();
    private static final PostingReader reader = new PostingReader(catalog);

    record Scored(String posting, Set<String> expected, Set<String> found) {
        Set<String> missed() {
            Set<String> m = new TreeSet<>(expected);
            m.removeAll(found);
            return m;
        }

        Set<String> extra() {
            Set<String> e = new TreeSet<>(found);
            e.removeAll(expected);
            return e;
        }
    }

    static List<Path> postings() throws IOException, URISyntaxException {
        Path folder = Path.of(PostingQualityTest.class.getResource("/postings").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".skills")).sorted().toList();
        }
    }

    static Set<String> expected(Path posting) throws IOException {
        String name = posting.getFileName().toString();
        Path skills = posting.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".skills");
        return Files.readAllLines(skills).stream().map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void skillsFoundMatchWhatARecruiterExpects() throws Exception {
        List<Path> postings = postings();
        assertThat(postings).hasSizeGreaterThanOrEqualTo(12);
        int expectedCount = 0;
        int foundCount = 0;
        int hits = 0;
        StringBuilder report = new StringBuilder();
        for (Path file : postings) {
            Set<String> expected = expected(file);
            assertThat(expected).allSatisfy(id -> assertThat(catalog.skill(id)).as(file + ": " + id).isPresent());
            Posting posting = reader.read(PostingText.read(file));
            Set<String> found = posting.skills().stream().map(PostingSkill::skillId)
                    .collect(Collectors.toCollection(TreeSet::new));
            Scored scored = new Scored(file.getFileName().toString(), expected, found);
            expectedCount += expected.size();
            foundCount += found.size();
            hits += expected.size() - scored.missed().size();
            report.append(String.format(Locale.ROOT, "%-36s base %-30s missed %s extra %s%n", scored.posting(),
                    posting.baseProfile().id(), scored.missed(), scored.extra()));
        }
        double recall = (double) hits / expectedCount;
        double precision = (double) hits / foundCount;
        System.out.printf(Locale.ROOT, "Posting quality over %d postings: recall %.3f (%d/%d), precision %.3f (%d/%d)%n%s",
                postings.size(), recall, hits, expectedCount, precision, hits, foundCount, report);

        assertThat(recall).as("recall\n" + report).isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(precision).as("precision\n" + report).isGreaterThanOrEqualTo(MIN_PRECISION);
    }
}
