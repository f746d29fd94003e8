package org.momentum.seasonal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test copies of /work/shared/data/calendar (source notes in the README next to them). */
final class CalendarFiles {
    private CalendarFiles() {}

    static List<String[]> rows(String file) {
        try (var in = CalendarFiles.class.getResourceAsStream(file);
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> out = new ArrayList<>();
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) if (!line.isBlank()) out.add(line.split(","));
            return out;
        } catch (Exception e) { throw new IllegalStateException(file, e); }
    }

    static List<LocalDate> springFestivals() {
        List<LocalDate> d = new ArrayList<>();
        for (String[] r : rows("spring-festival.csv")) d.add(LocalDate.parse(r[1]));
        return d;
    }

    static Map<LocalDate, Boolean> officialDays() {
        Map<LocalDate, Boolean> m = new HashMap<>();
        for (String[] r : rows("china-holidays.csv")) m.put(LocalDate.parse(r[0]), Boolean.parseBoolean(r[2]));
        return m;
    }

    /** Default regressors: Spring Festival (-20..+7) over 1990–2050 and working days over 2007–2026. */
    static List<Regressor> regressors() {
        List<Regressor> r = new ArrayList<>(SpringFestivalRegressor.of(springFestivals(), SpringFestivalRegressor.defaultWindows()));
        r.add(WorkingDayRegressor.of(officialDays(), 2007, 2026));
        return r;
    }
}
