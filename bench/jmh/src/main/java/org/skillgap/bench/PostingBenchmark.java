package org.skillgap.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.skillgap.catalog.Catalogs;
import org.skillgap.model.Catalog;
import org.skillgap.posting.PhraseMatch;
import org.skillgap.posting.PhraseMatcher;
import org.skillgap.posting.Posting;
import org.skillgap.posting.PostingReader;

/**
 * Reading a two-page job posting (five postings of the quality test one after the other, about 1,100 words) against the
 * shipped catalog, warm: the phrase matching alone, and the whole reading (sections, wording,
 * years, base profile, target) that the window does when a posting is pasted. Issue 14 asks for
 * under 50 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms512m", "-Xmx512m"})
public class PostingBenchmark {

    private String text;
    private PhraseMatcher matcher;
    private PostingReader reader;

    @Setup
    public void setUp() throws IOException {
        try (InputStream in = PostingBenchmark.class.getResourceAsStream("/two-page-posting.md")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Catalog catalog = Catalogs.bundled();
        matcher = new PhraseMatcher(catalog);
        reader = new PostingReader(catalog);
    }

    @Benchmark
    public List<PhraseMatch> match() {
        return matcher.find(text);
    }

    @Benchmark
    public Posting read() {
        return reader.read(text);
    }
}
