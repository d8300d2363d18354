package dev.tally.extract.number;

import java.util.Locale;

/** Renders numbers the ways articles write them, for round-trip tests of the reader. */
final class NumberRendering {
    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

    private NumberRendering() {
    }

    static String digits(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** Words for 1..999: "two hundred and fifty-one". */
    static String words(long n) {
        StringBuilder s = new StringBuilder();
        if (n >= 100) {
            s.append(SMALL[(int) (n / 100)]).append(" hundred");
            n %= 100;
            if (n == 0) return s.toString();
            s.append(" and ");
        }
        if (n < 20) return s.append(SMALL[(int) n]).toString();
        s.append(TENS[(int) (n / 10)]);
        if (n % 10 != 0) s.append('-').append(SMALL[(int) (n % 10)]);
        return s.toString();
    }
}
