package org.skillgap.bench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

import org.skillgap.catalog.Catalogs;
import org.skillgap.model.Catalog;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Profile;
import org.skillgap.service.PersonData;
import org.skillgap.service.StoreService;
import org.skillgap.store.SkillGapStore;
import org.skillgap.ui.Session;
import org.skillgap.ui.Theme;
import org.skillgap.ui.assess.AssessView;
import org.skillgap.ui.assess.AssessViewModel;
import org.skillgap.ui.plan.PlanView;
import org.skillgap.ui.plan.PlanViewModel;
import org.skillgap.ui.progress.ProgressView;
import org.skillgap.ui.progress.ProgressViewModel;
import org.skillgap.ui.shell.MainWindow;
import org.skillgap.ui.shell.MainWindowViewModel;
import org.skillgap.ui.shell.MenuActions;
import org.skillgap.ui.shell.Screen;

/**
 * Rating change to updated screen, in the real app classes: the Assess screen over a real Session
 * and SQLite store (bundled catalog, a person with every skill rated and a plan partly worked).
 * For each change it selects a skill, lets a frame pass, then presses a digit key on the skills
 * list, as a person would, and measures on the FX thread:
 *
 * <ul>
 *   <li>handler: the key press until its handler returns (the session recalculates gap and plan,
 *       the view models and bound controls update);</li>
 *   <li>sync: handler, then CSS and layout of the whole scene run at once (root.applyCss, layout).
 *       An upper bound: applyCss on the root restyles every node of the scene, while a frame's CSS
 *       pass restyles only the nodes a change made dirty;</li>
 *   <li>next pulse: the key press until the next pulse has finished CSS and layout (post-layout
 *       pulse listener), which includes waiting for the 60 Hz pulse timer;</li>
 *   <li>pulse work: the part of that pulse from its pre-layout to its post-layout listener;</li>
 *   <li>frame work: handler + pulse work of the same change, the FX thread's work for it before
 *       the frame is copied to the render thread (the target).</li>
 * </ul>
 *
 * Arguments: [assess|window] [warm-up changes] [measured changes]. "assess" shows the Assess screen
 * alone; "window" the whole main window with the Plan and Progress screens visited first, so their
 * view models are made too, as in a session where the person looked at all screens (a screen out of
 * the window only notes a change, as in the app).
 */
public final class RatingToScreen {

    private static final Profile PROFILE = new Profile("Alex", "it-product-manager", "qa-analyst", 8);
    private static final boolean MARK_PULSES = Boolean.getBoolean("javafx.pulseLogger");

    private StoreService service;
    private final List<Throwable> saveErrors = Collections.synchronizedList(new ArrayList<>());
    private Scene scene;
    private AssessViewModel viewModel;
    private Catalog catalog;

