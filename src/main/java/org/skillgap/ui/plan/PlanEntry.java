package org.skillgap.ui.plan;

/** A line of the checklist: a group heading (Now, Next, Later or a month), or a plan item. */
public sealed interface PlanEntry permits PlanEntry.Heading, PlanRow {

    record Heading(String title, int count) implements PlanEntry {
    }
}
