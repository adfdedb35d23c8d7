package org.skillgap.ui.assess;

import java.util.Locale;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.skillgap.model.Level;
import org.skillgap.model.Messages;
import org.skillgap.model.Skill;
import org.skillgap.model.SkillTarget;

/** One skill on the Assess screen: its rating, what that level means for it, and its target. */
public final class SkillRow implements AssessEntry {

    /** The level of a skill nobody has rated yet. */
    public static final int UNRATED = -1;

    private final Skill skill;
    private final SkillTarget target;
    private final ReadOnlyIntegerWrapper level = new ReadOnlyIntegerWrapper(UNRATED);
    private final ReadOnlyStringWrapper levelText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper spoken = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper backingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reviewerText = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper reviewerLevel = new ReadOnlyIntegerWrapper(UNRATED);
    private int evidenceCount;
    private String reviewer = "";

    SkillRow(Skill skill, SkillTarget target) {
        this.skill = skill;
        this.target = target;
        updateLevelText();
    }

    public Skill skill() {
        return skill;
    }

    public String id() {
        return skill.id();
    }

    /** The level the target asks for, and whether it is a must-have. */
    public SkillTarget target() {
        return target;
    }

    public ReadOnlyIntegerProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    public int level() {
        return level.get();
    }

    public boolean rated() {
        return level.get() != UNRATED;
    }

    public ReadOnlyStringProperty levelTextProperty() {
        return levelText.getReadOnlyProperty();
    }

    /**
     * The row as a screen reader says it: "Cloud computing, 3 of 5, target 4, must-have, below
     * target". The row's colours say "below" too; this says it in words.
     */
    public ReadOnlyStringProperty accessibleTextProperty() {
        return spoken.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** "Claimed" for a rating without evidence, "Backed by 2 pieces of evidence" with some; empty unrated. */
    public ReadOnlyStringProperty backingTextProperty() {
        return backingText.getReadOnlyProperty();
    }

    public boolean backed() {
        return evidenceCount > 0;
    }

    /** The reviewer's level in words ("Ana: 2"), the row's second marker; empty without one. */
    public ReadOnlyStringProperty reviewerTextProperty() {
        return reviewerText.getReadOnlyProperty();
    }

    /** The latest reviewer's level, {@link #UNRATED} when they did not judge it or there is no review. */
    public ReadOnlyIntegerProperty reviewerLevelProperty() {
        return reviewerLevel.getReadOnlyProperty();
    }

    public String targetText() {
        return Messages.get(target.mustHave() ? "assess.target.mustHave" : "assess.target", target.level());
    }

    /** Whether a search matches the skill's name. */
    boolean matchesName(String query) {
        return !query.isBlank() && skill.name().toLowerCase(Locale.ROOT)
                .contains(query.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether a search matches the name, the description or the category. */
    boolean matches(String query) {
        if (query.isBlank()) {
            return true;
        }
        // Folded with Locale.ROOT like matchesName: under a Turkish locale "IT" would fold to "ıt"
        // and no longer match a typed "it" in the (English) catalog's names.
        String q = query.strip().toLowerCase(Locale.ROOT);
        return matchesName(query)
                || skill.description().toLowerCase(Locale.ROOT).contains(q)
                || skill.category().displayName().toLowerCase(Locale.ROOT).contains(q);
    }

    void setLevel(int value) {
        if (value == level.get()) {
            return; // every rating change sets every row: only the rated one needs its text again
        }
        level.set(value);
        updateLevelText();
    }

    void setEvidenceCount(int count) {
        if (count != evidenceCount) {
            evidenceCount = count;
            updateLevelText();
        }
    }

    void setReviewer(String name, int level) {
        if (level != reviewerLevel.get() || !name.equals(reviewer)) {
            reviewer = name;
            reviewerLevel.set(level);
            updateLevelText();
        }
    }

    void setNote(String text) {
        note.set(text == null ? "" : text);
    }

    private void updateLevelText() {
        int value = level.get();
        backingText.set(value == UNRATED && evidenceCount == 0 ? ""
                : evidenceCount == 0 ? Messages.get("evidence.row.claimed") : Messages.get("evidence.row.backed", evidenceCount));
        reviewerText.set(reviewerLevel.get() == UNRATED ? "" : Messages.get("review.row.marker", reviewer, reviewerLevel.get()));
        String extra = (backingText.get().isEmpty() ? "" : ", " + backingText.get())
                + (reviewerText.get().isEmpty() ? "" : ", " + reviewerText.get());
        spoken.set(Messages.get("assess.row.accessible", skill.name(),
                value == UNRATED ? Messages.get("assess.row.accessible.unrated") : Messages.get("assess.row.accessible.level", value),
                target.level(), target.mustHave() ? 1 : 0, value < target.level() ? 1 : 0) + extra);
        levelText.set(value == UNRATED
                ? Messages.get("assess.unrated")
                : Messages.get("assess.levelText", value, Level.of(value).displayName(), skill.describeLevel(value)));
    }
}
