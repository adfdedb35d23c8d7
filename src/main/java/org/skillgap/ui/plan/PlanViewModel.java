package org.skillgap.ui.plan;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.skillgap.gap.Plan;
import org.skillgap.gap.PlanItem;
import org.skillgap.gap.PlanTrack;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Dates;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.ItemType;
import org.skillgap.model.Messages;
import org.skillgap.model.Profile;
import org.skillgap.model.Skill;
import org.skillgap.ui.RefreshWhenShown;
import org.skillgap.ui.ScreenModel;
import org.skillgap.ui.Session;

/**
 * The Plan screen: the ordered checklist, grouped and filtered, its progress and "ready by" date,
 * and the hours a week that set the dates.
 */
public final class PlanViewModel extends ScreenModel {

    /** Items starting within this many days are "Now". */
    static final int NOW_DAYS = 28;
    /** Items starting within this many days (and not now) are "Next". */
    static final int NEXT_DAYS = 91;

    /** After an item is marked done: the skills it covers, to re-rate. */
    public record ReRateSuggestion(String itemTitle, List<Skill> skills) {
    }

    private final Session session;
    private final RefreshWhenShown refreshWhenShown = new RefreshWhenShown(this::refresh);
    private final Consumer<String> showSkillOnAssess;
    private final ObservableList<PlanEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<ItemType> typeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<ItemStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<PlanGrouping> grouping = new SimpleObjectProperty<>(PlanGrouping.HORIZON);
    private final IntegerProperty hoursPerWeek = new SimpleIntegerProperty(6);
    private final ReadOnlyObjectWrapper<PlanHeader> header = new ReadOnlyObjectWrapper<>(PlanHeader.EMPTY);
    /** Ids of the rows opened to show everything; kept across rebuilds of the list. */
    private final Set<String> expanded = new HashSet<>();
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Optional<ReRateSuggestion>> suggestion =
            new ReadOnlyObjectWrapper<>(Optional.empty());
    /** The certification whose earned date is being entered, or null. */
    private String entering;
    private final ObjectProperty<LocalDate> earned = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper holdProblem = new ReadOnlyStringWrapper("");

    public PlanViewModel(Session session, Consumer<String> showSkillOnAssess) {
        this.session = session;
        this.showSkillOnAssess = showSkillOnAssess;
        session.profile().ifPresent(p -> hoursPerWeek.set(p.hoursPerWeek()));
        hoursPerWeek.addListener((obs, old, hours) -> changeHours(hours.intValue()));
        own(session.profileProperty().subscribe((old, p) -> p.ifPresent(profile -> hoursPerWeek.set(profile.hoursPerWeek()))));
        own(session.planProperty().subscribe(() -> refreshWhenShown.dataChanged()));
        typeFilter.addListener((obs, old, v) -> refresh());
        statusFilter.addListener((obs, old, v) -> refresh());
        grouping.addListener((obs, old, v) -> refresh());
        refresh();
    }

    public ObservableList<PlanEntry> entries() {
        return entries;
    }

    public ObjectProperty<ItemType> typeFilterProperty() {
        return typeFilter;
    }

    public ObjectProperty<ItemStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<PlanGrouping> groupingProperty() {
        return grouping;
    }

    public IntegerProperty hoursPerWeekProperty() {
        return hoursPerWeek;
    }

    /** The date, its reason and the progress, as the top of the screen shows them. */
    public ReadOnlyObjectProperty<PlanHeader> headerProperty() {
        return header.getReadOnlyProperty();
    }

    public PlanHeader header() {
        return header.get();
    }

    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<ReRateSuggestion>> suggestionProperty() {
        return suggestion.getReadOnlyProperty();
    }

    /** The earned date being entered for "I hold this"; today when it opens. */
    public ObjectProperty<LocalDate> earnedProperty() {
        return earned;
    }

    /** Why the earned date was refused (a date in the future), or "" while there is nothing to say. */
    public ReadOnlyStringProperty holdProblemProperty() {
        return holdProblem.getReadOnlyProperty();
    }

