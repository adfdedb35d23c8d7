package org.skillgap.model;

/**
 * How far a piece of work or a role reaches, the scale the catalog's level wording is written in:
 * level 3 is doing the skill in one's own product or team, level 4 across a product line or
 * several teams, level 5 for a whole organisation. An experience credits no level beyond its
 * scope, and a profile's targets stay within the scope its description gives the role.
 */
public enum Scope implements Coded {
    /** Code "team" in catalog files. */
    TEAM(3),
    /** Code "product-line". */
    PRODUCT_LINE(4),
    /** Code "organisation". */
    ORGANISATION(5);

    private final int highestLevel;

    Scope(int highestLevel) {
        this.highestLevel = highestLevel;
    }

    /** The highest level work of this scope can show. */
    public int highestLevel() {
        return highestLevel;
    }
}
