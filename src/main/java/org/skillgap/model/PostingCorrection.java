package org.skillgap.model;

/**
 * A person's correction of what was read from a posting, for one skill (codes: "added", "dropped",
 * "required"): the reading missed a skill the job asks for, found one it does not, or took a
 * must-have for a wish.
 */
public enum PostingCorrection implements Coded {
    ADDED,
    DROPPED,
    REQUIRED;
}
