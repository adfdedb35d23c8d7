package org.skillgap.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All the content the app works from: skills, target profiles, backgrounds and learning items. */
public record Catalog(String catalogVersion, List<Skill> skills, List<TargetProfile> profiles,
                      List<Background> backgrounds, List<LearningItem> items) {

    public Catalog {
        skills = List.copyOf(skills);
        profiles = List.copyOf(profiles);
        backgrounds = List.copyOf(backgrounds);
        items = List.copyOf(items);
    }

    public Optional<Skill> skill(String id) {
        return skills.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<TargetProfile> profile(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The role a person aims for until they choose one: the middle of the list, since the catalog
     * lists roles junior to senior and the middle one is the role most people aim for first.
     */
    public TargetProfile defaultProfile() {
        return profiles.get(profiles.size() / 2);
    }

    /** The role a saved profile aims for, or the default when there is none or the catalog lacks it. */
    public TargetProfile targetOf(Optional<Profile> profile) {
        return profile.flatMap(p -> profile(p.targetId())).orElse(defaultProfile());
    }

    public Optional<Background> background(String id) {
        return backgrounds.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public Optional<LearningItem> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public List<Skill> skillsIn(Category category) {
        return skills.stream().filter(s -> s.category() == category).toList();
    }

    /** Old skill ids mapped to the id that replaced them (renamed or merged). */
    public Map<String, String> skillRenames() {
        Map<String, String> renames = new HashMap<>();
        skills.forEach(s -> s.replaces().forEach(old -> renames.put(old, s.id())));
        return renames;
    }

    /** Old item ids mapped to the id that replaced them. */
    public Map<String, String> itemRenames() {
        Map<String, String> renames = new HashMap<>();
        items.forEach(i -> i.replaces().forEach(old -> renames.put(old, i.id())));
        return renames;
    }

    /** The current id for a skill id that may be old, or empty when the catalog knows neither. */
    public Optional<String> currentSkillId(String id) {
        if (skill(id).isPresent()) {
            return Optional.of(id);
        }
        return Optional.ofNullable(skillRenames().get(id));
    }

    /** The current id for an item id that may be old, or empty when the catalog knows neither. */
    public Optional<String> currentItemId(String id) {
        if (item(id).isPresent()) {
            return Optional.of(id);
        }
        return Optional.ofNullable(itemRenames().get(id));
    }

    /** The certification an item id (current or old) names, or empty when it names none or another kind of item. */
    public Optional<LearningItem> certification(String id) {
        return currentItemId(id).flatMap(this::item).filter(i -> i.type() == ItemType.CERTIFICATION);
    }

    public Map<String, Skill> skillsById() {
        Map<String, Skill> byId = new LinkedHashMap<>();
        skills.forEach(s -> byId.put(s.id(), s));
        return byId;
    }
}
