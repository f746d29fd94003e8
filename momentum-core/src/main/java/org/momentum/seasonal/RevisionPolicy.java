package org.momentum.seasonal;

import java.util.Locale;

/**
 * What a new release may change in a series' model (JDemetra+'s estimation policies, EstimationPolicyType; the
 * field notes' "refresh only recent outliers, fixed models"). All but {@link #COMPLETE} start from the model
 * saved at the previous release ({@link SavedModel}); a series without one is identified completely.
 */
public enum RevisionPolicy {
    /** Re-identify everything: transformation, ARIMA orders, outliers, coefficients (JDemetra+ Complete). */
    COMPLETE,
    /** Keep transformation, orders and known outliers; look for new outliers in the last 12 months only; re-estimate coefficients (JDemetra+ LastOutliers). */
    OUTLIERS,
    /** Keep transformation, orders and outliers; re-estimate every coefficient (JDemetra+ FreeParameters). */
    PARAMETERS,
    /** Keep the model with all its coefficients; estimate nothing (JDemetra+ Fixed): new months only extend the filters. */
    FIXED;

    /** The lower-case name used on the command line and in the store. */
    public String code() { return name().toLowerCase(Locale.ROOT); }

    public static RevisionPolicy parse(String s) {
        for (RevisionPolicy p : values()) if (p.code().equalsIgnoreCase(s == null ? "" : s.trim())) return p;
        throw new IllegalArgumentException("revision policy must be complete, outliers, parameters or fixed, not '" + s + "'");
    }
}
