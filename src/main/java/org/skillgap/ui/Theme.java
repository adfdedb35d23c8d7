package org.skillgap.ui;

import javafx.application.Application;
import javafx.scene.Scene;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The AtlantaFX look, plus SkillGap's own stylesheet on top. */
public final class Theme {

    private Theme() {
    }

    public static void applyLight() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static void applyDark() {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
    }

    public static void addAppStylesheet(Scene scene) {
        var css = Theme.class.getResource("/styles/skillgap.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
    }
}
