package org.skillgap.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.skillgap.model.Assessment;
import org.skillgap.model.Background;
import org.skillgap.model.Catalog;
import org.skillgap.model.Category;
import org.skillgap.model.CostBand;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.ItemType;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Skill;
import org.skillgap.model.SkillLevel;
import org.skillgap.model.SkillTarget;
import org.skillgap.model.TargetProfile;

/**
 * A made-up catalog far bigger than the shipped one, shaped like it: every item raises one to
 * four skills, about a third need one or two earlier items, a fifth need a skill level first,
 * one in twenty is a recurring practice; three target profiles (associate, middle, senior) give
 * every skill a target, weight and must-have flag. The same size and seed give the same catalog.
 */
public final class CatalogGenerator {

    public static final String MIDDLE_PROFILE = "profile-middle";
    public static final String BACKGROUND = "background-0";

    private CatalogGenerator() {
    }

    public static Catalog generate(int skillCount, int itemCount, long seed) {
        Random random = new Random(seed);
        List<Skill> skills = new ArrayList<>(skillCount);
        Category[] categories = Category.values();
        for (int s = 0; s < skillCount; s++) {
            skills.add(new Skill(skillId(s), categories[s % categories.length], "Skill " + s,
                    "What skill " + s + " means for the role.",
                    List.of("None", "Aware", "Beginner", "Competent", "Advanced", "Expert"), List.of()));
        }
        List<TargetProfile> profiles = List.of(
                profile("profile-associate", "Associate", skillCount, 1, random),
                profile(MIDDLE_PROFILE, "Middle", skillCount, 2, random),
                profile("profile-senior", "Senior", skillCount, 3, random));
        List<Background> backgrounds = new ArrayList<>();
        for (int b = 0; b < 9; b++) {
            List<SkillLevel> typical = new ArrayList<>();
            for (int k = 0; k < Math.max(3, skillCount / 20); k++) {
                typical.add(new SkillLevel(skillId(random.nextInt(skillCount)), 1 + random.nextInt(4)));
            }
            backgrounds.add(new Background("background-" + b, "Background " + b, "", typical, "", 2, 5));
        }
        ItemType[] types = ItemType.values();
        CostBand[] costs = CostBand.values();
        List<LearningItem> items = new ArrayList<>(itemCount);
        for (int i = 0; i < itemCount; i++) {
            boolean recurring = random.nextInt(20) == 0;
            List<SkillLevel> raises = new ArrayList<>();
            int raiseCount = 1 + random.nextInt(4);
            for (int k = 0; k < raiseCount; k++) {
                raises.add(new SkillLevel(skillId(random.nextInt(skillCount)), 2 + random.nextInt(4)));
            }
            List<String> prerequisiteItems = new ArrayList<>();
            if (i > 0 && random.nextInt(3) == 0) {
                int count = 1 + random.nextInt(2);
                for (int k = 0; k < count; k++) {
                    prerequisiteItems.add(itemId(random.nextInt(i)));
                }
            }
            List<SkillLevel> prerequisiteSkills = new ArrayList<>();
            if (random.nextInt(5) == 0) {
                prerequisiteSkills.add(new SkillLevel(skillId(random.nextInt(skillCount)), 1 + random.nextInt(3)));
            }
            items.add(new LearningItem(itemId(i), "Learning item " + i, types[random.nextInt(types.length)],
                    "Provider " + random.nextInt(50), raises, 4 + random.nextInt(197), costs[random.nextInt(costs.length)],
                    prerequisiteItems, prerequisiteSkills, "", recurring, "Helps with the role.", List.of()));
        }
        return new Catalog("bench-" + skillCount + "x" + itemCount, skills, profiles, backgrounds, items);
    }

    /** Targets grow with seniority: associate 1-3, middle 2-4, senior 3-5. */
    private static TargetProfile profile(String id, String name, int skillCount, int base, Random random) {
        List<SkillTarget> targets = new ArrayList<>(skillCount);
        for (int s = 0; s < skillCount; s++) {
            targets.add(new SkillTarget(skillId(s), base + random.nextInt(3), 1 + random.nextInt(3),
                    random.nextInt(7) == 0));
        }
        return new TargetProfile(id, name, "", targets);
    }

    /** Every skill rated 0-3: someone part of the way there. */
    public static Assessment assessment(Catalog catalog, long seed) {
        Random random = new Random(seed);
        Map<String, Integer> ratings = new HashMap<>();
        catalog.skills().forEach(s -> ratings.put(s.id(), random.nextInt(4)));
        return new Assessment(ratings);
    }

    /** About 5 % of the items done, 2 % in progress, 1 % skipped; the rest to do. */
    public static Map<String, ItemStatus> statuses(Catalog catalog, long seed) {
        Random random = new Random(seed);
        Map<String, ItemStatus> statuses = new HashMap<>();
        for (LearningItem item : catalog.items()) {
            int roll = random.nextInt(100);
            if (roll < 5) {
                statuses.put(item.id(), ItemStatus.DONE);
            } else if (roll < 7) {
                statuses.put(item.id(), ItemStatus.IN_PROGRESS);
            } else if (roll < 8) {
                statuses.put(item.id(), ItemStatus.SKIPPED);
            }
        }
        return statuses;
    }

    static String skillId(int s) {
        return String.format("skill-%05d", s);
    }

    static String itemId(int i) {
        return String.format("item-%06d", i);
    }
}
