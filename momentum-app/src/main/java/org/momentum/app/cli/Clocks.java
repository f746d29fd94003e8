package org.momentum.app.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.momentum.classification.Period;

/**
 * The current statistical month and the current instant, both controllable for rehearsals and tests:
 * MOMENTUM_TODAY=YYYY-MM sets the month, MOMENTUM_NOW=date-time (see {@link #parseInstant}) stops the clock at
 * that instant (release cut-offs, approvals and the server's publication scheduler read it).
 */
public final class Clocks {
    /** China Standard Time: the statistical calendar's zone, and the zone of date-times given without one. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Clocks() {}

    public static int currentPeriod() {
        String env = System.getenv("MOMENTUM_TODAY");
        if (env != null && !env.isBlank()) return Period.parse(env.trim().substring(0, 7));
        return Period.of(YearMonth.now(CHINA));
    }

    /** The system clock, or a clock stopped at MOMENTUM_NOW. */
    public static Clock clock() {
        String env = System.getenv("MOMENTUM_NOW");
        if (env != null && !env.isBlank()) return Clock.fixed(parseInstant(env.trim()), CHINA);
        return Clock.system(CHINA);
    }

    /** The clock's instant to the microsecond, the store's precision (an instant read back equals the one written). */
    public static Instant now(Clock clock) { return clock.instant().truncatedTo(ChronoUnit.MICROS); }

    /**
     * An instant from ISO-8601 text: with an offset or Z ({@code 2018-04-17T09:30:00+08:00}), or a local date-time
     * ({@code 2018-04-17T09:30}) in China Standard Time. Throws IllegalArgumentException saying what is accepted.
     */
    public static Instant parseInstant(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s).atZone(CHINA).toInstant().truncatedTo(ChronoUnit.MICROS);
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("'" + s + "' is not an ISO date-time such as 2018-04-17T09:30:00+08:00 (without an offset: China time)");
            }
        }
    }

    /**
     * Like {@link #parseInstant}, and a plain date ({@code 2018-04-17}) means the end of that day in China time:
     * "as of 17 April" includes what was published on the 17th, as ALFRED's vintage dates do.
     */
    public static Instant parseInstantOrDate(String s) {
        if (s.length() == 10) {
            try {
                return LocalDate.parse(s).plusDays(1).atStartOfDay(CHINA).toInstant().minus(1, ChronoUnit.MICROS);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + s + "' is not a date YYYY-MM-DD or an ISO date-time such as 2018-04-17T09:30:00+08:00");
            }
        }
        return parseInstant(s);
    }
}
