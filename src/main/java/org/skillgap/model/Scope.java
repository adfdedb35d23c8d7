package org.skillgap.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * How far a piece of work or a role reaches, the scale the catalog's level wording is written in:
 * level 3 is doing the skill in one's own product or team, level 4 across a product line or
 * several teams, level 5 for a whole organisation. An experience credits no level beyond its
 * scope, and a profile's targets stay within the scope its description gives the role.
 */
public enum Scope {
    TEAM("team", 3),
    PRODUCT_LINE("product-line", 4),
    ORGANISATION("organisation", 5);

    private final String id;
    private final int highestLevel;

    Scope(String id, int highestLevel) {
        this.id = id;
        this.highestLevel = highestLevel;
    }

    /** The id used in catalog files: {@code team}, {@code product-line}, {@code organisation}. */
    public String id() {
        return id;
    }

    /** The highest level work of this scope can show. */
    public int highestLevel() {
        return highestLevel;
    }

    public static Optional<Scope> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
