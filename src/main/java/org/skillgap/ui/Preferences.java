package org.skillgap.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.skillgap.model.Messages;
import org.skillgap.report.PageSize;
import org.skillgap.report.PlanReports;
import org.skillgap.service.LanguageSetting;

/**
 * What the person chose for the window: light or dark, the text size, the PDF's paper and the
 * language. One set for the whole app, from the welcome page on; each is read from the settings
 * once and kept there whenever it changes.
 *
 * @param darkTheme   View > Dark theme (AtlantaFX Primer light or dark)
 * @param textSize    View > Text size: the one size of the app's text
 * @param pdfPageSize File > PDF page size: the paper the PDF plan is laid out for
 * @param language    View > Language; the window's texts change to it on the next start
 */
public record Preferences(BooleanProperty darkTheme, TextSize textSize, ObjectProperty<PageSize> pdfPageSize,
                          ObjectProperty<Locale> language) {

    static final String DARK_THEME_SETTING = "ui.darkTheme";
    static final String TEXT_SIZE_SETTING = "ui.textSize";

    /** The defaults, kept nowhere: a window on its own, as in tests. */
    public Preferences() {
        this(new SimpleBooleanProperty(false), new TextSize(), new SimpleObjectProperty<>(PageSize.A4),
                new SimpleObjectProperty<>(Messages.language()));
    }

    /**
     * The preferences {@code saved} holds, each change handed to {@code keep}.
     *
     * @param saved a setting's saved value by key
     * @param keep  saves a setting (key, value)
     */
    public static Preferences kept(Function<String, Optional<String>> saved, BiConsumer<String, String> keep) {
        Preferences preferences = new Preferences();
        preferences.read(saved);
        preferences.darkTheme.addListener((obs, old, dark) -> keep.accept(DARK_THEME_SETTING, Boolean.toString(dark)));
        preferences.textSize.percentProperty().addListener((obs, old, size) -> keep.accept(TEXT_SIZE_SETTING, size.toString()));
        preferences.pdfPageSize.addListener((obs, old, size) -> keep.accept(PlanReports.PAGE_SIZE_SETTING,
                PlanReports.pageSizeSetting(size)));
        preferences.language.addListener((obs, old, chosen) -> keep.accept(LanguageSetting.KEY, LanguageSetting.value(chosen)));
        return preferences;
    }

    /**
     * Takes the look, text size and paper {@code saved} holds (after a restore, the restored
     * file's). The language is left alone: the window's texts change to it only on a start.
     */
    public void read(Function<String, Optional<String>> saved) {
        darkTheme.set(saved.apply(DARK_THEME_SETTING).map(Boolean::parseBoolean).orElse(false));
        textSize.percentProperty().set(TextSize.NORMAL);
        saved.apply(TEXT_SIZE_SETTING).ifPresent(textSize::use);
        pdfPageSize.set(PlanReports.pageSizeFrom(saved.apply(PlanReports.PAGE_SIZE_SETTING), Locale.getDefault()));
    }
}
