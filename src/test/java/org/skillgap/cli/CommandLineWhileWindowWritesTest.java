package org.skillgap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.model.ItemStatus;
import org.skillgap.store.DataFolder;
import org.skillgap.store.SkillGapStore;

/** The command line works while the window has the data open and is saving: it waits its turn, never fails. */
class CommandLineWhileWindowWritesTest {

    private static final List<String> SKILLS = List.of("cloud-computing", "product-metrics", "ux-design",
            "cybersecurity", "roadmapping", "prioritization", "communication", "networking");

    @TempDir
    Path temp;

    @Test
    void rateAndMarkFromTheCommandLineWhileTheWindowSavesLoseNothing() throws Exception {
        DataFolder folder = DataFolder.at(temp).ensureExists();
        ExecutorService windowThread = Executors.newSingleThreadExecutor();
        AtomicBoolean typing = new AtomicBoolean(true);
        AtomicInteger notesSaved = new AtomicInteger();
        try (SkillGapStore window = SkillGapStore.open(folder.database())) {
            CountDownLatch firstSave = new CountDownLatch(1);
            Future<?> person = windowThread.submit(() -> {
                while (typing.get()) {
                    window.saveNote("agile-practices", "typing, version " + notesSaved.incrementAndGet());
                    firstSave.countDown();
                    // A person saves a few times a second at most; this is a hundred. (A writer that
                    // never pauses at all would starve any other: SQLite's lock is not fair.)
                    Thread.sleep(10);
                }
                return null;
            });

            assertThat(firstSave.await(60, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < SKILLS.size(); i++) {
                CliRun rate = CliRun.in(temp, "rate", SKILLS.get(i), String.valueOf(i % 6));
                assertThat(rate.exitCode).as(rate.toString()).isZero();
            }
            CliRun mark = CliRun.in(temp, "mark", "csm", "done");
            assertThat(mark.exitCode).as(mark.toString()).isZero();

            typing.set(false);
            person.get(60, TimeUnit.SECONDS);

            Map<String, Integer> ratings = window.assessment().ratings();
            for (int i = 0; i < SKILLS.size(); i++) {
                assertThat(ratings).containsEntry(SKILLS.get(i), i % 6);
            }
            assertThat(window.itemStatuses()).containsEntry("csm", ItemStatus.DONE);
            assertThat(window.notes()).containsEntry("agile-practices", "typing, version " + notesSaved.get());
        } finally {
            typing.set(false);
            windowThread.shutdownNow();
        }
    }
}
