package org.skillgap.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A Dialogs that records what would have been shown and answers as the test says. */
public final class RecordingDialogs implements Dialogs {

    public final List<String> errors = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public boolean answerConfirm = true;
    public int answerChoice = -1;
    public final List<List<String>> choicesOffered = new ArrayList<>();
    public Optional<Path> fileToSave = Optional.empty();
    public Optional<Path> fileToOpen = Optional.empty();

    @Override
    public void showError(String title, String header, String body) {
        errors.add(header + "\n" + body);
    }

    @Override
    public void showInformation(String title, String header, String body) {
        informations.add(header + "\n" + body);
    }

    @Override
    public boolean confirm(String title, String header, String body) {
        confirmations.add(header + "\n" + body);
        return answerConfirm;
    }

    @Override
    public int choose(String title, String header, String body, List<String> choices) {
        choicesOffered.add(choices);
        return answerChoice;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String extensionDescription,
                                           String extension) {
        return fileToSave;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String extensionDescription, String extension) {
        return fileToOpen;
    }
}
