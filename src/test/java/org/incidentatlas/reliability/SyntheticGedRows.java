package org.incidentatlas.reliability;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A minimal writer of synthetic, GED-shaped CSV rows for load and crash tests: every GED column the importer reads,
 * plausible values over Iraq, reproducible from a seed. Not real data; not a general generator.
 */
public final class SyntheticGedRows {
    static final String HEADER = "id,year,active_year,type_of_violence,conflict_new_id,conflict_name,side_a,side_b,"
            + "number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,"
            + "where_coordinates,adm_1,adm_2,latitude,longitude,country,region,event_clarity,date_prec,date_start,"
            + "date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,low,best,high";
    private static final String[] PLACES = {"Baghdad city", "Mosul city", "Kirkuk city", "Ramadi town",
        "Al Fallujah town", "Tikrit town", "Samarra town", "Basra city"};
    private static final LocalDate FIRST = LocalDate.of(1989, 1, 1);

    private SyntheticGedRows() {
    }

    /** Writes a header and {@code rows} rows with ids {@code firstId, firstId + 1, ...}. */
    public static void write(Path file, long firstId, int rows, long seed) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < rows; i++) {
                row(w, firstId + i, random);
            }
        }
    }

    private static void row(Writer w, long id, SplittableRandom r) throws IOException {
        LocalDate start = FIRST.plusDays(r.nextInt(30 * 365));
        LocalDate end = start.plusDays(r.nextInt(3));
        int civilians = r.nextInt(20);
        int unknown = r.nextInt(5);
        int best = civilians + unknown;
        String place = PLACES[r.nextInt(PLACES.length)];
        String outlet = r.nextBoolean() ? "Agence France Presse" : "Reuters News";
        String headline = "Attack near " + place + " kills " + best;
        StringBuilder b = new StringBuilder(400);
        b.append(id).append(',').append(start.getYear()).append(",1,").append(1 + r.nextInt(3)).append(",259,")
                .append("Iraq: Government,Government of Iraq,IS,1,")
                .append("\"\"\"").append(outlet).append(',').append(start).append(',').append(headline)
                .append("\"\"\",").append(outlet).append(',').append(start).append(',').append(headline)
                .append(",Police,").append(1 + r.nextInt(5)).append(',').append(place)
                .append(",Baghdad province,Baghdad district,")
                .append(String.format(java.util.Locale.ROOT, "%.6f,%.6f", 29.5 + r.nextDouble() * 7.5,
                        39.0 + r.nextDouble() * 9.0))
                .append(",Iraq,Middle East,1,").append(1 + r.nextInt(5)).append(',').append(start).append(',')
                .append(end).append(",0,0,").append(civilians).append(',').append(unknown).append(',')
                .append(best).append(',').append(best).append(',').append(best + r.nextInt(4)).append('\n');
        w.write(b.toString());
    }
}
