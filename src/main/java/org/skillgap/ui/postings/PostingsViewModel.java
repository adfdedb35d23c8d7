package org.skillgap.ui.postings;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.skillgap.gap.GapCalculator;
import org.skillgap.gap.GapReport;
import org.skillgap.gap.SkillGap;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Messages;
import org.skillgap.model.PostingCorrection;
import org.skillgap.model.SavedPosting;
import org.skillgap.model.Skill;
import org.skillgap.posting.Emphasis;
import org.skillgap.posting.PhraseMatch;
import org.skillgap.posting.Posting;
import org.skillgap.posting.PostingSkill;
import org.skillgap.store.AppLog;
import org.skillgap.ui.BackgroundWork;
import org.skillgap.ui.Dialogs;
import org.skillgap.ui.RefreshWhenShown;
import org.skillgap.ui.ScreenModel;
import org.skillgap.ui.Session;

/**
 * The Postings screen: the job postings a person keeps, their fit for each next to their own
 * target, and the selected one's text with the phrases that name skills, which the person may
 * correct. A posting is read off the UI thread (a file may be a PDF), then kept through the session.
 */
public final class PostingsViewModel extends ScreenModel {

    private static final Logger LOG = AppLog.logger(PostingsViewModel.class);

    private final Session session;
    private final Dialogs dialogs;
    private final BackgroundWork background;
    private final RefreshWhenShown refreshWhenShown = new RefreshWhenShown(this::refresh);
    /** Reading a posting again is pure: kept readings are reused until the posting or its corrections change. */
    private final Map<SavedPosting, Posting> readings = new HashMap<>();

    private final ReadOnlyObjectWrapper<List<PostingRow>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ObjectProperty<Optional<Long>> selectedId = new SimpleObjectProperty<>(Optional.empty());
    private final ReadOnlyObjectWrapper<PostingDetail> detail = new ReadOnlyObjectWrapper<>(PostingDetail.NONE);
    private final ReadOnlyStringWrapper ownTarget = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(false);
    private final StringProperty pasted = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");

    public PostingsViewModel(Session session, Dialogs dialogs, BackgroundWork background) {
        this.session = session;
        this.dialogs = dialogs;
        this.background = background;
        own(session.postingsProperty().subscribe(this::dataChanged));
        own(session.gapReportProperty().subscribe(this::dataChanged));
        selectedId.addListener((obs, old, id) -> showSelected());
        refresh();
    }

    private void dataChanged() {
        refreshWhenShown.dataChanged();
    }

    /** Whether the screen is on show; a hidden one catches up with the data when shown again. */
    public void setShown(boolean shown) {
        refreshWhenShown.setShown(shown);
    }

    // ---- state ----

    /** The kept postings, oldest first, each with the person's fit. */
    public ReadOnlyObjectProperty<List<PostingRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The id of the posting shown in detail, set by the list's selection. */
    public ObjectProperty<Optional<Long>> selectedIdProperty() {
        return selectedId;
    }

    /** The selected posting's text, skills and summary; {@link PostingDetail#NONE} with none selected. */
    public ReadOnlyObjectProperty<PostingDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    private Optional<PostingRow> selected() {
        return detail.get().row();
    }

    /** The person's readiness for their own target, to compare the postings' fit with. */
    public ReadOnlyStringProperty ownTargetProperty() {
        return ownTarget.getReadOnlyProperty();
    }

    /** What the last action did, or why a posting was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while a posting is being read. */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** The text the person pasted or typed, to keep as a posting. */
    public StringProperty pastedProperty() {
        return pasted;
    }

    /** Whether there is pasted text to keep (not only spaces) and no posting being read. */
    public BooleanBinding canKeepPasted() {
        return Bindings.createBooleanBinding(() -> !pasted.get().isBlank() && !reading.get(), pasted, reading);
    }

    /** The title to keep it under; blank for the posting's first line. */
    public StringProperty titleProperty() {
        return title;
    }

    // ---- commands ----

    /** Reads and keeps the pasted text; refused, it stays in the text area with the reason shown. */
    public void addPasted() {
        String text = pasted.get();
        Optional<String> named = Optional.of(title.get());
        read(() -> session.postingRules().fromPasted(text, named, Instant.now(session.clock())), true);
    }

    /** Asks for a posting file and keeps it. */
    public void openFile() {
        dialogs.chooseFileToOpen(Messages.get("postings.open.title"), Messages.get("postings.open.filter"),
                List.of("txt", "md", "html", "htm", "pdf")).ifPresent(this::addFile);
    }

    public void addFile(Path file) {
        Optional<String> named = Optional.of(title.get());
        read(() -> session.postingRules().fromFile(file, named, Instant.now(session.clock())), false);
    }

    private void read(Supplier<SavedPosting> work, boolean fromPasted) {
        reading.set(true);
        message.set("");
        background.run(Messages.get("postings.busy.reading"), work::get, checked -> session.addPosting(checked)
                .whenComplete((kept, error) -> {
                    if (error != null) {
                        refused(error);
                    } else {
                        if (fromPasted) {
                            pasted.set("");
                        }
                        title.set("");
                        refresh();
                        selectedId.set(Optional.of(kept.id()));
                        message.set(Messages.get("postings.added", kept.title()));
                    }
                    reading.set(false);
                }), error -> {
                    reading.set(false);
                    refused(error);
                });
    }

    private void refused(Throwable error) {
        if (error instanceof BadInputException bad) {
            message.set(bad.getMessage());
        } else {
            LOG.log(Level.SEVERE, "Could not keep a posting", error);
            message.set(Messages.get("postings.error.unexpected"));
        }
    }

