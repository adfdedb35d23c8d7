package org.skillgap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.UserData;

/**
 * Pulls the plug on SkillGap while it saves: a separate JVM ({@link CrashWriter}) saves change
 * after change through the real store, and is killed with SIGKILL at a random moment, again and
 * again on the same file. After every kill the file must open, pass SQLite's integrity check and
 * hold every change the process had reported as saved. At most the one change being written at
 * the moment of the kill may also be there, whole; never a part of one.
 *
 * <p>Two lanes run side by side on separate files, since starting a JVM is the main cost. The
 * seed is printed; {@code -Dskillgap.crash.seed=N} repeats a run, {@code -Dskillgap.crash.kills=N}
 * changes its length.
 */
class CrashSafetyTest {

    private static final int LANES = 2;
    private static final long PATIENCE_SECONDS = 60;

    @TempDir
    Path temp;

    @Test
    void aKilledProcessNeverLosesAChangeItReportedSavedNorLeavesADamagedFile() throws Exception {
        long seed = Long.getLong("skillgap.crash.seed", System.nanoTime());
        int kills = Integer.getInteger("skillgap.crash.kills", 50);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(LANES);
        List<Future<Figures>> lanes = new ArrayList<>();
        for (int lane = 0; lane < LANES; lane++) {
            int number = lane;
            int share = kills / LANES + (lane < kills % LANES ? 1 : 0);
            lanes.add(pool.submit(() -> new Lane(number, seed + number).run(share)));
        }
        Figures total = new Figures(0, 0, 0, 0);
        try {
            for (Future<Figures> lane : lanes) {
                total = total.plus(lane.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        System.out.printf("Crash safety: %d kills (%d before the first save), %d changes reported saved and"
                        + " verified, %d caught mid-write and found whole; %d s, seed %d%n",
                total.kills, total.killedBeforeSaving, total.verified, total.inFlightFound, seconds, seed);
        assertThat(total.kills).isEqualTo(kills);
        assertThat(total.verified).as("changes saved before the kills").isGreaterThan(kills);
    }

    record Figures(int kills, int killedBeforeSaving, long verified, int inFlightFound) {
        Figures plus(Figures other) {
            return new Figures(kills + other.kills, killedBeforeSaving + other.killedBeforeSaving,
                    verified + other.verified, inFlightFound + other.inFlightFound);
        }
    }

    /** One data file, killed again and again; each run of the writer uses ids of its own. */
    private final class Lane {

        private final int number;
        private final Random random;
        private final Path database;
        private final Path errors;
        /** What the file must hold from the runs already killed and checked. */
        private final Snapshot kept = new Snapshot();

        Lane(int number, long seed) throws IOException {
            this.number = number;
            this.random = new Random(seed);
            Path folder = Files.createDirectories(temp.resolve("lane" + number));
            this.database = folder.resolve("skillgap.db");
            this.errors = folder.resolve("writer-stderr.txt");
        }

        Figures run(int kills) throws Exception {
            Figures figures = new Figures(0, 0, 0, 0);
            for (int k = 0; k < kills; k++) {
                figures = figures.plus(killOnce(number * 1000 + k));
            }
            return figures;
        }

        private Figures killOnce(int run) throws Exception {
            Process writer = start(run);
            AtomicInteger saved = new AtomicInteger();
            AtomicBoolean finished = new AtomicBoolean();
            Thread reader = new Thread(() -> readReports(writer, saved, finished), "crash-writer-" + run);
            reader.start();

            if (random.nextInt(5) == 0) {
                // Anywhere from JVM start-up through opening (creating, migrating) the file.
                Thread.sleep(5 + random.nextInt(296));
            } else {
                int savesFirst = random.nextInt(40);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
                while (saved.get() < savesFirst) {
                    assertThat(writer.isAlive()).as("writer run %d died by itself:%n%s", run, stderr()).isTrue();
                    assertThat(System.nanoTime()).as("writer run %d too slow", run).isLessThan(deadline);
                    Thread.sleep(1);
                }
                Thread.sleep(5 + random.nextInt(296));
            }
            assertThat(writer.isAlive()).as("writer run %d ended before the kill:%n%s", run, stderr()).isTrue();
            // SIGKILL through the handle: Process.destroyForcibly would also close the pipe, and
            // "saved N" lines still in it would be lost to the test (not to the file).
            writer.toHandle().destroyForcibly();
            assertThat(writer.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
            reader.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
            assertThat(finished).as("writer run %d must not finish", run).isFalse();

            int reported = saved.get();
            boolean inFlightFound = check(run, reported);
            return new Figures(1, reported == 0 ? 1 : 0, reported, inFlightFound ? 1 : 0);
        }

        private Process start(int run) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java,
                    "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                    "-Xss512k", "-Xmx64m",
                    // The SQLite driver unpacks its native library on every start; a killed JVM
                    // cannot delete it, so it goes where the test's folder is cleaned up.
                    "-Dorg.sqlite.tmpdir=" + temp.resolve("native-lane" + number),
                    "-cp", System.getProperty("java.class.path"),
                    CrashWriter.class.getName(), database.toString(), Integer.toString(run));
            Files.createDirectories(temp.resolve("native-lane" + number));
            builder.redirectError(ProcessBuilder.Redirect.appendTo(errors.toFile()));
            return builder.start();
        }

        private void readReports(Process writer, AtomicInteger saved, AtomicBoolean finished) {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("saved ")) {
                        saved.set(Integer.parseInt(line.substring("saved ".length())));
                    } else if (line.contains("finished")) {
                        finished.set(true);
                    }
                }
            } catch (IOException e) {
                // The pipe breaks when the process is killed: what was read so far is what counts.
            }
        }

