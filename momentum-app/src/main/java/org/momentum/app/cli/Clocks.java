package org.momentum.app.cli;

import java.time.YearMonth;
import java.time.ZoneId;
import org.momentum.classification.Period;

/** The current statistical month (China Standard Time); MOMENTUM_TODAY=YYYY-MM overrides it for rehearsals. */
public final class Clocks {
    private Clocks() {}

    public static int currentPeriod() {
        String env = System.getenv("MOMENTUM_TODAY");
        if (env != null && !env.isBlank()) return Period.parse(env.trim().substring(0, 7));
        return Period.of(YearMonth.now(ZoneId.of("Asia/Shanghai")));
    }
}
