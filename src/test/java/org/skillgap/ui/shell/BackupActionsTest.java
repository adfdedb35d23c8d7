package org.skillgap.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgap.service.StoreService;
import org.skillgap.store.Backups;
import org.skillgap.store.DataFolder;
import org.skillgap.store.SkillGapStore;
import org.skillgap.ui.BackgroundWork;
import org.skillgap.ui.RecordingDialogs;
import org.skillgap.ui.SessionFixture;

class BackupActionsTest {

    private static final BackgroundWork INLINE = new BackgroundWork() {
        @Override
        public <T> void run(String message, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            try {
                onSuccess.accept(work.call());
            } catch (Exception e) {
                onFailure.accept(e);
            }
        }
    };

    @TempDir
    Path data;

    private SkillGapStore store;
    private StoreService service;
    private final List<Throwable> saveErrors = new ArrayList<>();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<SkillGapStore> reopened = new ArrayList<>();
    private final AtomicBoolean busyShown = new AtomicBoolean();
    private BackupActions actions;
    private String skill;

    @BeforeEach
    void open() {
        store = SkillGapStore.open(data.resolve("skillgap.db"));
        skill = org.skillgap.catalog.Catalogs.bundled().skills().get(0).id();
        service = new StoreService(store, Runnable::run, saveErrors::add);
        actions = new BackupActions(DataFolder.at(data), dialogs, INLINE, SessionFixture.CLOCK);
    }

    @AfterEach
    void close() {
        service.close();
        assertThat(saveErrors).isEmpty();
        reopened.forEach(SkillGapStore::close);
    }

    private void restore() {
        actions.restore(service, () -> busyShown.set(true), reopened::add, () -> {
            throw new AssertionError("must not quit");
        }).join();
    }

    @Test
    void backUpNowMakesACopyAndSaysWhere() {
        store.rate(skill, 2);
        actions.backupNow(service);
        List<Path> backups = Backups.list(DataFolder.at(data));
        assertThat(backups).hasSize(1);
        assertThat(dialogs.texts("information")).singleElement().asString().contains(backups.get(0).toString());
    }

    @Test
    void restoringABackupBringsItsRatingsBackAndKeepsTheDataAsItWas() {
        store.rate(skill, 2);
        Path backup = Backups.backupNow(DataFolder.at(data), store, SessionFixture.CLOCK);
        store.rate(skill, 5);
        dialogs.fileToOpen = Optional.of(backup);

        restore();

        assertThat(busyShown).isTrue();
        assertThat(reopened).hasSize(1);
        assertThat(reopened.get(0).assessment().rating(skill)).hasValue(2);
        assertThat(dialogs.texts("information")).singleElement().asString().contains("restored");
        try (SkillGapStore before = SkillGapStore.open(Backups.newest(DataFolder.at(data)).orElseThrow())) {
            assertThat(before.assessment().rating(skill)).hasValue(5);
        }
    }

    @Test
    void aFileThatIsNoBackupIsRefusedAndTheDataStaysAsItWas() throws IOException {
        store.rate(skill, 4);
        dialogs.fileToOpen = Optional.of(Files.writeString(data.resolve("notes.db"), "just some text"));

        restore();

        assertThat(reopened).hasSize(1);
        assertThat(reopened.get(0).assessment().rating(skill)).hasValue(4);
        assertThat(dialogs.texts("error")).singleElement().asString().contains("not a SkillGap backup");
    }

    @Test
    void cancellingTheQuestionChangesNothing() {
        store.rate(skill, 3);
        Path backup = Backups.backupNow(DataFolder.at(data), store, SessionFixture.CLOCK);
        dialogs.fileToOpen = Optional.of(backup);
        dialogs.answerConfirm = false;

        restore();

        assertThat(busyShown).isFalse();
        assertThat(reopened).isEmpty();
        assertThat(store.assessment().rating(skill)).hasValue(3);
    }
}
