package org.momentum.quality;

import java.util.ArrayList;
import java.util.List;

/** The figures an enterprise wrote by hand over the last twelve months: every flow and product quantity. */
final class DigitWindow {
    private DigitWindow() {}

    /** The flows of formats.md and the product quantities present in the panel. */
    static List<String> indicators(QualityContext ctx) {
        List<String> out = new ArrayList<>();
        for (String f : QualityContext.FLOWS) if (ctx.has(f)) out.add(f);
        for (String m : ctx.panel().measures()) if (m.startsWith("product.")) out.add(m);
        return out;
    }
}
