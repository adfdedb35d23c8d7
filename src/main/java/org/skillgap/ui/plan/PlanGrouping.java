package org.skillgap.ui.plan;

import org.skillgap.model.Messages;

/** How the checklist is grouped. */
public enum PlanGrouping {
    HORIZON("plan.group.horizon"),
    MONTH("plan.group.month");

    private final String messageKey;

    PlanGrouping(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String toString() {
        return Messages.get(messageKey);
    }
}
