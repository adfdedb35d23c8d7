package org.skillgap.ui.profile;

import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.skillgap.gap.Reassessment;
import org.skillgap.model.Background;
import org.skillgap.model.Messages;
import org.skillgap.model.Profile;
import org.skillgap.model.TargetProfile;
import org.skillgap.model.Texts;
import org.skillgap.ui.HoursEntry;
import org.skillgap.ui.Session;

/**
 * The first-run welcome and the profile editor: name, target role, background, hours a week, and
 * how often to re-assess (a setting, see {@link Reassessment}, saved with the profile).
 */
public final class ProfileViewModel {

    public static final int DEFAULT_HOURS = 6;

    private final Session session;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<TargetProfile> target = new SimpleObjectProperty<>();
    private final ObjectProperty<Background> background = new SimpleObjectProperty<>();
    private final IntegerProperty hoursPerWeek = new SimpleIntegerProperty(DEFAULT_HOURS);
    private final HoursEntry hoursEntry;
    private final IntegerProperty reassessWeeks = new SimpleIntegerProperty(Reassessment.DEFAULT_WEEKS);
    private final HoursEntry reassessEntry;

    /** The weeks between re-assessments, typed like the hours: the one rule is in {@link Reassessment}. */
    public static final HoursEntry.Range REASSESS_WEEKS = new HoursEntry.Range(Reassessment.WEEKS,
            "reassess.range", "reassess.problem.empty", "reassess.problem.range");

    public ProfileViewModel(Session session) {
        this.session = session;
        Optional<Profile> saved = session.profile();
        name.set(saved.map(Profile::name).orElse(""));
        target.set(saved.flatMap(p -> session.catalog().profile(p.targetId()))
                .orElse(defaultTarget()));
        background.set(saved.flatMap(p -> session.catalog().background(p.backgroundId()))
                .orElse(null));
        hoursPerWeek.set(saved.map(Profile::hoursPerWeek).orElse(DEFAULT_HOURS));
        hoursEntry = new HoursEntry(hoursPerWeek);
        reassessWeeks.set(Reassessment.weeksFrom(session.setting(Reassessment.WEEKS_SETTING)));
        reassessEntry = new HoursEntry(reassessWeeks, REASSESS_WEEKS);
    }

    private TargetProfile defaultTarget() {
        return session.catalog().defaultProfile();
    }

    public List<TargetProfile> targets() {
        return session.catalog().profiles();
    }

    public List<Background> backgrounds() {
        return session.catalog().backgrounds();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<TargetProfile> targetProperty() {
        return target;
    }

    public ObjectProperty<Background> backgroundProperty() {
        return background;
    }

    /** The hours as typed: the profile takes them only while they are a valid number. */
    public HoursEntry hoursEntry() {
        return hoursEntry;
    }

    /** The weeks between re-assessments as typed: taken only while they are a number from 1 to 52. */
    public HoursEntry reassessEntry() {
        return reassessEntry;
    }

    /** What the interval does: when SkillGap reminds. */
    public String reassessExplanation() {
        return Messages.get("profile.reassess.explanation");
    }

    /** Why the name cannot be saved (too long, an invisible character), or empty. */
    public StringBinding nameProblem() {
        return Bindings.createStringBinding(() -> Texts.nameProblem(name.get())
                .map(problem -> Messages.get("text.name.refused", problem)).orElse(""), name);
    }

    /** Every role's description, so the form can keep room for the longest and not jump. */
    public List<String> targetExplanations() {
        return targets().stream().map(TargetProfile::description).toList();
    }

    /** Every background's explanation, for the same reason. */
    public List<String> backgroundExplanations() {
        return backgrounds().stream().map(this::explain).toList();
    }

    public StringBinding targetExplanation() {
        return Bindings.createStringBinding(() -> target.get() == null ? "" : target.get().description(), target);
    }

    public StringBinding backgroundExplanation() {
        return Bindings.createStringBinding(() -> {
            Background b = background.get();
            return b == null ? Messages.get("profile.background.choose") : explain(b);
        }, background);
    }

    private String explain(Background b) {
        String strengths = b.typicalLevels().stream()
                .map(l -> session.catalog().skill(l.skillId()).map(s -> s.name()).orElse(l.skillId()))
                .limit(5)
                .reduce((a, c) -> a + ", " + c).orElse("");
        return Messages.get("profile.background.explanation", b.description(), strengths, b.advice(),
                b.minYears(), b.maxYears());
    }

    public StringBinding hoursExplanation() {
        return Bindings.createStringBinding(() -> {
            if (!hoursEntry.isValid()) {
                return Messages.get("profile.hours.explanation.none");
            }
            int hours = hoursPerWeek.get();
            double weeksFor30Hours = Math.ceil(30.0 / Math.max(1, hours));
            return Messages.get("profile.hours.explanation", hours, (int) weeksFor30Hours);
        }, hoursPerWeek, hoursEntry.problemProperty());
    }

    public BooleanBinding complete() {
        return Bindings.createBooleanBinding(() -> missing().isEmpty(),
                target, background, name, hoursEntry.problemProperty(), reassessEntry.problemProperty());
    }

    /** Why the profile cannot be saved yet, in words for the person; empty when it can. */
    public StringBinding whyIncomplete() {
        return Bindings.createStringBinding(this::missing, target, background, name, hoursEntry.problemProperty(),
                reassessEntry.problemProperty());
    }

    private String missing() {
        if (target.get() == null) {
            return Messages.get("profile.missing.target");
        }
        if (background.get() == null) {
            return Messages.get("profile.missing.background");
        }
        if (!hoursEntry.isValid()) {
            return Messages.get("profile.missing.hours", Profile.MIN_HOURS, Profile.MAX_HOURS);
        }
        if (!reassessEntry.isValid()) {
            return Messages.get("profile.missing.reassess", Reassessment.MIN_WEEKS, Reassessment.MAX_WEEKS);
        }
        if (Texts.nameProblem(name.get()).isPresent()) {
            return Messages.get("profile.missing.name");
        }
        return "";
    }

    /** Saves the profile; returns false (and saves nothing) while a choice is missing. */
    public boolean save() {
        if (!complete().get()) {
            return false;
        }
        // The setting first: the profile's change is what the screens hear, and they read both.
        session.putSetting(Reassessment.WEEKS_SETTING, Integer.toString(reassessWeeks.get()));
        session.saveProfile(new Profile(name.get().strip(), target.get().id(), background.get().id(), hoursPerWeek.get()));
        return true;
    }
}
