package org.skillgap.gap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.skillgap.model.Assessment;
import org.skillgap.model.Background;
import org.skillgap.model.Catalog;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.LearningItem;
import org.skillgap.model.SkillLevel;
import org.skillgap.model.SkillTarget;
import org.skillgap.model.TargetProfile;

/**
 * What one plan build works from, with skills and items by their place in the catalog: each
 * skill's target, weight and rating, and each item with its references resolved. Unknown skill
 * and item ids are dropped here (the catalog check rejects them, so they never count).
 */
final class PlanIndex {

    /** A background "brings" a skill when it typically has it at this level or higher. */
    static final int STRENGTH_LEVEL = 3;

    /** A skill, by index, at a level. */
    record SkillAt(int skill, int level) {
    }

    /**
     * One catalog item, resolved.
     *
     * @param raises        the skills it raises, a skill named twice kept once at its highest level
     * @param prerequisites the items to finish first, by index
     * @param needs         the skill levels needed before it starts
     * @param affinity      how many of the skills it raises the person's background brings
     */
    record Item(LearningItem item, ItemStatus status, List<SkillAt> raises, List<Integer> prerequisites,
                List<SkillAt> needs, int affinity) {
    }

    final List<String> skillIds;
    final int[] target;
    final int[] weight;
    final boolean[] mustHave;
    /** The ratings, unrated as 0. */
    final int[] current;
    final List<Item> items;

    PlanIndex(Catalog catalog, TargetProfile targetProfile, Optional<Background> background, Assessment assessment,
              Map<String, ItemStatus> statuses) {
        skillIds = catalog.skills().stream().map(s -> s.id()).toList();
        Map<String, Integer> skillIndex = indexOf(skillIds);
        int n = skillIds.size();
        target = new int[n];
        weight = new int[n];
        mustHave = new boolean[n];
        current = new int[n];
        for (SkillTarget t : targetProfile.targets()) {
            Integer s = skillIndex.get(t.skillId());
            if (s != null) {
                target[s] = t.level();
                weight[s] = t.weight();
                mustHave[s] = t.mustHave();
            }
        }
        for (int s = 0; s < n; s++) {
            current[s] = Math.max(0, assessment.levelOrZero(skillIds.get(s)));
        }
        boolean[] strength = new boolean[n];
        background.ifPresent(b -> b.typicalLevels().forEach(l -> {
            Integer s = skillIndex.get(l.skillId());
            if (s != null && l.level() >= STRENGTH_LEVEL) {
                strength[s] = true;
            }
        }));

        List<LearningItem> catalogItems = catalog.items();
        Map<String, Integer> itemIndex = indexOf(catalogItems.stream().map(LearningItem::id).toList());
        ItemStatus[] status = statuses(catalog, statuses, itemIndex);
        List<Item> resolved = new ArrayList<>(catalogItems.size());
        for (int i = 0; i < catalogItems.size(); i++) {
            LearningItem item = catalogItems.get(i);
            List<SkillAt> raises = raises(item.raises(), skillIndex);
            int affinity = (int) raises.stream().filter(r -> strength[r.skill()]).count();
            List<Integer> prerequisites = item.prerequisiteItems().stream()
                    .map(itemIndex::get).filter(p -> p != null).toList();
            List<SkillAt> needs = new ArrayList<>();
            for (SkillLevel needed : item.prerequisiteSkills()) {
                Integer s = skillIndex.get(needed.skillId());
                if (s != null) {
                    needs.add(new SkillAt(s, needed.level()));
                }
            }
            resolved.add(new Item(item, status[i], raises, prerequisites, needs, affinity));
        }
        items = List.copyOf(resolved);
    }

    int skillCount() {
        return skillIds.size();
    }

    private static Map<String, Integer> indexOf(List<String> ids) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        return index;
    }

    /** The skills an item raises, unknown skills dropped and a skill named twice kept once at its highest level. */
    private static List<SkillAt> raises(List<SkillLevel> raises, Map<String, Integer> skillIndex) {
        Map<Integer, Integer> levelBySkill = new LinkedHashMap<>();
        for (SkillLevel r : raises) {
            Integer s = skillIndex.get(r.skillId());
            if (s != null) {
                levelBySkill.merge(s, r.level(), Math::max);
            }
        }
        List<SkillAt> result = new ArrayList<>(levelBySkill.size());
        levelBySkill.forEach((s, level) -> result.add(new SkillAt(s, level)));
        return List.copyOf(result);
    }

    /**
     * Each item's status, to do unless marked. A status saved under an id the catalog has since
     * renamed carries forward, unless the new id has a status of its own.
     */
    private static ItemStatus[] statuses(Catalog catalog, Map<String, ItemStatus> statuses,
                                         Map<String, Integer> itemIndex) {
        ItemStatus[] status = new ItemStatus[catalog.items().size()];
        Arrays.fill(status, ItemStatus.TODO);
        Map<String, String> renames = null;
        for (Map.Entry<String, ItemStatus> e : statuses.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                continue;
            }
            Integer i = itemIndex.get(e.getKey());
            if (i == null) {
                if (renames == null) {
                    renames = catalog.itemRenames();
                }
                String now = renames.get(e.getKey());
                if (now == null || statuses.containsKey(now)) {
                    continue;
                }
                i = itemIndex.get(now);
                if (i == null) {
                    continue;
                }
            }
            status[i] = e.getValue();
        }
        return status;
    }
}
