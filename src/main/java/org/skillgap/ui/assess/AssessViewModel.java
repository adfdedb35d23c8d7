package org.skillgap.ui.assess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.skillgap.gap.GapReport;
import org.skillgap.gap.Reassessment;
import org.skillgap.model.Assessment;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Category;
import org.skillgap.model.Evidence;
import org.skillgap.model.Level;
import org.skillgap.model.Messages;
import org.skillgap.model.Review;
import org.skillgap.model.Skill;
import org.skillgap.model.SkillTarget;
import org.skillgap.model.TargetProfile;
import org.skillgap.service.Certifications;
import org.skillgap.service.EvidenceService;
import org.skillgap.ui.Dialogs;
import org.skillgap.ui.ScreenModel;
import org.skillgap.ui.Session;

/**
 * The Assess screen: the skills to rate, grouped by category and filtered by a search, and the gap
 * panel that follows every change.
 */
public final class AssessViewModel extends ScreenModel {

    /** How many of the biggest gaps the panel lists. */
    static final int TOP_GAPS = 8;

    private final Session session;
    private final Dialogs dialogs;
    private final Map<String, SkillRow> rows = new LinkedHashMap<>();
    private final Map<Category, AssessEntry.Heading> headings = new EnumMap<>(Category.class);
    private final ObservableList<AssessEntry> visibleEntries = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<SkillRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<GapSummary> gapSummary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper lastAssessedText = new ReadOnlyStringWrapper("");
    private final ObservableList<Evidence> selectedEvidence = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper reviewSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private PendingNote pendingNote;
    /** When not empty, the list shows only these skills (those a catalog update changed). */
    private Set<String> onlySkills = Set.of();
    private final ReadOnlyStringWrapper onlyNotice = new ReadOnlyStringWrapper("");

    public AssessViewModel(Session session, Dialogs dialogs) {
        this.session = session;
        this.dialogs = dialogs;
        buildRows();
        search.addListener((obs, old, text) -> refreshVisibleEntries());
        own(session.assessmentProperty().subscribe((old, value) -> applyRatings(value)));
        own(session.notesProperty().subscribe((old, value) -> applyNotes(value)));
        own(session.gapReportProperty().subscribe((old, value) -> applyGaps(value)));
        own(session.evidenceProperty().subscribe((old, value) -> applyEvidence()));
        own(session.reviewsProperty().subscribe((old, value) -> applyReviews()));
        selected.addListener((obs, old, row) -> {
            problem.set("");
            applyEvidence();
            applyReviews();
        });
        own(session.profileProperty().subscribe((old, value) -> {
            buildRows();
            applyGaps(session.gapReport());
        }));
        applyGaps(session.gapReport());
        own(session.historyProperty().subscribe(this::applyReassessment));
        own(session.profileProperty().subscribe(this::applyReassessment));
        applyReassessment();
    }

    /** Says when the last assessment was while the interval the person chose has passed. */
    private void applyReassessment() {
        Reassessment reassessment = session.reassessment();
        lastAssessedText.set(reassessment.isDue() ? reassessment.lastAssessedText().orElse("") : "");
    }

    /** "Last assessed 8 weeks ago" once it is time to re-assess, else empty. */
    public ReadOnlyStringProperty lastAssessedTextProperty() {
        return lastAssessedText.getReadOnlyProperty();
    }

    private void buildRows() {
        String selectedId = selected.get() == null ? null : selected.get().id();
        rows.clear();
        headings.clear();
        TargetProfile target = session.target();
        for (Skill skill : session.catalog().skills()) {
            SkillTarget skillTarget = target.targetFor(skill.id()).orElse(new SkillTarget(skill.id(), 0, 1, false));
            rows.put(skill.id(), new SkillRow(skill, skillTarget));
        }
        for (Category category : Category.values()) {
            int total = (int) rows.values().stream().filter(r -> r.skill().category() == category).count();
            headings.put(category, new AssessEntry.Heading(category, total));
        }
        applyRatings(session.assessment());
        applyNotes(session.notesProperty().get());
        applyEvidence();
        applyReviews();
        selected.set(selectedId == null ? null : rows.get(selectedId));
    }

