package dev.tally.bench;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Applies a {@link Variation} to text in one left-to-right pass: dates move by the variation's days
 * (written the way they were: "23 June 2017", "March 17", "June 2014", "2014"), the cities it names
 * are swapped, and figures written in digits change a little. Dates far from publication, decimals,
 * and numbers inside words ("F-16") stay. Immutable and thread-safe.
 */
final class Rewriter {
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final String YEAR = "(?:19|20)\\d\\d";
    /** No letter, digit, point, hyphen or slash just before a number: it is not part of a word, a decimal or a code. */
    private static final String NUMBER_START = "(?<![\\w.\\-/,])";
    private static final String NUMBER_END = "(?![\\w/]|[.,]\\d)";

    private final Pattern pattern;

    /** @param cities the city names to swap where a variation maps them */
    Rewriter(Collection<String> cities) {
        String names = cities.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        // Every alternative starts with a digit or a capital: the look-ahead skips other characters fast.
        pattern = Pattern.compile("(?=[0-9A-Z])(?:" + String.join("|",
                "\\b(?<dmy>(?<d1>\\d{1,2}) (?<m1>" + MONTH + ") (?<y1>" + YEAR + "))\\b",
                "\\b(?<mdy>(?<m2>" + MONTH + ") (?<d2>\\d{1,2}), (?<y2>" + YEAR + "))\\b",
                "\\b(?<my>(?<m3>" + MONTH + ") (?<y3>" + YEAR + "))\\b",
                "\\b(?<md>(?<m4>" + MONTH + ") (?<d4>\\d{1,2}))\\b",
                "\\b(?<dm>(?<d5>\\d{1,2}) (?<m5>" + MONTH + "))\\b",
                NUMBER_START + "(?<year>" + YEAR + ")" + NUMBER_END,
                "\\b(?<city>" + names + ")\\b",
                NUMBER_START + "(?<decimal>\\d+\\.\\d+)",
                NUMBER_START + "(?<number>\\d{1,3}(?:,\\d{3})+|\\d+)" + NUMBER_END) + ")");
    }

    /** {@code text} with {@code v} applied, and the edits that made it. */
    Rewrite rewrite(String text, Variation v) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        List<Rewrite.Edit> edits = new ArrayList<>();
        int at = 0;
        while (m.find()) {
            String replacement = replacement(m, v);
            if (replacement.equals(m.group())) continue;
            out.append(text, at, m.start());
            int newFrom = out.length();
            out.append(replacement);
            edits.add(new Rewrite.Edit(m.start(), m.end(), newFrom, out.length()));
            at = m.end();
        }
        out.append(text, at, text.length());
        return new Rewrite(out.toString(), edits);
    }

    private static String replacement(Matcher m, Variation v) {
        if (m.group("dmy") != null) {
            return fullDate(m, v, "d1", "m1", "y1", d -> d.getDayOfMonth() + " " + name(d.getMonth()) + " " + d.getYear());
        }
        if (m.group("mdy") != null) {
            return fullDate(m, v, "d2", "m2", "y2", d -> name(d.getMonth()) + " " + d.getDayOfMonth() + ", " + d.getYear());
        }
        if (m.group("my") != null) {
            int year = Integer.parseInt(m.group("y3"));
            if (!v.recent(year)) return m.group();
            LocalDate d = v.shift(LocalDate.of(year, month(m.group("m3")), 15));
            return name(d.getMonth()) + " " + d.getYear();
        }
        if (m.group("md") != null) {
            return v.dayOf(month(m.group("m4")), Integer.parseInt(m.group("d4"))).map(v::shift)
                    .map(d -> name(d.getMonth()) + " " + d.getDayOfMonth()).orElse(m.group());
        }
        if (m.group("dm") != null) {
            return v.dayOf(month(m.group("m5")), Integer.parseInt(m.group("d5"))).map(v::shift)
                    .map(d -> d.getDayOfMonth() + " " + name(d.getMonth())).orElse(m.group());
        }
        if (m.group("year") != null) {
            int year = Integer.parseInt(m.group("year"));
            return v.recent(year) ? Integer.toString(v.shiftYear(year)) : m.group();
        }
        if (m.group("city") != null) return v.cities().getOrDefault(m.group("city"), m.group());
        if (m.group("number") != null) return figure(m.group("number"), v);
        return m.group();
    }

    private static String fullDate(Matcher m, Variation v, String day, String month, String year,
                                   java.util.function.Function<LocalDate, String> render) {
        int y = Integer.parseInt(m.group(year));
        int d = Integer.parseInt(m.group(day));
        Month mo = month(m.group(month));
        if (!v.recent(y) || d < 1 || d > mo.length(java.time.Year.isLeap(y))) return m.group();
        return render.apply(v.shift(LocalDate.of(y, mo, d)));
    }

    private static String figure(String written, Variation v) {
        boolean grouped = written.indexOf(',') >= 0;
        String digits = grouped ? written.replace(",", "") : written;
        if (digits.length() > 15) return written;
        long changed = v.figure(Long.parseLong(digits));
        // "900" that grows past 999 is written the way the article writes thousands: "1,100"
        boolean group = grouped || (digits.length() <= 3 && changed >= 1000);
        return group ? String.format(Locale.ROOT, "%,d", changed) : Long.toString(changed);
    }

    private static Month month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static String name(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
