package org.skillgap.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.skillgap.model.ItemStatus;

/**
 * The child process of {@link CrashSafetyTest}: opens the store and saves change after change
 * through the app's own {@link SkillGapStore}, printing "saved N" as soon as the N-th call has
 * returned, until it is killed. What a change is follows from the run number and its index alone
 * ({@link #change}), so the test knows what each reported save must have left in the file.
 *
 * <p>Usage: {@code CrashWriter DATABASE RUN}
 */
public final class CrashWriter {

    /** The skills, notes and plan items a run writes to; each run has its own ids. */
    static final int KEYS = 4;

    enum Kind { RATE, NOTE, STATUS }

    /** One call a person could make in the window: rate a skill, save a note, mark an item. */
    record Change(Kind kind, String id, int level, String text, ItemStatus status) {

        void applyTo(SkillGapStore store) {
            switch (kind) {
                case RATE -> store.rate(id, level);
                case NOTE -> store.saveNote(id, text);
                case STATUS -> store.setItemStatus(id, status);
            }
        }
    }

    private CrashWriter() {
    }

    /**
     * The {@code index}-th change of run {@code run}. A skill's level moves to a different level
     * on every visit, so each rating is a real change and lands in the history; each note differs
     * from the one before (and holds text people type: accents, emoji, a line break).
     */
    static Change change(int run, int index) {
        int visit = index / 3 / KEYS;
        int key = index / 3 % KEYS;
        return switch (index % 3) {
            case 0 -> new Change(Kind.RATE, "run" + run + "-skill" + key, visit % 6, null, null);
            case 1 -> new Change(Kind.NOTE, "run" + run + "-skill" + key, 0,
                    "Run " + run + ", change " + index + ": Zoë's notes \u2013 \uD83D\uDC69\u200D\uD83D\uDCBB\r\nsecond line", null);
            default -> new Change(Kind.STATUS, "run" + run + "-item" + key, 0, null,
                    List.of(ItemStatus.values()).get(visit % ItemStatus.values().length));
        };
    }

    public static void main(String[] args) {
        Path database = Path.of(args[0]);
        int run = Integer.parseInt(args[1]);
        try (SkillGapStore store = SkillGapStore.open(database)) {
            System.out.println("open");
            System.out.flush();
            for (int i = 0; i < 1_000_000; i++) {
                change(run, i).applyTo(store);
                System.out.println("saved " + (i + 1));
                System.out.flush();
            }
        }
        // Only reached if nobody killed it: the test treats that as a failure of its own timing.
        System.out.println(Map.of("finished", run));
    }
}
