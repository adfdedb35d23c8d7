package org.skillgap.bench.store;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.skillgap.catalog.Catalogs;
import org.skillgap.model.Catalog;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.Profile;
import org.skillgap.model.RatingChange;
import org.skillgap.model.UserData;
import org.skillgap.store.SkillGapStore;

/**
 * Opening a store that holds five years of weekly re-assessments, as the window does at start
 * (Session.reload): open (header check, quick_check, WAL, migrations) and read the profile,
 * ratings, notes, plan statuses and the whole rating history.
 *
 * <pre>
 *   StoreOpen generate DIR [changes]   a store with that many rating changes (default 15,600) over 5 years
 *   StoreOpen cold DIR                 one open + read in this fresh JVM, timed step by step
 *   StoreOpen warm DIR [W] [N]         W warm-up opens, then N measured ones (default 50, 200)
 * </pre>
 */
public final class StoreOpen {

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[1]).resolve("skillgap.db");
        switch (args[0]) {
            case "generate" -> generate(db, args.length > 2 ? Integer.parseInt(args[2]) : 15_600);
            case "cold" -> cold(db);
            case "warm" -> warm(db, args.length > 2 ? Integer.parseInt(args[2]) : 50,
                    args.length > 3 ? Integer.parseInt(args[3]) : 200);
            default -> throw new IllegalArgumentException("generate, cold or warm, not " + args[0]);
        }
    }

    /**
     * 260 weekly sessions over five years, each re-rating every skill once (a random walk of the
     * level, 0-5) plus a few second thoughts, until {@code changes} changes; a note per skill edited
     * twenty times; every plan step marked.
     */
    static void generate(Path db, int changes) {
        Catalog catalog = Catalogs.bundled();
        Random random = new Random(5);
        List<String> skills = catalog.skills().stream().map(s -> s.id()).toList();
        Map<String, Integer> levels = new HashMap<>();
        List<RatingChange> history = new ArrayList<>(changes);
        Instant start = Instant.parse("2021-03-01T18:00:00Z");
        int perWeek = Math.max(skills.size(), (int) Math.ceil(changes / 260.0));
        for (int n = 0; n < changes; n++) {
            int week = n / perWeek;
            String skill = skills.get(n % perWeek % skills.size());
            int level = Math.max(0, Math.min(5, levels.getOrDefault(skill, 1) + random.nextInt(3) - 1));
            levels.put(skill, level);
            history.add(new RatingChange(skill, level, start.plus(week * 7L, ChronoUnit.DAYS).plusSeconds(n % perWeek * 20L)));
        }
        Map<String, ItemStatus> items = new HashMap<>();
        ItemStatus[] statuses = ItemStatus.values();
        catalog.items().forEach(i -> items.put(i.id(), statuses[random.nextInt(statuses.length)]));
        Profile profile = new Profile("Alex", "senior-it-product-manager", "qa-analyst", 6);
        try (SkillGapStore store = SkillGapStore.open(db)) {
            store.replaceAll(new UserData(Optional.of(profile), levels, Map.of(), history, items,
                    Map.of("pdf.pageSize", "A4")));
            for (int edit = 0; edit < 20; edit++) {
                for (String skill : skills) {
                    store.saveNote(skill, "Week " + edit + ": what I practised on " + skill + " and what to try next.");
                }
            }
            System.out.printf(Locale.ROOT, "generated %s: %d rating changes, %d ratings, %d notes, %d plan statuses, %d KB%n",
                    db, store.history().size(), store.assessment().ratings().size(), store.notes().size(),
                    store.itemStatuses().size(), db.toFile().length() / 1024);
        }
    }

    /** One open as the window's start does it, in a JVM that has done nothing else yet. */
    static void cold(Path db) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainAt = System.currentTimeMillis();
        long t0 = System.nanoTime();
        SkillGapStore store = SkillGapStore.open(db);
        long t1 = System.nanoTime();
        int read = readAsTheWindowDoes(store);
        long t2 = System.nanoTime();
        store.close();
        long t3 = System.nanoTime();
        // Again in the same JVM: the native library is loaded and the classes are in place.
        SkillGapStore again = SkillGapStore.open(db);
        long t4 = System.nanoTime();
        readAsTheWindowDoes(again);
        long t5 = System.nanoTime();
        again.close();
        System.out.printf(Locale.ROOT, "cold: JVM start to main %d ms | open %.1f ms | read %d changes %.1f ms | "
                + "open + read %.1f ms | second open + read %.1f ms (open %.1f, read %.1f) | quick_check %.1f ms%n",
                mainAt - jvmStart, ms(t1 - t0), read, ms(t2 - t1), ms(t2 - t0), ms(t5 - t3), ms(t4 - t3), ms(t5 - t4),
                quickCheckMillis(db));
    }

    static void warm(Path db, int warmup, int measured) throws Exception {
        List<Long> times = new ArrayList<>();
        List<Long> opens = new ArrayList<>();
        for (int n = 0; n < warmup + measured; n++) {
            long t0 = System.nanoTime();
            try (SkillGapStore store = SkillGapStore.open(db)) {
                long t1 = System.nanoTime();
                readAsTheWindowDoes(store);
                if (n >= warmup) {
                    times.add(System.nanoTime() - t0);
                    opens.add(t1 - t0);
                }
            }
        }
        List<Long> sorted = times.stream().sorted().toList();
        List<Long> sortedOpens = opens.stream().sorted().toList();
        List<Long> checks = new ArrayList<>();
        for (int n = 0; n < 20; n++) {
            checks.add(Math.round(quickCheckMillis(db) * 1000));
        }
        System.out.printf(Locale.ROOT, "warm (%d after %d warm-up): open + read median %.1f ms, p95 %.1f ms, max %.1f ms;"
                + " open alone median %.1f ms; quick_check alone median %.1f ms%n",
                sorted.size(), warmup, ms(median(sorted)), ms(sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1)),
                ms(sorted.get(sorted.size() - 1)), ms(median(sortedOpens)),
                checks.stream().sorted().toList().get(checks.size() / 2) / 1000.0);
    }

    /** What Session.reload reads when the window starts. */
    private static int readAsTheWindowDoes(SkillGapStore store) {
        store.profile();
        store.assessment();
        store.notes();
        store.itemStatuses();
        return store.history().size();
    }

    /** PRAGMA quick_check(1) alone, on its own connection: what every open pays for it. */
    private static double quickCheckMillis(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = c.createStatement()) {
            long t0 = System.nanoTime();
            try (ResultSet r = statement.executeQuery("PRAGMA quick_check(1)")) {
                r.next();
            }
            return ms(System.nanoTime() - t0);
        }
    }

    private static long median(List<Long> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
