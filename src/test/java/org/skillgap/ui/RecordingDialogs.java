package org.skillgap.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A {@link Dialogs} for tests: records every dialog that would have been shown, and answers
 * choice dialogs by picking the choice a given function names (as a person would click it).
 */
public final class RecordingDialogs implements Dialogs {

    /** One dialog as shown: its kind ("error", "information", "choose"...), texts and choices. */
    public record Shown(String kind, String title, String header, String body, List<String> choices) {
    }

    public final List<Shown> shown = new ArrayList<>();
    private final Function<List<String>, Integer> picker;
    /** What a confirmation is answered with. */
    public boolean answerConfirm = true;
    /** The file a save or open dialog returns; empty is a person pressing Cancel. */
    public Optional<Path> fileToSave = Optional.empty();
    public Optional<Path> fileToOpen = Optional.empty();

    /** Closes every choice dialog without picking (a person pressing Escape). */
    public RecordingDialogs() {
        this(choices -> -1);
    }

    /** {@code picker} gets the choices offered and returns the index to pick, or -1 to close the dialog. */
    public RecordingDialogs(Function<List<String>, Integer> picker) {
        this.picker = picker;
    }

    /** Picks the first choice that starts with {@code label}, failing the test when none does. */
    public static RecordingDialogs picking(String label) {
        return new RecordingDialogs(choices -> {
            for (int i = 0; i < choices.size(); i++) {
                if (choices.get(i).startsWith(label)) {
                    return i;
                }
            }
            throw new AssertionError("No choice '" + label + "' among " + choices);
        });
    }

    public List<Shown> of(String kind) {
        return shown.stream().filter(s -> s.kind().equals(kind)).toList();
    }

    @Override
    public void showError(String title, String header, String body) {
        shown.add(new Shown("error", title, header, body, List.of()));
    }

    @Override
    public void showInformation(String title, String header, String body) {
        shown.add(new Shown("information", title, header, body, List.of()));
    }

    @Override
    public boolean confirm(String title, String header, String body) {
        shown.add(new Shown("confirm", title, header, body, List.of()));
        return answerConfirm;
    }

    /** Records the button texts as the choices, yes first. */
    @Override
    public boolean confirm(String title, String header, String body, String yesText, String noText) {
        shown.add(new Shown("confirm", title, header, body, List.of(yesText, noText)));
        return answerConfirm;
    }

    @Override
    public int choose(String title, String header, String body, List<String> choices) {
        shown.add(new Shown("choose", title, header, body, List.copyOf(choices)));
        if (of("choose").size() > 5) {
            throw new AssertionError("Asked the same question again and again: " + shown);
        }
        return picker.apply(choices);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String extensionDescription, String extension) {
        return fileToSave;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String extensionDescription, String extension) {
        return fileToOpen;
    }

    /** Header and body of each dialog of a kind, as one text each, for assertions on wording. */
    public List<String> texts(String kind) {
        return of(kind).stream().map(s -> s.header() + "\n" + s.body()).toList();
    }
}