        /**
         * Opens the file as the app would and compares all it holds with what the runs so far
         * reported. True when the change in flight at the kill was found (whole) as well.
         */
        private boolean check(int run, int reported) throws Exception {
            Snapshot actual;
            try (SkillGapStore store = SkillGapStore.open(database)) {
                actual = Snapshot.of(store.readAll(), noteHistory());
                assertThat(integrityCheck()).as("integrity after run %d", run).isEqualTo("ok");
            }
            Snapshot withSaved = kept.copy();
            for (int i = 0; i < reported; i++) {
                withSaved.apply(CrashWriter.change(run, i));
            }
            Snapshot withInFlight = withSaved.copy();
            withInFlight.apply(CrashWriter.change(run, reported));

            boolean inFlightFound = actual.equals(withInFlight);
            assertThat(inFlightFound || actual.equals(withSaved))
                    .as("after run %d, killed after %d reported saves, the file holds%n%s%nbut it should hold%n%s"
                            + "%n(or, with the change in flight,%n%s)", run, reported, actual, withSaved, withInFlight)
                    .isTrue();
            kept.replaceWith(inFlightFound ? withInFlight : withSaved);
            return inFlightFound;
        }

        private String integrityCheck() throws Exception {
            try (Connection c = Sqlite.connect(database); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                return r.next() ? r.getString(1) : "no answer";
            }
        }

        private List<String> noteHistory() throws Exception {
            return Sqlite.query(database, "SELECT skill_id, text FROM note_history ORDER BY id");
        }

        private String stderr() {
            try {
                return Files.exists(errors) ? Files.readString(errors) : "";
            } catch (IOException e) {
                return e.toString();
            }
        }
    }

    /** What a file holds, in a form two files can be compared by. */
    private static final class Snapshot {
        final Map<String, Integer> ratings = new HashMap<>();
        final Map<String, String> notes = new HashMap<>();
        final Map<String, ItemStatus> statuses = new HashMap<>();
        final List<String> ratingHistory = new ArrayList<>();
        final List<String> noteHistory = new ArrayList<>();

        static Snapshot of(UserData data, List<String> noteHistory) {
            Snapshot s = new Snapshot();
            s.ratings.putAll(data.ratings());
            s.notes.putAll(data.notes());
            s.statuses.putAll(data.items());
            data.history().forEach(change -> s.ratingHistory.add(change.skillId() + "|" + change.level()));
            s.noteHistory.addAll(noteHistory);
            return s;
        }

        /** What the store does with a change, as the app's rules say. */
        void apply(CrashWriter.Change change) {
            switch (change.kind()) {
                case RATE -> {
                    if (!Objects.equals(ratings.get(change.id()), change.level())) {
                        ratings.put(change.id(), change.level());
                        ratingHistory.add(change.id() + "|" + change.level());
                    }
                }
                case NOTE -> {
                    if (!change.text().equals(notes.get(change.id()))) {
                        notes.put(change.id(), change.text());
                        noteHistory.add(change.id() + "|" + change.text());
                    }
                }
                case STATUS -> statuses.put(change.id(), change.status());
            }
        }

        Snapshot copy() {
            Snapshot s = new Snapshot();
            s.replaceWith(this);
            return s;
        }

        void replaceWith(Snapshot other) {
            ratings.clear();
            ratings.putAll(other.ratings);
            notes.clear();
            notes.putAll(other.notes);
            statuses.clear();
            statuses.putAll(other.statuses);
            ratingHistory.clear();
            ratingHistory.addAll(other.ratingHistory);
            noteHistory.clear();
            noteHistory.addAll(other.noteHistory);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Snapshot s && ratings.equals(s.ratings) && notes.equals(s.notes)
                    && statuses.equals(s.statuses) && ratingHistory.equals(s.ratingHistory)
                    && noteHistory.equals(s.noteHistory);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ratings, notes, statuses, ratingHistory, noteHistory);
        }

        @Override
        public String toString() {
            return "ratings " + ratings.size() + ", notes " + notes.size() + ", statuses " + statuses.size()
                    + ", rating history " + ratingHistory.size() + ", note history " + noteHistory.size();
        }
    }
}
