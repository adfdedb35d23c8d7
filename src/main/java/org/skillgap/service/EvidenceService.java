package org.skillgap.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.skillgap.model.BadInputException;
import org.skillgap.model.Catalog;
import org.skillgap.model.Evidence;
import org.skillgap.model.Messages;
import org.skillgap.model.Skill;
import org.skillgap.model.Texts;
import org.skillgap.store.SkillGapStore;

/**
 * The rules for evidence, written once for the window and the command line: a skill the catalog
 * has (under a current or an older id), a title, a day not in the future, and short texts without
 * control characters. A link or a file path is kept as text: nothing here opens or fetches it.
 */
public final class EvidenceService {

    private EvidenceService() {
    }

    /**
     * The evidence as it is saved: under the skill's current id, checked.
     *
     * @throws BadInputException saying what is wrong; nothing is saved then
     */
    public static Evidence check(Catalog catalog, Evidence evidence, LocalDate today) {
        String skill = catalog.currentSkillId(evidence.skillId()).orElseThrow(() -> new BadInputException(
                Messages.get("evidence.error.unknownSkill", evidence.skillId(),
                        catalog.skills().stream().map(Skill::id).collect(Collectors.joining(", ")))));
        if (evidence.title().isEmpty()) {
            throw new BadInputException(Messages.get("evidence.error.noTitle"));
        }
        checkText("evidence.field.title", evidence.title());
        checkText("evidence.field.link", evidence.link());
        checkText("evidence.field.file", evidence.file());
        checkText("evidence.field.outcome", evidence.outcome());
        if (evidence.date().isAfter(today)) {
            throw new BadInputException(Messages.get("evidence.error.future", evidence.date()));
        }
        return evidence.withSkill(skill);
    }

    /** Checks, then saves new evidence. @return it as saved, with its id */
    public static Evidence add(Catalog catalog, SkillGapStore store, Evidence evidence, LocalDate today) {
        return store.evidence().add(check(catalog, evidence, today));
    }

    /** Checks, then saves a change to evidence already kept. @throws BadInputException when there is none with its id */
    public static Evidence update(Catalog catalog, SkillGapStore store, Evidence evidence, LocalDate today) {
        Evidence checked = check(catalog, evidence, today);
        if (!store.evidence().update(checked)) {
            throw new BadInputException(Messages.get("evidence.error.noSuchId", evidence.id()));
        }
        return checked;
    }

    /** @throws BadInputException when there is no evidence with that id */
    public static void remove(SkillGapStore store, long id) {
        if (!store.evidence().remove(id)) {
            throw new BadInputException(Messages.get("evidence.error.noSuchId", id));
        }
    }

    /** An evidence id as typed. @throws BadInputException when it is not a whole number above 0 */
    public static long parseId(String text) {
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new BadInputException(Messages.get("evidence.error.badId", text));
    }

    /** The evidence of each skill that has any, by skill id. */
    public static Map<String, List<Evidence>> bySkill(List<Evidence> evidence) {
        return evidence.stream().collect(Collectors.groupingBy(Evidence::skillId, TreeMap::new, Collectors.toList()));
    }

    private static void checkText(String fieldKey, String text) {
        Texts.nameProblem(text).ifPresent(problem -> {
            throw new BadInputException(Messages.get("evidence.error.text", Messages.get(fieldKey), problem));
        });
    }
}
