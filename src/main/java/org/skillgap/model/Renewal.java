package org.skillgap.model;

import java.util.Objects;

/**
 * How a certification is kept current, as data: every {@code periodMonths} months, with
 * {@code credits} continuing-education units of {@code creditUnit} and a fee. A certification
 * that never expires has {@code periodMonths} 0; {@link #UNKNOWN} when the catalog does not say.
 *
 * @param feeUsd the renewal fee for someone who is not a member, in US dollars (0: free)
 */
public record Renewal(int periodMonths, int credits, String creditUnit, int feeUsd) {

    /** The catalog states no renewal rule. */
    public static final Renewal UNKNOWN = new Renewal(-1, 0, "", 0);

    /** Never needs renewing. */
    public static final Renewal LIFETIME = new Renewal(0, 0, "", 0);

    public Renewal {
        creditUnit = Objects.requireNonNullElse(creditUnit, "");
    }

    public boolean isKnown() {
        return periodMonths >= 0;
    }

    public boolean expires() {
        return periodMonths > 0;
    }
}
