package org.skillgap.cli;

/** Opens the desktop window; given by the app, so the command line does not depend on JavaFX. */
@FunctionalInterface
public interface WindowOpener {

    /** Shows the window and returns when the person closes it. */
    void open(SkillGapCommand options);
}
