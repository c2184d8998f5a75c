package org.incidentatlas.ingest;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.incidentatlas.domain.Incident;

/**
 * Synthetic incidents for testing at scale, never real data: a deterministic generator (same count and seed, same
 * bytes) of UCDP GED-shaped rows. Events cluster around real Iraqi cities (weighted by size, scattered by a normal
 * spread), follow the rise and fall of violence 2003-2018, have heavy-tailed death counts (a Pareto tail: most
 * events kill a few, a few kill hundreds), one to four reports from several outlets, and the usual mix of date
 * precisions (most to the day, some over days, a month or a year). Ids start at {@link #FIRST_ID} so they never meet
 * real GED ids; every headline says "synthetic".
 */
public final class SyntheticGed {
    public static final long FIRST_ID = 900_000_001L;
    public static final List<String> COLUMNS = List.of("id", "year", "active_year", "start_year", "end_year",
            "type_of_violence", "conflict_new_id", "conflict_name", "dyad_new_id", "dyad_name", "side_a_new_id",
            "gwnoa", "side_a", "side_b_new_id", "gwnob", "side_b", "number_of_sources", "source_article",
            "source_office", "source_date", "source_headline", "source_original", "where_prec", "where_coordinates",
            "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "iso3",
            "region", "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
            "deaths_civilians", "deaths_unknown", "low", "best", "high");
    private static final String VERSION = "synthetic";

    /** Name, governorate, latitude, longitude, weight, spread in degrees. */
    private static final Object[][] CITIES = {
        {"Baghdad", "Baghdad province", 33.315, 44.366, 30, 0.10},
        {"Mosul", "Nīnawá province", 36.340, 43.130, 14, 0.07},
        {"Ramadi", "Al Anbār province", 33.426, 43.299, 7, 0.05},
        {"Fallujah", "Al Anbār province", 33.355, 43.786, 7, 0.04},
        {"Baqubah", "Diyālá province", 33.747, 44.643, 7, 0.06},
        {"Kirkuk", "Kirkūk province", 35.468, 44.392, 6, 0.06},
        {"Tikrit", "Şalāḩ ad Dīn province", 34.607, 43.678, 4, 0.05},
        {"Samarra", "Şalāḩ ad Dīn province", 34.196, 43.874, 4, 0.04},
        {"Basra", "Al Başrah province", 30.508, 47.783, 5, 0.07},
        {"Hillah", "Bābil province", 32.483, 44.433, 3, 0.05},
        {"Karbala", "Karbalā' province", 32.616, 44.024, 2, 0.03},
        {"Najaf", "An Najaf province", 32.000, 44.336, 2, 0.03},
        {"Kut", "Wāsiţ province", 32.512, 45.818, 1, 0.04},
        {"Nasiriyah", "Dhī Qār province", 31.052, 46.261, 1, 0.04},
        {"Tal Afar", "Nīnawá province", 36.377, 42.449, 2, 0.03},
        {"Haditha", "Al Anbār province", 34.139, 42.378, 1, 0.03},
        {"Baiji", "Şalāḩ ad Dīn province", 34.929, 43.493, 1, 0.03},
        {"Erbil", "Arbīl province", 36.191, 44.009, 1, 0.05},
        {"Sinjar", "Nīnawá province", 36.323, 41.876, 1, 0.04},
        {"Tuz Khurmatu", "Şalāḩ ad Dīn province", 34.883, 44.633, 1, 0.03},
    };
    /** Relative intensity of violence per year from 2003. */
    private static final int[] YEAR_WEIGHTS = {2, 5, 7, 10, 10, 6, 3, 3, 2, 3, 6, 10, 8, 7, 6, 2};
    private static final int FIRST_YEAR = 2003;
    private static final String[] OUTLETS = {"Agence France Presse", "Reuters News", "Associated Press Newswires",
        "BBC Monitoring Middle East", "Xinhua General News Service", "Iraq Body Count", "Al Sumaria News"};
    private static final String[][] SIDES = {
        {"Government of Iraq", "IS"}, {"IS", "PUK"}, {"IS", "Civilians"}};
    private static final String[] CONFLICTS = {"Iraq: Government", "IS - PUK", "IS - Civilians"};

    private final SplittableRandom random;
    private final int totalCityWeight;
    private final int totalYearWeight;
    private long next;

    public SyntheticGed(long seed) {
        this.random = new SplittableRandom(seed);
        int c = 0;
        for (Object[] city : CITIES) {
            c += (int) city[4];
        }
        totalCityWeight = c;
        int y = 0;
        for (int w : YEAR_WEIGHTS) {
            y += w;
        }
        totalYearWeight = y;
    }

    /** Writes a GED CSV file of {@code count} synthetic incidents (header first) that {@code import} reads. */
    public static void writeCsv(Writer out, long count, long seed) throws IOException {
        SyntheticGed generator = new SyntheticGed(seed);
        out.write(String.join(",", COLUMNS));
        out.write('\n');
        StringBuilder line = new StringBuilder(512);
        for (long i = 0; i < count; i++) {
            line.setLength(0);
            String[] row = generator.nextRow();
            for (int k = 0; k < row.length; k++) {
                if (k > 0) {
                    line.append(',');
                }
                quoted(line, row[k]);
            }
            line.append('\n');
            out.write(line.toString());
        }
    }

