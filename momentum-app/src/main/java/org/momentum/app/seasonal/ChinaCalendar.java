package org.momentum.app.seasonal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.momentum.csv.CsvParser;
import org.momentum.seasonal.Regressor;
import org.momentum.seasonal.SpringFestivalRegressor;
import org.momentum.seasonal.WorkingDayRegressor;

/**
 * China's calendar as shipped in resources org/momentum/app/calendar (copies of shared/data/calendar; sources and
 * licences in the README there): Spring Festival dates 1990–2050 and the State Council's holidays and adjusted
 * working days, whose yearly notices cover {@code firstYear..lastYear}.
 */
public record ChinaCalendar(List<LocalDate> springFestivals, Map<LocalDate, Boolean> officialDays, int firstYear, int lastYear) {
    public ChinaCalendar {
        springFestivals = List.copyOf(springFestivals);
        officialDays = Map.copyOf(officialDays);
    }

    public static ChinaCalendar shipped() {
        List<LocalDate> sf = new ArrayList<>();
        for (String[] f : rows("spring-festival.csv", "year,date,weekday,ganzhi,zodiac")) sf.add(LocalDate.parse(f[1]));
        Map<LocalDate, Boolean> days = new HashMap<>();
        int first = Integer.MAX_VALUE, last = Integer.MIN_VALUE;
        for (String[] f : rows("china-holidays.csv", "date,name,is_off_day,source_year")) {
            days.put(LocalDate.parse(f[0]), Boolean.parseBoolean(f[2]));
            int y = Integer.parseInt(f[3]);            // notices are filed by year (README): their span is the coverage
            first = Math.min(first, y);
            last = Math.max(last, y);
        }
        return new ChinaCalendar(sf, days, first, last);
    }

    /** The Spring Festival regressors for the windows, then the working-day regressor "wd". */
    public List<Regressor> regressors(List<SpringFestivalRegressor.Window> windows) {
        List<Regressor> r = new ArrayList<>(SpringFestivalRegressor.of(springFestivals, windows));
        r.add(WorkingDayRegressor.of(officialDays, firstYear, lastYear));
        return List.copyOf(r);
    }

    private static List<String[]> rows(String name, String header) {
        try (InputStream in = ChinaCalendar.class.getResourceAsStream("/org/momentum/app/calendar/" + name)) {
            if (in == null) throw new IllegalStateException("calendar resource " + name + " missing from the build");
            CsvParser p = new CsvParser(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            if (!p.next() || !String.join(",", p.fields()).equals(header))
                throw new IllegalStateException("calendar resource " + name + " does not start with " + header);
            List<String[]> out = new ArrayList<>();
            while (p.next()) out.add(p.fields());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
