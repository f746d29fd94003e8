package org.momentum.dissemination.press;

import java.util.List;

/**
 * The numbers a press release states, read from one release: the month, headline growth of output at constant
 * prices for all industry (month on a year earlier and year to date), every division's contribution to the
 * month's growth, and the press-release products. Names come from the classification and the indicator list.
 */
public record PressFigures(int period, Figure monthGrowth, Figure ytdGrowth, List<Division> divisions, List<ProductOutput> products) {
    public PressFigures {
        divisions = List.copyOf(divisions);
        products = List.copyOf(products);
    }

    /** A division (GB/T 4754-2017, two digits) with its contribution to growth in percentage points and its own growth. */
    public record Division(String code, String nameEn, String nameZh, Figure contributionPp, Figure growth) {}

    /** A product's output (in its unit) and growth, for the month and the year to date. */
    public record ProductOutput(String code, String nameEn, String nameZh, String unitEn, String unitZh,
                                Figure month, Figure monthGrowth, Figure ytd, Figure ytdGrowth) {
        public boolean any() {
            return month.status() != null || ytd.status() != null || monthGrowth.status() != null || ytdGrowth.status() != null;
        }
    }
}
