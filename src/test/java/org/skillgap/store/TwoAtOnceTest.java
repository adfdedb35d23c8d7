package org.skillgap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.model.RatingChange;

/**
 * SkillGap twice on the same data: a second window is kept off by the folder's lock (also after
 * the first one crashed), and two programs writing at once (the window and the command line)
 * each wait their turn, so nothing is lost and nobody sees an error.
 */
class TwoAtOnceTest {

    @TempDir
    Path temp;

    private DataFolder folder() throws Exception {
        return DataFolder.at(temp.resolve("data")).ensureExists();
    }

    private Process lockHolder(DataFolder folder) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), folder.root().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String firstLine(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        return out.readLine();
    }

    @Test
    void aSecondWindowIsKeptOffWhileTheFirstRunsAndGetsInOnceItIsKilled() throws Exception {
        DataFolder folder = folder();
        Process first = lockHolder(folder);
        try {
            assertThat(firstLine(first)).isEqualTo("locked");

            assertThat(InstanceLock.tryAcquire(folder)).as("while another process holds it").isEmpty();

            // A crash, not a clean exit: the OS still lets go of the lock.
            first.toHandle().destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            Optional<InstanceLock> second = InstanceLock.tryAcquire(folder);
            assertThat(second).isPresent();
            second.get().close();
        } finally {
            first.destroyForcibly();
        }
    }

    @Test
    void aSecondProcessSeesTheLockThisOneHolds() throws Exception {
        DataFolder folder = folder();
        try (InstanceLock held = InstanceLock.tryAcquire(folder).orElseThrow()) {
            Process other = lockHolder(folder);
            try {
                assertThat(firstLine(other)).isEqualTo("busy");
            } finally {
                other.destroyForcibly();
            }
        }
        Process afterwards = lockHolder(folder);
        try {
            assertThat(firstLine(afterwards)).isEqualTo("locked");
        } finally {
            afterwards.destroyForcibly();
        }
    }

    @Test
    void twoStoresOnOneFileWritingAtOnceLoseNothing() throws Exception {
        Path file = folder().database();
        int each = 100;
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try (SkillGapStore window = SkillGapStore.open(file); SkillGapStore commandLine = SkillGapStore.open(file)) {
            List<Future<?>> writers = new ArrayList<>();
            for (SkillGapStore store : List.of(window, commandLine)) {
                String who = store == window ? "window" : "cli";
                writers.add(threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        store.rate(who + "-skill-" + (i % 5), i % 6);
                        store.saveNote(who + "-skill-" + (i % 5), who + " note " + i);
                        // People pause between saves; a writer that never does would starve the
                        // other, since SQLite's lock is not fair (see CommandLineWhileWindowWritesTest).
                        Thread.sleep(2);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(120, TimeUnit.SECONDS); // fails the test with the writer's error, if any
            }

            for (SkillGapStore store : List.of(window, commandLine)) {
                List<RatingChange> history = store.history();
                assertThat(history).filteredOn(c -> c.skillId().startsWith("window-")).hasSize(each);
                assertThat(history).filteredOn(c -> c.skillId().startsWith("cli-")).hasSize(each);
                assertThat(store.notes()).hasSize(10).containsEntry("window-skill-4", "window note " + (each - 1))
                        .containsEntry("cli-skill-4", "cli note " + (each - 1));
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(Sqlite.query(file, "SELECT count(*) FROM note_history")).containsExactly(String.valueOf(2 * each));
        assertThat(Sqlite.query(file, "PRAGMA integrity_check")).containsExactly("ok");
    }

    @Test
    void theChangeCounterMovesWhenAnotherProgramSavesAndNotForOwnSaves() throws Exception {
        Path file = folder().database();
        try (SkillGapStore window = SkillGapStore.open(file); SkillGapStore other = SkillGapStore.open(file)) {
            long seen = window.externalChangeCounter();

            window.rate("sql", 2);
            window.saveNote("sql", "own note");
            assertThat(window.externalChangeCounter()).as("after its own saves").isEqualTo(seen);

            other.rate("sql", 4);
            long afterOther = window.externalChangeCounter();
            assertThat(afterOther).as("after another program saved").isNotEqualTo(seen);
            assertThat(window.assessment().rating("sql")).hasValue(4);

            assertThat(window.externalChangeCounter()).as("reading changes nothing").isEqualTo(afterOther);
            window.rate("sql", 5);
            assertThat(window.externalChangeCounter()).isEqualTo(afterOther);
        }
        assertThat(Files.exists(file)).isTrue();
    }
}