    /** "I hold this…" on a certification: opens the earned date on its row, today to start with. */
    public void startHolding(String itemId) {
        entering = itemId;
        earned.set(LocalDate.now(session.clock()));
        holdProblem.set("");
        refresh();
    }

    /**
     * Saves the earned date entered: the certification then counts as done and shows its renewal.
     * A date in the future (or none) is refused with a message and nothing changes.
     *
     * @return whether it was saved
     */
    public boolean confirmHolding() {
        if (entering == null) {
            return false;
        }
        if (earned.get() == null) {
            holdProblem.set(Messages.get("plan.hold.noDate", Dates.format(LocalDate.now(session.clock()))));
            return false;
        }
        try {
            session.holdCertification(entering, earned.get());
        } catch (BadInputException e) {
            holdProblem.set(e.getMessage());
            return false;
        }
        entering = null;
        holdProblem.set("");
        refresh();
        return true;
    }

    public void cancelHolding() {
        entering = null;
        holdProblem.set("");
        refresh();
    }

    /** "I don't hold this": the certification is a step of the plan again. */
    public void releaseCertification(String itemId) {
        session.releaseCertification(itemId);
    }

    private boolean isHeld(String itemId) {
        return session.heldProperty().get().containsKey(itemId);
    }

    /**
     * Marks an item; marking it done suggests re-rating the skills it covers. A held certification
     * is done for as long as it is held: its status is left alone.
     */
    public void setStatus(String itemId, ItemStatus status) {
        if (isHeld(itemId)) {
            return;
        }
        session.setStatus(itemId, status);
        if (status == ItemStatus.DONE) {
            session.catalog().item(itemId).ifPresent(item -> suggestion.set(Optional.of(new ReRateSuggestion(
                    item.title(), item.raises().stream().map(r -> session.catalog().skill(r.skillId()))
                            .flatMap(Optional::stream).toList()))));
        }
    }

    /** Space on a row: ticks a step done, or a done step back to to do. */
    public void toggleDone(String itemId) {
        ItemStatus now = session.statusesProperty().get().getOrDefault(itemId, ItemStatus.TODO);
        setStatus(itemId, now == ItemStatus.DONE ? ItemStatus.TODO : ItemStatus.DONE);
    }

    /** Enter or a double-click on a row: opens it to show everything about the step, or closes it. */
    public void toggleExpanded(String itemId) {
        if (!expanded.remove(itemId)) {
            expanded.add(itemId);
        }
        refresh();
    }

    public void dismissSuggestion() {
        suggestion.set(Optional.empty());
    }

    /** Opens the Assess screen at a skill, so the person can re-rate it. */
    public void reRate(String skillId) {
        showSkillOnAssess.accept(skillId);
    }

    private void changeHours(int hours) {
        Optional<Profile> profile = session.profile();
        if (profile.isPresent() && profile.get().hoursPerWeek() != hours
                && Profile.HOURS.contains(hours)) {
            session.saveProfile(profile.get().withHoursPerWeek(hours));
        }
    }

    /** Whether the screen is on show; a hidden one catches up with the data when shown again. */
    public void setShown(boolean shown) {
        refreshWhenShown.setShown(shown);
    }

    private void refresh() {
        Plan plan = session.plan();
        if (plan == null) {
            entries.clear();
            return;
        }
        header.set(headerOf(plan));

        List<PlanItem> shown = plan.items().stream()
                .filter(i -> typeFilter.get() == null || i.item().type() == typeFilter.get())
                .filter(i -> statusFilter.get() == null || i.status() == statusFilter.get())
                .toList();
        emptyText.set(plan.items().isEmpty() ? Messages.get("plan.empty.none")
                : shown.isEmpty() ? Messages.get("plan.empty.filtered") : "");
        Map<String, List<PlanItem>> groups = grouping.get() == PlanGrouping.MONTH ? byMonth(shown) : byHorizon(shown);
        List<PlanEntry> result = new ArrayList<>();
        groups.forEach((title, items) -> {
            if (!items.isEmpty()) {
                result.add(new PlanEntry.Heading(title, items.size()));
                items.forEach(i -> result.add(PlanRow.of(i, session.catalog(), expanded.contains(i.item().id()),
                        plan.heldOf(i.item().id()), i.item().id().equals(entering))));
            }
        });
        entries.setAll(result);
    }

