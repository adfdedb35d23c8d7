package org.skillgap.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.skillgap.model.BadInputException;
import org.skillgap.model.Catalog;
import org.skillgap.model.Dates;
import org.skillgap.model.ItemType;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Messages;
import org.skillgap.store.SkillGapStore;

/**
 * The rules for the certifications a person holds, written once for the window and the command
 * line: only a certification the catalog has (under a current or an older id) can be held, and
 * only from a day that is not in the future. A refused change changes nothing.
 */
public final class Certifications {

    private Certifications() {
    }

    /**
     * The current id of the certification {@code id} names.
     *
     * @throws BadInputException for an unknown item or one that is not a certification
     */
    public static String requireCertification(Catalog catalog, String id) {
        String current = catalog.currentItemId(id).orElseThrow(() ->
                new BadInputException(Messages.get("cert.error.unknown", id, certificationIds(catalog))));
        LearningItem item = catalog.item(current).orElseThrow();
        if (item.type() != ItemType.CERTIFICATION) {
            throw new BadInputException(Messages.get("cert.error.notCertification", id, certificationIds(catalog)));
        }
        return current;
    }

    /** @throws BadInputException when {@code earned} is after {@code today} */
    public static void checkEarned(LocalDate earned, LocalDate today) {
        if (earned.isAfter(today)) {
            throw new BadInputException(Messages.get("cert.error.future", Dates.format(earned)));
        }
    }

    /** An ISO date (2025-05-01) as typed. @throws BadInputException when it is not one */
    public static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(Messages.get("cert.error.date", text));
        }
    }

    /**
     * Checks, then records that the person holds the certification {@code id}, earned on
     * {@code earned}; an old id is saved under the current one.
     *
     * @return the current id it is held under
     * @throws BadInputException when a rule refuses it; nothing is saved then
     */
    public static String hold(Catalog catalog, SkillGapStore store, String id, LocalDate earned, LocalDate today) {
        String current = requireCertification(catalog, id);
        checkEarned(earned, today);
        store.holdCertification(current, earned);
        return current;
    }

    /**
     * Forgets that the person holds {@code id}, whichever of its ids it was saved under.
     *
     * @return the current id it was held under
     * @throws BadInputException when it is not held
     */
    public static String release(Catalog catalog, SkillGapStore store, String id) {
        Map<String, LocalDate> saved = store.heldCertifications();
        String current = catalog.currentItemId(id).orElse(id);
        boolean removed = false;
        for (String savedId : saved.keySet()) {
            if (savedId.equals(id) || catalog.currentItemId(savedId).orElse(savedId).equals(current)) {
                removed |= store.releaseCertification(savedId);
            }
        }
        if (!removed) {
            String heldIds = saved.isEmpty() ? Messages.get("cert.none") : String.join(", ", new TreeSet<>(saved.keySet()));
            throw new BadInputException(Messages.get("cert.error.notHeld", id, heldIds));
        }
        return current;
    }

    /** The catalog item of a certification id, when the catalog has it. */
    public static Optional<LearningItem> certification(Catalog catalog, String id) {
        return catalog.certification(id);
    }

    private static String certificationIds(Catalog catalog) {
        return String.join(", ", catalog.items().stream()
                .filter(i -> i.type() == ItemType.CERTIFICATION).map(LearningItem::id).toList());
    }
}
