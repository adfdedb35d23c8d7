package org.skillgap.report;

/** The paper a PDF plan is laid out for. */
public enum PageSize {
    A4("A4"),
    LETTER("letter");

    private final String css;

    PageSize(String css) {
        this.css = css;
    }

    /** The value of the CSS {@code @page { size: ... }} property. */
    String css() {
        return css;
    }
}