    private PlanHeader headerOf(Plan plan) {
        String readyBy = plan.hasOpenWork() ? Messages.get("plan.readyBy", Dates.format(plan.readyBy()))
                : Messages.get("plan.readyBy.now");
        int hours = session.profile().map(Profile::hoursPerWeek).orElse(hoursPerWeek.get());
        String reason = plan.dateSetter().map(step -> Messages.get("plan.readyBy.setBy", step.item().title(),
                step.item().effortHours(), PlanTrack.of(step.item()).hoursPerWeek(hours))).orElse("");
        String explained = !plan.hasOpenWork() ? "" : String.join("\n",
                Messages.get("plan.readyBy.tooltip.intro"),
                Messages.get("plan.readyBy.tooltip.study", hours, PlanTrack.STUDY.description(),
                        trackEnd(plan, PlanTrack.STUDY)),
                Messages.get("plan.readyBy.tooltip.longForm", PlanTrack.LONG_FORM.description(),
                        trackEnd(plan, PlanTrack.LONG_FORM)),
                Messages.get("plan.readyBy.tooltip.outro"));
        return new PlanHeader(readyBy, reason, explained, plan.progressText(), plan.progress() / 100.0);
    }

    private static String trackEnd(Plan plan, PlanTrack track) {
        return plan.trackEnd(track).map(d -> Messages.get("plan.readyBy.tooltip.due", Dates.format(d)))
                .orElse(Messages.get("plan.readyBy.tooltip.empty"));
    }

    private Map<String, List<PlanItem>> byHorizon(List<PlanItem> items) {
        LocalDate today = LocalDate.now(session.clock());
        Map<String, List<PlanItem>> groups = new LinkedHashMap<>();
        for (String key : List.of("plan.group.now", "plan.group.next", "plan.group.later", "plan.group.ongoing",
                "plan.group.closed")) {
            groups.put(Messages.get(key), new ArrayList<>());
        }
        for (PlanItem item : items) {
            String key;
            if (item.status().isClosed()) {
                key = "plan.group.closed";
            } else if (item.item().recurring()) {
                key = "plan.group.ongoing";
            } else if (item.status() == ItemStatus.IN_PROGRESS || !item.start().isAfter(today.plusDays(NOW_DAYS))) {
                key = "plan.group.now";
            } else if (!item.start().isAfter(today.plusDays(NEXT_DAYS))) {
                key = "plan.group.next";
            } else {
                key = "plan.group.later";
            }
            groups.get(Messages.get(key)).add(item);
        }
        return groups;
    }

    private Map<String, List<PlanItem>> byMonth(List<PlanItem> items) {
        Map<String, List<PlanItem>> groups = new LinkedHashMap<>();
        List<PlanItem> closed = new ArrayList<>();
        List<PlanItem> ongoing = new ArrayList<>();
        items.stream().sorted(Comparator.comparing(PlanItem::start)).forEach(item -> {
            if (item.status().isClosed()) {
                closed.add(item);
            } else if (item.item().recurring()) {
                ongoing.add(item);
            } else {
                String month = item.start().getMonth().getDisplayName(TextStyle.FULL, Messages.locale())
                        + " " + item.start().getYear();
                groups.computeIfAbsent(month, m -> new ArrayList<>()).add(item);
            }
        });
        groups.put(Messages.get("plan.group.ongoing"), ongoing);
        groups.put(Messages.get("plan.group.closed"), closed);
        return groups;
    }
}