    /** Hands {@code count} synthetic incidents (the same as {@link #writeCsv} writes) to {@code sink} in batches. */
    public static void incidents(long count, long seed, int batch, Consumer<List<Incident>> sink) {
        SyntheticGed generator = new SyntheticGed(seed);
        Map<String, Integer> columns = new HashMap<>();
        for (int k = 0; k < COLUMNS.size(); k++) {
            columns.put(COLUMNS.get(k), k);
        }
        GedRowMapper mapper = new GedRowMapper(columns, VERSION);
        List<Incident> incidents = new ArrayList<>(batch);
        for (long i = 0; i < count; i++) {
            incidents.add(mapper.toIncident(generator.nextRow()));
            if (incidents.size() == batch || i == count - 1) {
                sink.accept(incidents);
                incidents = new ArrayList<>(batch);
            }
        }
    }

    /** The next row, in {@link #COLUMNS} order. */
    public String[] nextRow() {
        long id = FIRST_ID + next++;
        Object[] city = pickCity();
        int type = pickType();
        double lat = round((double) city[2] + random.nextGaussian() * (double) city[5]);
        double lon = round((double) city[3] + random.nextGaussian() * (double) city[5] * 1.2);
        int precision = pickPrecision();
        LocalDate start = pickDay();
        LocalDate end = start;
        if (precision == 2) {
            end = start.plusDays(1 + random.nextInt(5));
        } else if (precision == 3) {
            end = start.plusDays(6);
        }
        if (precision == 4) {
            start = start.withDayOfMonth(1);
            end = start.withDayOfMonth(start.lengthOfMonth());
        } else if (precision == 5) {
            start = start.withDayOfYear(1);
            end = start.withDayOfYear(start.lengthOfYear());
        }
        if (end.getYear() >= FIRST_YEAR + YEAR_WEIGHTS.length) {
            start = start.minusDays(7);
            end = end.minusDays(7);
        }
        int best = heavyTail();
        int low = Math.max(0, best - random.nextInt(best / 4 + 1));
        int high = best + random.nextInt(best / 2 + 1) + (random.nextInt(10) == 0 ? heavyTail() : 0);
        int civilians = type == 3 ? best : random.nextInt(best + 1) / 3;
        int sideA = type == 3 ? 0 : random.nextInt(best - civilians + 1);
        int unknown = best - civilians - sideA;
        String[] sides = SIDES[type - 1];
        String[] sources = sources(start, end, city[0] + "", best);
        String[] r = new String[COLUMNS.size()];
        int k = 0;
        Object[] values = {id, start.getYear(), 1, start.getYear(), end.getYear(), type, "",
            CONFLICTS[type - 1], "", "", "", "", sides[0], "", "", sides[1], sources[4], sources[0], sources[1],
            sources[2], sources[3], "", 1 + (random.nextInt(4) == 0 ? 1 : 0), city[0] + " town", city[1], "",
            lat, lon, "POINT (" + lon + " " + lat + ")", "", "Iraq", "", "IRQ", "", 1, precision, start, end,
            sideA, 0, civilians, unknown, low, best, high};
        for (Object v : values) {
            r[k++] = String.valueOf(v);
        }
        return r;
    }

    /** article, office, date, headline, count. */
    private String[] sources(LocalDate start, LocalDate end, String place, int deaths) {
        int n = 1 + (int) Math.min(3, Math.floor(-Math.log(random.nextDouble()) * 0.8));
        List<String> article = new ArrayList<>();
        List<String> office = new ArrayList<>();
        List<String> date = new ArrayList<>();
        List<String> headline = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
            String published = end.plusDays(random.nextInt(3)).toString();
            String title = "Synthetic report: " + (deaths + random.nextInt(3)) + " killed near " + place;
            article.add("\"" + outlet + "," + published + "," + title + "\"");
            office.add(outlet);
            date.add(published);
            headline.add(title);
        }
        return new String[] {String.join(";", article), String.join(";", office), String.join(";", date),
            String.join(";", headline), Integer.toString(n)};
    }

    private Object[] pickCity() {
        int w = random.nextInt(totalCityWeight);
        for (Object[] city : CITIES) {
            w -= (int) city[4];
            if (w < 0) {
                return city;
            }
        }
        return CITIES[0];
    }

    private int pickType() {
        int t = random.nextInt(100);
        return t < 35 ? 1 : t < 45 ? 2 : 3;
    }

    private int pickPrecision() {
        int p = random.nextInt(100);
        return p < 72 ? 1 : p < 87 ? 2 : p < 92 ? 3 : p < 99 ? 4 : 5;
    }

    private LocalDate pickDay() {
        int w = random.nextInt(totalYearWeight);
        int year = FIRST_YEAR;
        for (int weight : YEAR_WEIGHTS) {
            w -= weight;
            if (w < 0) {
                break;
            }
            year++;
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        return first.plusDays(random.nextInt(first.lengthOfYear()));
    }

    /** Deaths with a Pareto tail: P(best >= k) about k^-1.2 for k >= 1, capped at 1,500; one in 20 is 0. */
    private int heavyTail() {
        double u = 1 - random.nextDouble();
        int deaths = (int) Math.min(1500, Math.floor(Math.pow(u, -1 / 1.2)));
        return random.nextInt(20) == 0 ? 0 : deaths;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private static void quoted(StringBuilder line, String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            line.append(value);
            return;
        }
        line.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