    /** Forgets the selected posting, after the person confirms. */
    public void removeSelected() {
        selected().ifPresent(row -> {
            if (dialogs.confirm(Messages.get("postings.remove.title"), Messages.get("postings.remove.header", row.saved().title()),
                    Messages.get("postings.remove.body"))) {
                session.removePosting(row.saved());
                selectedId.set(Optional.empty());
                message.set(Messages.get("postings.removed", row.saved().title()));
            }
        });
    }

    /** The person says the selected posting asks for {@code skillId}, which the reading missed. */
    public void addSkill(String skillId) {
        correct(skillId, Optional.of(PostingCorrection.ADDED));
    }

    /** The person says the selected posting does not ask for {@code skillId}. */
    public void dropSkill(String skillId) {
        correct(skillId, Optional.of(PostingCorrection.DROPPED));
    }

    /** The person says the selected posting requires {@code skillId}. */
    public void requireSkill(String skillId) {
        correct(skillId, Optional.of(PostingCorrection.REQUIRED));
    }

    /** The skill as the posting's text has it again. */
    public void undoCorrection(String skillId) {
        correct(skillId, Optional.empty());
    }

    private void correct(String skillId, Optional<PostingCorrection> correction) {
        selected().ifPresent(row -> {
            session.correctPosting(row.saved(), skillId, correction);
            refresh();
        });
    }

    /** Assess, Plan, Progress and the PDF measure against the selected posting (true) or the person's role. */
    public void followSelected(boolean follow) {
        session.follow(follow ? selected().map(PostingRow::saved) : Optional.empty());
        refresh();
    }

    // ---- refreshing ----

    private void refresh() {
        Optional<Long> followed = session.followedProperty().get().map(SavedPosting::id);
        List<PostingRow> list = new ArrayList<>();
        Map<SavedPosting, Posting> stillKept = new HashMap<>();
        for (SavedPosting saved : session.postingsProperty().get()) {
            Posting posting = readings.computeIfAbsent(saved, session.postingRules()::read);
            stillKept.put(saved, posting);
            GapReport fit = session.postingRules().fit(posting, session.assessment());
            list.add(new PostingRow(saved, posting, fit, followed.equals(Optional.of(saved.id()))));
        }
        readings.keySet().retainAll(stillKept.keySet());
        rows.set(List.copyOf(list));
        GapReport own = GapCalculator.calculate(session.catalog(), session.ownTarget(), session.assessment());
        ownTarget.set(Messages.get("postings.ownTarget", session.ownTarget().name(), own.readinessPercent()));
        showSelected();
    }

    private void showSelected() {
        detail.set(selectedId.get().flatMap(id -> rows.get().stream().filter(r -> r.id() == id).findFirst())
                .map(this::detail).orElse(PostingDetail.NONE));
    }

    private PostingDetail detail(PostingRow row) {
        Posting posting = row.posting();
        GapReport fit = row.fit();
        List<SkillLine> lines = new ArrayList<>();
        for (PostingSkill s : posting.skills()) {
            lines.add(new SkillLine(s.skillId(), name(s.skillId()), s.emphasis(), s.phraseTexts(),
                    Optional.ofNullable(row.saved().corrections().get(s.skillId())), gap(fit, s.skillId())));
        }
        lines.sort(Comparator.comparing(SkillLine::emphasis));
        List<Skill> addable = session.catalog().skills().stream().filter(s -> posting.skill(s.id()).isEmpty()).toList();
        String blockers = fit.blockers().stream().map(g -> g.skill().name()).collect(Collectors.joining(", "));
        String summary = Messages.get("postings.summary", fit.readinessPercent(), posting.baseProfile().name(),
                posting.withEmphasis(Emphasis.REQUIRED).size(), posting.withEmphasis(Emphasis.PREFERRED).size(),
                posting.withEmphasis(Emphasis.DESCRIBED).size(), fit.blockers().size(), blockers);
        return new PostingDetail(Optional.of(row), parts(posting), lines, addable, summary);
    }

    /** The text cut at the phrases of the skills the posting asks for, in order. */
    static List<TextPart> parts(Posting posting) {
        List<PhraseMatch> matches = new ArrayList<>();
        Map<String, Emphasis> emphasis = new HashMap<>();
        for (PostingSkill s : posting.skills()) {
            matches.addAll(s.phrases());
            emphasis.put(s.skillId(), s.emphasis());
        }
        matches.sort(Comparator.comparingInt(PhraseMatch::start));
        List<TextPart> result = new ArrayList<>();
        String text = posting.text();
        int at = 0;
        for (PhraseMatch m : matches) {
            if (m.start() < at) {
                continue;
            }
            if (m.start() > at) {
                result.add(TextPart.plain(text.substring(at, m.start())));
            }
            result.add(new TextPart(text.substring(m.start(), m.end()), Optional.of(m.skillId()),
                    Optional.of(emphasis.get(m.skillId()))));
            at = m.end();
        }
        if (at < text.length()) {
            result.add(TextPart.plain(text.substring(at)));
        }
        return List.copyOf(result);
    }

    private String name(String skillId) {
        return session.catalog().skill(skillId).map(Skill::name).orElse(skillId);
    }

    private static SkillGap gap(GapReport report, String skillId) {
        return report.skills().stream().filter(g -> g.skill().id().equals(skillId)).findFirst().orElseThrow();
    }
}
