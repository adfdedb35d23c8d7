package org.skillgap.gap;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.skillgap.model.ItemStatus;
import org.skillgap.model.Messages;

/**
 * The ordered checklist that closes the gaps.
 *
 * <p>Progress has one definition, here: the share of steps done. A skipped step is no progress
 * (skipping everything must not read 100%); it is counted apart, "3 done, 1 skipped of 26".
 *
 * @param readyBy the estimated date the last non-recurring open item is finished
 * @param held    the certifications the person holds, in catalog order; their steps are done, and
 *                their renewals ({@link #renewals()}) are the plan's own steps ahead of each due date
 */
public record Plan(List<PlanItem> items, LocalDate readyBy, List<HeldCertification> held) {

    public Plan {
        items = List.copyOf(items);
        held = List.copyOf(held);
    }

    /** A plan with no certification held. */
    public Plan(List<PlanItem> items, LocalDate readyBy) {
        this(items, readyBy, List.of());
    }

    /**
     * The renewal steps of the held certifications that expire, soonest due first. They do not
     * move the ready date: keeping a certificate is not getting ready for the role.
     */
    public List<HeldCertification> renewals() {
        return HeldCertification.renewals(held);
    }

    /** The held certification of this item, if the person holds it. */
    public Optional<HeldCertification> heldOf(String itemId) {
        return held.stream().filter(h -> h.item().id().equals(itemId)).findFirst();
    }

    /** Done items as a share of all items, 0-100; skipped items are no progress. */
    public double progress() {
        if (items.isEmpty()) {
            return 100;
        }
        return 100.0 * count(ItemStatus.DONE) / items.size();
    }

    /** {@link #progress()} as the whole per cent every screen and report shows. */
    public int progressPercent() {
        return Percent.of(progress(), items.isEmpty() || count(ItemStatus.DONE) == items.size());
    }

    /** Progress in words, the same in the window, the command line and the PDF: "3 done, 1 skipped of 26 (12%)". */
    public String progressText() {
        return Messages.get("plan.progress.summary", count(ItemStatus.DONE), count(ItemStatus.SKIPPED),
                items.size(), progressPercent());
    }

    public long count(ItemStatus status) {
        return items.stream().filter(i -> i.status() == status).count();
    }

    /** Whether any step other than an ongoing practice is still to do or under way. */
    public boolean hasOpenWork() {
        return items.stream().anyMatch(PlanItem::isOpenWork);
    }

    /** The step whose due date is the ready date: the last to finish (the first of them on a tie). */
    public Optional<PlanItem> dateSetter() {
        return items.stream().filter(PlanItem::isOpenWork)
                .max(Comparator.comparing(PlanItem::due).thenComparing(i -> -items.indexOf(i)));
    }

    /** When the last open step of a track is due, or empty when the track has nothing to do. */
    public Optional<LocalDate> trackEnd(PlanTrack track) {
        return items.stream().filter(i -> i.isOpenWork() && PlanTrack.of(i.item()) == track)
                .map(PlanItem::due).max(Comparator.naturalOrder());
    }
}