    public ObservableList<AssessEntry> visibleEntries() {
        return visibleEntries;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<SkillRow> selectedProperty() {
        return selected;
    }

    /** The header's counter and the gap panel's texts and lists, all from the latest report; it changes once per report. */
    public ReadOnlyObjectProperty<GapSummary> gapSummaryProperty() {
        return gapSummary.getReadOnlyProperty();
    }

    public GapSummary gapSummary() {
        return gapSummary.get();
    }

    public Optional<SkillRow> row(String skillId) {
        return Optional.ofNullable(rows.get(skillId));
    }

    public String targetName() {
        return session.target().name();
    }

    /** Sets the level of a skill (0-5). */
    public void rate(String skillId, int level) {
        session.rate(skillId, level);
    }

    /** Sets the level of the selected skill; false when nothing is selected or the level is not 0-5. */
    public boolean rateSelected(int level) {
        SkillRow row = selected.get();
        if (row == null || !Level.isValid(level)) {
            return false;
        }
        rate(row.id(), level);
        return true;
    }

    public void saveNote(String skillId, String text) {
        pendingNote = null;
        session.saveNote(skillId, text);
    }

    /**
     * The note text being typed for a skill, saved after a pause, when the person moves on, or by
     * {@link #flushPendingEdits()} when the window closes.
     */
    public void noteTyped(String skillId, String text) {
        pendingNote = new PendingNote(skillId, text);
    }

    /**
     * Saves the note being typed, if any.
     *
     * @throws org.skillgap.model.BadInputException when the note is refused; it stays pending then
     */
    @Override
    public void flushPendingEdits() {
        PendingNote note = pendingNote;
        if (note != null) {
            session.saveNote(note.skillId(), note.text());
            pendingNote = null;
        }
    }

    private record PendingNote(String skillId, String text) {
    }

    /** The evidence of the chosen skill, oldest first. */
    public ObservableList<Evidence> selectedEvidence() {
        return selectedEvidence;
    }

    /** What the latest reviewer said of the chosen skill ("Ana Lima (mentor) rated it 2: ..."); empty without it. */
    public ReadOnlyStringProperty reviewSummaryProperty() {
        return reviewSummary.getReadOnlyProperty();
    }

    /** Why the last evidence or review action was refused; empty when it was not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether the chosen skill has a reviewer's level the person could take as their own. */
    public boolean canAdopt() {
        SkillRow row = selected.get();
        return row != null && row.reviewerLevelProperty().get() != SkillRow.UNRATED
                && row.reviewerLevelProperty().get() != row.level();
    }

    /**
     * Keeps new evidence ({@code id} 0) or a change to evidence for the chosen skill.
     *
     * @throws BadInputException when a rule refuses it; nothing is saved then
     */
    public CompletableFuture<Evidence> saveEvidence(long id, String title, String date, String link, String file,
                                                    String outcome) {
        SkillRow row = selected.get();
        if (row == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no skill chosen"));
        }
        LocalDate day = date == null || date.isBlank() ? today() : Certifications.parseDate(date);
        return session.saveEvidence(new Evidence(id, row.id(), title, day, link, file, outcome));
    }

    /** The day new evidence is dated unless the person says otherwise. */
    public LocalDate today() {
        return LocalDate.now(session.clock());
    }

    /** Forgets a piece of evidence, after the person confirms: it may be all that backs a rating. */
    public void removeEvidence(Evidence evidence) {
        if (dialogs.confirm(Messages.get("evidence.remove.title"), Messages.get("evidence.remove.header", evidence.title()),
                Messages.get("evidence.remove.body"))) {
            session.removeEvidence(evidence.id()).exceptionally(this::refused);
        }
    }

    /** Takes the reviewer's level of the chosen skill as the person's own rating. */
    public void adoptReview() {
        SkillRow row = selected.get();
        if (canAdopt()) {
            session.adoptReview(row.id()).exceptionally(this::refused);
        }
    }

    private <T> T refused(Throwable error) {
        problem.set(error instanceof BadInputException ? error.getMessage() : Messages.get("evidence.error.notSaved"));
        return null;
    }

    private void applyEvidence() {
        Map<String, List<Evidence>> bySkill = EvidenceService.bySkill(session.evidenceProperty().get());
        rows.values().forEach(row -> row.setEvidenceCount(bySkill.getOrDefault(row.id(), List.of()).size()));
        SkillRow row = selected.get();
        List<Evidence> shown = row == null ? List.of() : bySkill.getOrDefault(row.id(), List.of());
        if (!shown.equals(selectedEvidence)) {
            selectedEvidence.setAll(shown);
        }
    }

    private void applyReviews() {
        Optional<Review> latest = session.reviewsProperty().get().latest();
        rows.values().forEach(row -> row.setReviewer(latest.map(Review::reviewer).orElse(""),
                latest.map(r -> r.ratings().getOrDefault(row.id(), SkillRow.UNRATED)).orElse(SkillRow.UNRATED)));
        SkillRow row = selected.get();
        reviewSummary.set(row == null || latest.isEmpty() ? "" : summary(latest.get(), row.id()));
    }

    private static String summary(Review review, String skillId) {
        Integer level = review.ratings().get(skillId);
        String comment = review.comments().getOrDefault(skillId, "");
        String who = review.relation().isEmpty() ? review.reviewer() : review.reviewer() + " (" + review.relation() + ")";
        if (level == null && comment.isEmpty()) {
            return Messages.get("review.details.notJudged", who);
        }
        String said = level == null ? Messages.get("review.details.comment", who)
                : Messages.get("review.details.level", who, level, Level.of(level).displayName());
        return comment.isEmpty() ? said : said + " “" + comment + "”";
    }

    /** Shows only these skills in the list, e.g. those a catalog update changed; {@link #showAll()} ends it. */
    public void showOnly(Collection<String> skillIds) {
        onlySkills = Set.copyOf(skillIds);
        onlyNotice.set(onlySkills.isEmpty() ? "" : Messages.get("assess.only.notice", onlySkills.size()));
        refreshVisibleEntries();
    }

    public void showAll() {
        showOnly(Set.of());
    }

    /** Says that the list shows only some skills, and which; empty when it shows all. */
    public ReadOnlyStringProperty onlyNoticeProperty() {
        return onlyNotice.getReadOnlyProperty();
    }

    /** Selects a skill, clearing a search that hides it. */
    public void select(String skillId) {
        SkillRow row = rows.get(skillId);
        if (row != null && !visibleEntries.contains(row)) {
            search.set("");
            if (!visibleEntries.contains(row)) {
                showAll();
            }
        }
        selected.set(row);
    }

    private void applyRatings(Assessment assessment) {
        rows.values().forEach(row -> row.setLevel(assessment.rating(row.id()).orElse(SkillRow.UNRATED)));
        refreshVisibleEntries();
    }

    private void applyNotes(Map<String, String> notes) {
        rows.values().forEach(row -> row.setNote(notes.getOrDefault(row.id(), "")));
    }

    private void refreshVisibleEntries() {
        String query = search.get();
        List<AssessEntry> entries = new ArrayList<>();
        for (Category category : Category.values()) {
            List<SkillRow> wholeCategory = rows.values().stream().filter(r -> r.skill().category() == category).toList();
            List<SkillRow> inCategory = wholeCategory.stream()
                    .filter(r -> onlySkills.isEmpty() || onlySkills.contains(r.id())).toList();
            // Skills whose name matches come first: ↓ and a digit then rate the skill searched for.
            List<SkillRow> matching = new ArrayList<>(inCategory.stream().filter(r -> r.matchesName(query)).toList());
            inCategory.stream().filter(r -> !r.matchesName(query) && r.matches(query)).forEach(matching::add);
            AssessEntry.Heading heading = headings.get(category);
            heading.setRated((int) wholeCategory.stream().filter(SkillRow::rated).count());
            if (!matching.isEmpty()) {
                entries.add(heading);
                entries.addAll(matching);
            }
        }
        if (!entries.equals(visibleEntries)) {
            visibleEntries.setAll(entries);
        }
    }

    private void applyGaps(GapReport report) {
        gapSummary.set(GapSummary.of(report, session.target().name()));
    }
}
