package org.skillgap.model;

/** The three families of skills the source groups an IT Product Manager's abilities into (codes: "technical"...). */
public enum Category implements Coded {
    TECHNICAL,
    BUSINESS,
    LEADERSHIP;
}
