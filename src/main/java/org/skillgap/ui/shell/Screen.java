package org.skillgap.ui.shell;

import org.skillgap.model.Messages;

/** The screens the navigation switches between. */
public enum Screen {
    ASSESS("nav.assess"),
    PLAN("nav.plan"),
    PROGRESS("nav.progress"),
    POSTINGS("postings.nav");

    private final String messageKey;

    Screen(String messageKey) {
        this.messageKey = messageKey;
    }

    public String title() {
        return Messages.get(messageKey);
    }
}
