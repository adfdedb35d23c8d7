package org.skillgap.model;

import java.util.Optional;

/** The three families of skills the source groups an IT Product Manager's abilities into (codes: "technical"...). */
public enum Category implements Coded {
    TECHNICAL,
    BUSINESS,
    LEADERSHIP;

    public static Optional<Category> fromId(String id) {
        return Coded.fromId(Category.class, id);
    }
}