    /** Set by the FX thread while a pulse measurement is pending: {keyAt, handlerDone, preLayout}. */
    private long[] pending;
    private CompletableFuture<long[]> pulseDone;

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "assess";
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        new RatingToScreen().run(mode, warmup, measured);
        System.exit(0);
    }

    void run(String mode, int warmup, int measured) throws Exception {
        Path folder = Files.createTempDirectory("skillgap-ui-bench");
        catalog = Catalogs.bundled();
        SkillGapStore store = SkillGapStore.open(folder.resolve("skillgap.db"));
        fillStore(store);

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        onFx(() -> {
            Theme.applyLight();
            service = new StoreService(store, Platform::runLater, saveErrors::add);
            Session session = new Session(PersonData.read(catalog, store), service,
                    Clock.systemDefaultZone());
            MainWindowViewModel shell = new MainWindowViewModel();
            Parent root = mode.equals("window") ? mainWindow(session, shell) : assessOnly(session);
            scene = new Scene(root, 1280, 800);
            if (mode.equals("window")) {
                // Visited in the window, as a person would: each screen notes when it leaves the window.
                shell.show(Screen.PLAN);
                shell.show(Screen.PROGRESS);
                shell.show(Screen.ASSESS);
            }
            Theme.addAppStylesheet(scene);
            scene.addPreLayoutPulseListener(() -> {
                if (pending != null && pending[2] == 0) {
                    pending[2] = System.nanoTime();
                }
            });
            scene.addPostLayoutPulseListener(() -> {
                if (pending != null && pending[2] != 0) {
                    long[] p = pending;
                    pending = null;
                    pulseDone.complete(new long[] {p[0], p[1], p[2], System.nanoTime()});
                }
            });
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return null;
        });
        waitForPulse();

        List<String> skills = catalog.skills().stream().map(s -> s.id()).toList();
        System.out.printf(Locale.ROOT, "mode %s: %d skills, %d items, %d warm-up + %d measured changes of each kind%n",
                mode, skills.size(), catalog.items().size(), warmup, measured);
        Samples handler = new Samples();
        Samples sync = new Samples();
        Samples nextPulse = new Samples();
        Samples pulseWork = new Samples();
        Samples frameWork = new Samples();
        int wrong = 0;
        for (int n = 0; n < 2 * (warmup + measured); n++) {
            boolean counted = n >= 2 * warmup;
            boolean synchronous = n % 2 == 0;
            String skill = skills.get(n % skills.size());
            onFx(() -> {
                viewModel.select(skill);
                return null;
            });
            waitForPulse();
            Thread.sleep(30); // a person's pace: the writer saves the previous change meanwhile
            int level = onFx(() -> (viewModel.row(skill).orElseThrow().level() + 1 + (skill.length() % 4)) % 6);
            KeyCode key = KeyCode.valueOf("DIGIT" + level);
            if (synchronous) {
                long[] t = onFx(() -> {
                    long t0 = System.nanoTime();
                    pressKey(key);
                    long t1 = System.nanoTime();
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    return new long[] {t0, t1, System.nanoTime()};
                });
                if (counted) {
                    handler.add(t[1] - t[0]);
                    sync.add(t[2] - t[0]);
                }
                waitForPulse(); // let the frame be drawn before the next change
            } else {
                AtomicReference<CompletableFuture<long[]>> done = new AtomicReference<>();
                onFx(() -> {
                    pulseDone = new CompletableFuture<>();
                    done.set(pulseDone);
                    long t0 = System.nanoTime();
                    pressKey(key);
                    pending = new long[] {t0, System.nanoTime(), 0};
                    if (counted && MARK_PULSES) {
                        // With -Djavafx.pulseLogger=true the next PULSE line is this change's frame.
                        System.out.printf(Locale.ROOT, "MARK handler %.3f%n", (pending[1] - t0) / 1e6);
                    }
                    Platform.requestNextPulse();
                    return null;
                });
                long[] t = done.get().get(10, TimeUnit.SECONDS);
                if (counted) {
                    handler.add(t[1] - t[0]);
                    nextPulse.add(t[3] - t[0]);
                    pulseWork.add(t[3] - t[2]);
                    frameWork.add(t[1] - t[0] + t[3] - t[2]);
                }
            }
            int shown = onFx(() -> viewModel.row(skill).orElseThrow().level());
            if (shown != level) {
                wrong++;
            }
        }
        service.flush(java.time.Duration.ofSeconds(30));
        System.out.println("statistic                       median      p95      max   (ms)");
        handler.print("handler (key -> recalculated)");
        sync.print("sync (handler + CSS + layout)");
        nextPulse.print("key -> next pulse laid out");
        pulseWork.print("pulse CSS + layout");
        frameWork.print("frame work (handler + pulse)");
        System.out.printf(Locale.ROOT, "changes not shown: %d, save errors: %d, ratings in store: %d%n",
                wrong, saveErrors.size(), store.history().size());
        service.close();
    }

    private void pressKey(KeyCode key) {
        Node list = scene.lookup("#skill-list");
        Event.fireEvent(list, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
    }

    private Parent assessOnly(Session session) {
        viewModel = new AssessViewModel(session, new org.skillgap.ui.FxDialogs(null));
        return (Parent) new AssessView(viewModel).root();
    }

    /** The main window as the app wires it, with every screen built once. */
    private Parent mainWindow(Session session, MainWindowViewModel shell) {
        Map<Screen, Supplier<Node>> screens = new EnumMap<>(Screen.class);
        screens.put(Screen.ASSESS, () -> assessOnly(session));
        screens.put(Screen.PLAN, () -> new PlanView(new PlanViewModel(session, id -> {
        })).root());
        screens.put(Screen.PROGRESS, () -> new ProgressView(new ProgressViewModel(session)).root());
        Runnable nothing = () -> {
        };
        MainWindow window = new MainWindow(shell, screens,
                new MenuActions(nothing, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), nothing, nothing, nothing));
        return window.root();
    }

    /** Every skill rated 1-3, two steps done, one in progress, one skipped. */
    private void fillStore(SkillGapStore store) {
        store.saveProfile(PROFILE);
        for (int s = 0; s < catalog.skills().size(); s++) {
            store.rate(catalog.skills().get(s).id(), 1 + (s * 7) % 3);
        }
        List<LearningItem> oneOff = catalog.items().stream().filter(i -> !i.recurring()).toList();
        store.setItemStatus(oneOff.get(0).id(), ItemStatus.DONE);
        store.setItemStatus(oneOff.get(1).id(), ItemStatus.DONE);
        store.setItemStatus(oneOff.get(2).id(), ItemStatus.IN_PROGRESS);
        store.setItemStatus(oneOff.get(3).id(), ItemStatus.SKIPPED);
    }

    /** Requests a pulse and waits until it has laid out the scene. */
    private void waitForPulse() throws Exception {
        CompletableFuture<Void> laidOut = new CompletableFuture<>();
        onFx(() -> {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                laidOut.complete(null);
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
            return null;
        });
        laidOut.get(10, TimeUnit.SECONDS);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    /** Durations in nanoseconds, reported in milliseconds. */
    private static final class Samples {
        private final List<Long> values = new ArrayList<>();

        void add(long nanos) {
            values.add(nanos);
        }

        void print(String name) {
            if (values.isEmpty()) {
                return;
            }
            List<Long> sorted = values.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "%-30s %8.2f %8.2f %8.2f   (n=%d)%n", name, ms(percentile(sorted, 50)),
                    ms(percentile(sorted, 95)), ms(sorted.get(sorted.size() - 1)), sorted.size());
        }

        /** Nearest-rank percentile. */
        private static long percentile(List<Long> sorted, int p) {
            int rank = (int) Math.ceil(p / 100.0 * sorted.size());
            return sorted.get(Math.max(0, rank - 1));
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }
    }
}
