package org.skillgap.model;

/** The kinds of step a plan is made of. */
public enum ItemType implements Coded {
    CERTIFICATION,
    DEGREE,
    COURSE,
    EXPERIENCE,
    NETWORKING,
    PORTFOLIO,
    LEARNING;
}
