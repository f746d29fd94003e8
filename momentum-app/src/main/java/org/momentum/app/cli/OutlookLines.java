package org.momentum.app.cli;

import java.io.PrintWriter;
import java.util.List;
import org.momentum.app.forecast.OutlookService;
import org.momentum.classification.Period;

/** What {@code momentum compute} says about the outlooks it made. */
final class OutlookLines {
    private OutlookLines() {}

    static void print(List<OutlookService.Made> made, PrintWriter out) {
        if (made.isEmpty()) {
            out.println("outlook: no " + OutlookService.MEASURE + " series (it needs a price file)");
            return;
        }
        if (!made.get(0).method().equals("auto")) out.println("outlook method: " + made.get(0).method() + " (auto is not available in this build)");
        for (OutlookService.Made m : made) {
            String head = "outlook " + m.key() + " from " + Period.format(m.origin()) + ": ";
            if (m.outlook() == null) out.println(head + m.note());
            else out.println(head + Period.year(m.origin()) + " " + m.outlook().statement() + (m.stored() ? "" : " (" + m.note() + ")"));
        }
        out.flush();
    }
}
