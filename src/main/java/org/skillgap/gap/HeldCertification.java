package org.skillgap.gap;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.skillgap.model.Dates;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Messages;
import org.skillgap.model.Renewal;

/**
 * A certification the person holds, and when it must be renewed: the one place the renewal dates
 * and what a renewal needs are worked out, for the window, the command line, the PDF and the
 * calendar alike.
 *
 * <p>The renewal is due {@link Renewal#periodMonths()} months after the day it was earned; a
 * certification that never expires, or whose rule the catalog does not state, has no due date.
 * The renewal step starts {@link #RENEWAL_LEAD_MONTHS} months ahead, time enough to earn the
 * credits.
 *
 * @param item   the catalog's certification
 * @param earned the day the person earned it
 */
public record HeldCertification(LearningItem item, LocalDate earned) {

    /** The renewal step starts this many months before the due date. */
    public static final int RENEWAL_LEAD_MONTHS = 3;

    public HeldCertification {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(earned, "earned");
    }

    /** Of {@code held}, those that expire, soonest due first (then by id). */
    public static List<HeldCertification> renewals(List<HeldCertification> held) {
        return held.stream().filter(h -> h.renewBy().isPresent())
                .sorted(Comparator.comparing((HeldCertification h) -> h.renewBy().orElseThrow())
                        .thenComparing(h -> h.item().id()))
                .toList();
    }

    /** The day the renewal is due, or empty when it never expires or the rule is not known. */
    public Optional<LocalDate> renewBy() {
        Renewal rule = item.renewalRule();
        return rule.expires() ? Optional.of(earned.plusMonths(rule.periodMonths())) : Optional.empty();
    }

    /** The day the renewal step starts, when there is one. */
    public Optional<LocalDate> renewalStart() {
        return renewBy().map(due -> due.minusMonths(RENEWAL_LEAD_MONTHS));
    }

    /** What the renewal takes, in words: "earn 20 SEUs and pay the $100 renewal fee". */
    public String renewalNeeds() {
        Renewal rule = item.renewalRule();
        if (!rule.expires()) {
            return rule.isKnown() ? Messages.get("cert.needs.lifetime") : Messages.get("cert.needs.unknown");
        }
        boolean credits = rule.credits() > 0;
        boolean fee = rule.feeUsd() > 0;
        if (credits && fee) {
            return Messages.get("cert.needs.creditsAndFee", credits(rule), String.valueOf(rule.feeUsd()));
        }
        if (credits) {
            return Messages.get("cert.needs.credits", credits(rule));
        }
        if (fee) {
            return Messages.get("cert.needs.fee", String.valueOf(rule.feeUsd()));
        }
        return Messages.get("cert.needs.provider");
    }

    /** "Held since May 1, 2025 · renew by May 1, 2027", or "… · no renewal needed". */
    public String heldText() {
        String since = Dates.format(earned);
        return renewBy().map(due -> Messages.get("cert.held.renewBy", since, Dates.format(due)))
                .orElseGet(() -> item.renewalRule().isKnown()
                        ? Messages.get("cert.held.lifetime", since)
                        : Messages.get("cert.held.since", since));
    }

    /** The renewal step in one line: "Renew Certified ScrumMaster: Feb 1, 2027 – May 1, 2027, earn …". */
    public Optional<String> renewalText() {
        return renewBy().map(due -> Messages.get("cert.renewal.step", item.title(),
                Dates.format(renewalStart().orElseThrow()), Dates.format(due), renewalNeeds()));
    }

    private static String credits(Renewal rule) {
        String unit = rule.creditUnit().isBlank() ? Messages.get("cert.needs.creditUnit") : rule.creditUnit();
        return Messages.get("cert.needs.creditCount", rule.credits(), unit);
    }
}
