package dev.tally.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * What every output must satisfy, on seeded random text: no exception, spans inside the text and
 * equal to the mention text, sorted and non-overlapping, both days or none, same answer twice.
 * Replay a failure with {@code -Dtime.seed=<seed>}.
 */
class TimeContractTest {
    private static final String[] FRAGMENTS = {
        "March", "march", "MARCH", "May", "may", "Oct", "Oct.", "Sept", "February", "Monday", "monday", "Wed", "Sunday",
        "on", "in", "since", "between", "and", "from", "to", "through", "the", "of", "last", "this", "next", "past",
        "early", "mid", "late", "the end of", "earlier", "today", "yesterday", "overnight", "night", "week", "weekend",
        "month", "year", "years", "days", "hours", "minutes", "ago", "aged", "old", "a", "a few", "several", "nine",
        "twenty", "over the past", "for", "during", "attack", "strike", "a.m.", "pm", "GMT", "Reuters", "BAGHDAD",
        "Published", "th", "st", "17th", "2017", "1999", "2101", "0", "00", "29", "31", "32", "99", "123456789012",
        "-", "–", "—", ".", ",", ":", "/", "(", ")", "'", "’", "\"", "?", "!", " ", " ", " ", "\n", "\n\n", "\t",
        "\u00A0", "\uD83D\uDE00", "\uD800", "\uDC00", "İ", "ß", "é", "١٢", "三月"
    };

    private static long seed() {
        long seed = Long.getLong("time.seed", System.nanoTime());
        System.out.println("TimeContractTest seed: " + seed + " (replay with -Dtime.seed=" + seed + ")");
        return seed;
    }

    private static String randomText(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(120);
        for (int k = 0; k < n; k++) {
            int kind = r.nextInt(10);
            if (kind < 6) b.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
            else if (kind < 8) b.append(r.nextInt(3000));
            else b.append((char) r.nextInt(0x3000));
            if (r.nextInt(3) > 0) b.append(' ');
        }
        return b.toString();
    }

    private static Optional<LocalDate> randomPublished(SplittableRandom r) {
        return switch (r.nextInt(6)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(r.nextBoolean() ? LocalDate.MIN : LocalDate.MAX);
            case 2 -> Optional.of(LocalDate.of(r.nextBoolean() ? 1 : 9999, 1 + r.nextInt(12), 1 + r.nextInt(28)));
            default -> Optional.of(LocalDate.ofEpochDay(r.nextLong(-20_000, 40_000)));
        };
    }

    @Test
    void randomTextNeverBreaksTheContract() {
        SplittableRandom r = new SplittableRandom(seed());
        for (int iteration = 0; iteration < 3000; iteration++) {
            String text = randomText(r);
            Optional<LocalDate> published = randomPublished(r);
            List<TimeMention> found = TimeExpressionFinder.find(text, published);
            assertContract(text, found);
            assertThat(TimeExpressionFinder.find(text, published)).as("deterministic on: %s", text).isEqualTo(found);
            PublicationDateFinder.find(text).ifPresent(d -> {
                assertThat(d.span().end()).isLessThanOrEqualTo(text.length());
                assertThat(d.span().start()).isLessThan(PublicationDateFinder.WINDOW);
                assertThat(d.span().of(text)).isEqualTo(d.text());
            });
        }
    }

    @Test
    void emptyAndDegenerateTexts() {
        for (String text : new String[] {"", " ", "\n\n\n", "on", "March", "31", "-", "2017-", "17,", "\uD800", "the the the"}) {
            assertContract(text, TimeExpressionFinder.find(text, Optional.of(LocalDate.of(2017, 3, 30))));
            assertThat(PublicationDateFinder.find(text)).isEmpty();
        }
    }

    @Test
    void longTextsStayLinear() {
        String text = "On March 17 and in 2016, ".repeat(20_000) + "since mid-February" + " killed".repeat(50_000);
        List<TimeMention> found = TimeExpressionFinder.find(text, Optional.of(LocalDate.of(2017, 3, 30)));
        assertContract(text, found);
        assertThat(found).hasSize(40_001);
    }

    static void assertContract(String text, List<TimeMention> found) {
        int previousEnd = 0;
        for (TimeMention m : found) {
            assertThat(m.start()).as("start of %s in: %s", m, text).isGreaterThanOrEqualTo(previousEnd);
            assertThat(m.end()).isGreaterThan(m.start()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            assertThat(m.from().isPresent()).isEqualTo(m.to().isPresent());
            m.from().ifPresent(f -> assertThat(m.to().get()).isAfterOrEqualTo(f));
            previousEnd = m.end();
        }
    }
}
