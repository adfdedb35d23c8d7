package org.skillgap.bench.stall;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.skillgap.catalog.Catalogs;
import org.skillgap.model.Catalog;
import org.skillgap.model.Profile;
import org.skillgap.service.PersonData;
import org.skillgap.service.StoreService;
import org.skillgap.store.SkillGapStore;
import org.skillgap.ui.Session;
import org.skillgap.ui.Theme;
import org.skillgap.ui.assess.AssessView;
import org.skillgap.ui.assess.AssessViewModel;

/**
 * The longest wait of the JavaFX thread while another program holds the data file's write lock.
 *
 * <p>A second JVM ({@link LockHog}) holds SQLite's write lock for HOLD ms, lets go for 500 ms, and
 * takes it again, as a long command-line import would. Meanwhile the real Assess screen, over a real
 * Session and store, is used as a person would: a rating every 150 ms, and every second the window
 * "gets the focus back" and asks whether the data changed elsewhere (and reads it again if so).
 * A heartbeat posted to the FX thread every 2 ms records how long each waited to run: the longest
 * of those is the longest time the window could not paint or answer a key.
 *
 * <p>Modes: {@code service} is the app as it is (every store access through StoreService, off the
 * FX thread). {@code fx-thread} does the focus check and the re-read on the FX thread, as 0.1.0 did,
 * to show what that costs.
 *
 * <p>Arguments: MODE [seconds=20] [hold-ms=2000]
 */
public final class StallWhileCommandLineWrites {

    private static final Profile PROFILE = new Profile("Alex", "it-product-manager", "qa-analyst", 8);

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "service";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int hold = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        run(mode, seconds, hold);
        System.exit(0);
    }

    static void run(String mode, int seconds, int hold) throws Exception {
        boolean onFxThread = mode.equals("fx-thread");
        Path folder = Files.createTempDirectory("skillgap-stall-bench");
        Catalog catalog = Catalogs.bundled();
        Path database = folder.resolve("skillgap.db");
        SkillGapStore store = SkillGapStore.open(database);
        store.saveProfile(PROFILE);
        catalog.skills().forEach(s -> store.rate(s.id(), 1));

        Process hog = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHog.class.getName(), database.toString(),
                Integer.toString(hold), "500").redirectErrorStream(true).start();
        BufferedReader hogOut = new BufferedReader(new InputStreamReader(hog.getInputStream(), StandardCharsets.UTF_8));
        if (!"holding".equals(hogOut.readLine())) {
            throw new IllegalStateException("the lock holder did not start");
        }

        List<Throwable> saveErrors = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        StoreService service = new StoreService(store, Platform::runLater, saveErrors::add);
        PersonData saved = PersonData.read(catalog, store);
        Session[] session = new Session[1];
        AssessViewModel[] viewModel = new AssessViewModel[1];
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            Theme.applyLight();
            session[0] = new Session(saved, service, Clock.systemDefaultZone());
            viewModel[0] = new AssessViewModel(session[0], new org.skillgap.ui.FxDialogs(null));
            Scene scene = new Scene(new javafx.scene.layout.StackPane(new AssessView(viewModel[0]).root()), 1280, 800);
            Theme.addAppStylesheet(scene);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            shown.complete(null);
        });
        shown.get(30, TimeUnit.SECONDS);

        List<Long> waits = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean inFlight = new AtomicBoolean();
        AtomicLong postedAt = new AtomicLong();
        Thread fxThread = onFx(Thread::currentThread);
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        clock.scheduleAtFixedRate(() -> {
            if (inFlight.compareAndSet(false, true)) {
                long posted = System.nanoTime();
                postedAt.set(posted);
                Platform.runLater(() -> {
                    waits.add(System.nanoTime() - posted);
                    inFlight.set(false);
                });
            }
        }, 0, 2, TimeUnit.MILLISECONDS);
        // While a heartbeat is overdue by 50 ms, look at what the FX thread is doing: inside the
        // store (SQLite, or waiting for the store's lock), or something else (layout, CSS, a
        // recalculation, the garbage collector's pause shows as whatever ran before it).
        int[] stallSamples = {0, 0};
        Map<String, Integer> otherTops = new TreeMap<>();
        clock.scheduleAtFixedRate(() -> {
            if (inFlight.get() && System.nanoTime() - postedAt.get() > 50_000_000L) {
                StackTraceElement[] stack = fxThread.getStackTrace();
                boolean inStore = Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("org.sqlite")
                        || f.getClassName().startsWith("org.skillgap.store"));
                stallSamples[inStore ? 0 : 1]++;
                if (!inStore) {
                    Arrays.stream(stack).filter(f -> f.getClassName().startsWith("org.skillgap")
                            || f.getClassName().startsWith("javafx")).findFirst()
                            .ifPresent(f -> otherTops.merge(f.getClassName() + "." + f.getMethodName(), 1, Integer::sum));
                }
            }
        }, 5, 10, TimeUnit.MILLISECONDS);
        List<String> skills = catalog.skills().stream().map(s -> s.id()).toList();
        int[] ratings = {0};
        clock.scheduleAtFixedRate(() -> Platform.runLater(() -> {
            String skill = skills.get(ratings[0] % skills.size());
            session[0].rate(skill, 1 + (ratings[0] / skills.size()) % 5);
            ratings[0]++;
        }), 100, 150, TimeUnit.MILLISECONDS);
        clock.scheduleAtFixedRate(() -> Platform.runLater(() -> {
            if (onFxThread) {
                // 0.1.0: the focus listener asked the store on the FX thread and read it all again there.
                store.externalChangeCounter();
                store.readAll();
            } else {
                session[0].reloadIfChangedElsewhere();
                session[0].reload();
            }
        }), 500, 1000, TimeUnit.MILLISECONDS);

        Thread.sleep(seconds * 1000L);
        clock.shutdownNow();
        clock.awaitTermination(5, TimeUnit.SECONDS);
        onFx(() -> null);
        hog.destroyForcibly();
        hog.waitFor();
        boolean saved5 = service.flush(java.time.Duration.ofSeconds(20));

        List<Long> sorted;
        synchronized (waits) {
            sorted = new ArrayList<>(waits);
        }
        Collections.sort(sorted);
        double p50 = ms(sorted.get(sorted.size() / 2));
        double p99 = ms(sorted.get((int) (sorted.size() * 0.99)));
        double max = ms(sorted.get(sorted.size() - 1));
        long over100 = sorted.stream().filter(w -> w > 100_000_000L).count();
        System.out.printf(Locale.ROOT, "mode %-9s lock held %d ms of every %d ms, %d s: %d heartbeats, FX-thread wait "
                        + "p50 %.1f ms, p99 %.1f ms, longest %.1f ms, %d waits over 100 ms; %d ratings, %d failed saves%s%n",
                mode, hold, hold + 500, seconds, sorted.size(), p50, p99, max, over100, ratings[0], saveErrors.size(),
                saved5 ? "" : ", saves still queued at the end");
        System.out.printf(Locale.ROOT, "  samples of the FX thread during waits over 50 ms: %d inside the store, %d elsewhere %s%n",
                stallSamples[0], stallSamples[1], otherTops);
        service.close();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
