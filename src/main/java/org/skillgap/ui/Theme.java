package org.skillgap.ui;

import javafx.application.Application;
import javafx.scene.Scene;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/**
 * The AtlantaFX look, plus SkillGap's own stylesheet on top. SkillGap's colours are looked-up
 * colours in that stylesheet's {@code .root} block, so both themes are checked in one place.
 */
public final class Theme {

    private Theme() {
    }

    public static void applyLight() {
        Application.setUserAgentStylesheet(baseStylesheet(false));
    }

    public static void applyDark() {
        Application.setUserAgentStylesheet(baseStylesheet(true));
    }

    /** The AtlantaFX stylesheet of the dark or the light theme. */
    public static String baseStylesheet(boolean dark) {
        return dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    public static void addAppStylesheet(Scene scene) {
        var css = Theme.class.getResource("/styles/skillgap.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
    }
}
