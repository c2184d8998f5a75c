package org.incidentatlas.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What can be read from a passage of a news report: the numbers killed, wounded and missing, the dates it names, and
 * the known place names it mentions. Only suggestions: a coder confirms each before anything is kept.
 *
 * @param killed  the first toll of the dead, as a figure text ("13", "at least 12"), or null
 * @param wounded the first number of wounded, or null
 * @param missing the first number missing, or null
 * @param dates   the dates written out in the passage, in order
 * @param places  the known place names it mentions, in the order given
 */
public record PassageReading(String killed, String wounded, String missing, List<LocalDate> dates,
        List<String> places) {
    private static final String NUM = "(\\d{1,6}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)";
    private static final String QUAL = "(at least |more than |over |nearly |about |some )?";
    private static final String WORDS = "(?:[a-z’'-]+ ){0,4}?";
    private static final List<Pattern> KILLED = List.of(
            Pattern.compile(QUAL + NUM + " " + WORDS + "(?:were |have been |had been |was |are )?"
                    + "(?:killed|dead|died)\\b"),
            Pattern.compile("\\bkill(?:s|ed|ing) " + QUAL + NUM + "\\b"),
            Pattern.compile("death toll (?:rose to |of |to |stood at )" + QUAL + NUM + "\\b"));
    private static final List<Pattern> WOUNDED = List.of(
            Pattern.compile(QUAL + NUM + " " + WORDS + "(?:were |have been |had been |was |are )?(?:also )?"
                    + "(?:wounded|injured|hurt)\\b"),
            Pattern.compile("\\b(?:wound|injur)(?:s|ed|ing) " + QUAL + NUM + "\\b"),
            Pattern.compile("(?:killed|dead) and " + QUAL + NUM + " (?:wounded|injured)"));
    private static final List<Pattern> MISSING = List.of(
            Pattern.compile(QUAL + "(" + NUM.substring(1, NUM.length() - 1) + "|another|one more) " + WORDS
                    + "(?:is |are |was |were |remains |remain )?(?:still )?missing\\b"));
    private static final String MONTHS = "(january|february|march|april|may|june|july|august|september|october|"
            + "november|december)";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2}) " + MONTHS + ",? (\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTHS + " (\\d{1,2}),? (\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    public PassageReading {
        dates = List.copyOf(dates);
        places = List.copyOf(places);
    }

    /** Reads a passage; {@code knownPlaces} are the place names the app knows (governorates, districts, ...). */
    public static PassageReading read(String passage, Collection<String> knownPlaces) {
        String text = passage == null ? "" : passage.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        List<String> places = new ArrayList<>();
        for (String place : knownPlaces) {
            String p = place.toLowerCase(Locale.ROOT);
            if (p.length() > 2 && Pattern.compile("\\b" + Pattern.quote(p) + "\\b").matcher(text).find()
                    && !places.contains(place)) {
                places.add(place);
            }
        }
        places.sort((a, b) -> Integer.compare(text.indexOf(a.toLowerCase(Locale.ROOT)),
                text.indexOf(b.toLowerCase(Locale.ROOT))));
        return new PassageReading(first(KILLED, text), first(WOUNDED, text), first(MISSING, text), dates(text),
                places);
    }

    /** Whether anything at all was read. */
    public boolean any() {
        return killed != null || wounded != null || missing != null || !dates.isEmpty() || !places.isEmpty();
    }

    private static String first(List<Pattern> patterns, String text) {
        int best = Integer.MAX_VALUE;
        String found = null;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String qualifier = m.group(1) == null ? "" : m.group(1).strip();
                Integer n = count(m.group(2));
                if (n != null && m.start() < best) {
                    best = m.start();
                    found = switch (qualifier) {
                        case "at least" -> "at least " + n;
                        case "more than", "over" -> "more than " + n;
                        default -> Integer.toString(n);
                    };
                }
                if (n != null) {
                    break;
                }
            }
        }
        return found;
    }

    private static Integer count(String word) {
        if (word.equals("another") || word.equals("one more")) {
            return 1;
        }
        return FigureText.number(word);
    }

    private static List<LocalDate> dates(String text) {
        List<int[]> found = new ArrayList<>();
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(found, m.start(), m.group(3), month(m.group(2)), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) {
            add(found, m.start(), m.group(3), month(m.group(1)), m.group(2));
        }
        m = ISO.matcher(text);
        while (m.find()) {
            add(found, m.start(), m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        found.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<LocalDate> out = new ArrayList<>();
        for (int[] f : found) {
            LocalDate d = LocalDate.of(f[1], f[2], f[3]);
            if (!out.contains(d)) {
                out.add(d);
            }
        }
        return out;
    }

    private static void add(List<int[]> found, int at, String year, int month, String day) {
        try {
            LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
            found.add(new int[] {at, Integer.parseInt(year), month, Integer.parseInt(day)});
        } catch (DateTimeException e) {
            // not a real date ("31 September"): not a suggestion
        }
    }

    private static int month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
    }
}
