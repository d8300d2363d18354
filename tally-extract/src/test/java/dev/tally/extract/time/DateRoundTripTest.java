package dev.tally.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Dates written out by java.time in the ways news writes them, then read back: parse(render(x)) == x. */
class DateRoundTripTest {
    private static final List<String> PATTERNS = List.of(
            "d MMMM yyyy", "MMMM d, yyyy", "MMMM d yyyy", "yyyy-MM-dd", "EEEE, MMMM d, yyyy", "EEE dd MMM yyyy",
            "dd.MM.yyyy", "d MMM yyyy", "EEEE d MMMM yyyy", "dd-MM-yyyy");

    private static long seed() {
        long seed = Long.getLong("time.seed", System.nanoTime());
        System.out.println("DateRoundTripTest seed: " + seed + " (replay with -Dtime.seed=" + seed + ")");
        return seed;
    }

    private static String ordinal(int day) {
        if (day >= 11 && day <= 13) return day + "th";
        return day + switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    @Test
    void writtenDatesReadBack() {
        SplittableRandom r = new SplittableRandom(seed());
        for (int k = 0; k < 2000; k++) {
            LocalDate date = LocalDate.ofEpochDay(r.nextLong(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2050, 12, 31).toEpochDay()));
            String written = r.nextInt(PATTERNS.size() + 1) == 0
                    ? "the " + ordinal(date.getDayOfMonth()) + " of " + DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH).format(date)
                    : DateTimeFormatter.ofPattern(PATTERNS.get(r.nextInt(PATTERNS.size())), Locale.ENGLISH).format(date);
            String text = "Strikes killed 12 people on " + written + ", officials said.";
            TimeMention m = TimeExpressionFinderTest.only(text, r.nextBoolean() ? Optional.empty() : Optional.of(LocalDate.of(2051, 1, 1)));
            assertThat(m.text()).as(text).isEqualTo("on " + written);
            assertThat(m.from()).as(text).contains(date);
            assertThat(m.to()).as(text).contains(date);
        }
    }

    @Test
    void countedDaysReadBack() {
        SplittableRandom r = new SplittableRandom(seed());
        for (int k = 0; k < 500; k++) {
            LocalDate published = LocalDate.ofEpochDay(r.nextLong(0, 40_000));
            int n = 1 + r.nextInt(400);
            TimeMention ago = TimeExpressionFinderTest.only("It happened " + n + " days ago.", published.toString());
            assertThat(ago.from()).contains(published.minusDays(n));
            TimeMention past = TimeExpressionFinderTest.only("Raids killed 40 over the past " + n + " days.", published.toString());
            assertThat(past.from()).contains(published.minusDays(n - 1)); // the past n days, today among them
            assertThat(past.to()).contains(published);
        }
    }
}
