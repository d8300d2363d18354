package dev.tally.extract.number;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FigureFinderTest {
    private final Tokenizer tokenizer = new Tokenizer();
    private final FigureFinder finder = new FigureFinder();

    private List<Figure> find(String s) {
        return finder.find(s, tokenizer.tokenize(s));
    }

    private String range(String s) {
        List<Figure> f = find(s);
        assertThat(f).as("figures in '%s'", s).isNotEmpty();
        var c = f.get(0).count();
        return (c.min().isPresent() ? String.valueOf(c.min().getAsLong()) : "") + ".." + (c.max().isPresent() ? String.valueOf(c.max().getAsLong()) : "");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "12 civilians | 12..12",
            "twelve civilians | 12..12",
            "Fifteen people | 15..15",
            "a dozen people | 12..12",
            "one hundred people | 100..100",
            "two hundred and fifty people | 250..250",
            "twenty-five people | 25..25",
            "24,464 missiles | 24464..24464",
            "1.3 million people | 1300000..1300000",
            "3 million people | 3000000..3000000",
            "at least 12 civilians | 12..",
            "a minimum of 12 civilians | 12..",
            "more than 20 dead | 21..",
            "over 20 | 21..",
            "well over 16,000 | 16001..",
            "more than a dozen family members | 13..",
            "over a million Iraqi lives | 1000001..",
            "more than a quarter of a million people | 250001..",
            "half a million people | 500000..500000",
            "nearly 850,000 of them | ..850000",
            "almost 40 people | ..40",
            "up to 50 others | ..50",
            "as many as 1,200 civilians | ..1200",
            "as high as 10,000 dead | ..10000",
            "about 40 people | 40..40",
            "some 860,000 residents | 860000..860000",
            "around 40 people | 40..40",
            "roughly 700 troops | 700..700",
            "an estimated 50,000 people | 50000..50000",
            "between 105 and 140 people | 105..140",
            "105 to 140 people | 105..140",
            "105-140 people | 105..140",
            "two or three people | 2..3",
            "fewer than 10 people | ..9",
            "several men | 2..9",
            "a few people | 2..9",
            "a couple of people | 2..9",
            "a couple was injured | 2..2",
            "several dozen Kurdish fighters | 24..108",
            "a few hundred people | 200..999",
            "several thousand families | 2000..9999",
            "tens of people | 10..99",
            "dozens of fighters | 12..99",
            "Dozens more | 12..99",
            "scores of people | 20..99",
            "hundreds of corpses | 100..999",
            "thousands of men | 1000..9999",
            "tens of thousands killed | 10000..99999",
            "hundreds of thousands fled | 100000..999999",
            "a number of paramedics | 2..",
            "an unspecified number of civilians | 2..",
            "an unknown number were wounded | 2..",
    })
    void readsTheRangeTheWordsState(String phrase, String expected) {
        assertThat(range(phrase)).isEqualTo(expected);
    }

    @Test
    void keepsThePhraseAsWritten() {
        assertThat(find("killed at least 12 civilians").get(0).count().phrase()).isEqualTo("at least 12");
        assertThat(find("Dozens more are claimed").get(0).count().phrase()).isEqualTo("Dozens more");
        assertThat(find("put the death toll at over 20, with").get(0).count().phrase()).isEqualTo("over 20");
    }

    @Test
    void aQualifierWithoutANumberIsNoFigure() {
        assertThat(find("over the last week, some of them")).isEmpty();
        assertThat(find("more than ever")).isEmpty();
    }

    @Test
    void numbersGroupedWrongAreNotRead() {
        assertThat(find("codes 1,2 and 12,34,5")).allSatisfy(f -> assertThat(f.count().min().getAsLong()).isLessThan(100));
    }

    /** Round trip: a number rendered in digits or words, with a qualifier, reads back to the range it states. */
    @Test
    void renderedNumbersReadBack() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            long n = 1 + random.nextInt(999_999);
            boolean words = n < 1000 && random.nextBoolean();
            String rendered = words ? NumberRendering.words(n) : NumberRendering.digits(n);
            String qualifier = List.of("", "at least ", "more than ", "nearly ", "about ").get(random.nextInt(5));
            String expected = switch (qualifier) {
                case "at least " -> n + "..";
                case "more than " -> (n + 1) + "..";
                case "nearly " -> ".." + n;
                default -> n + ".." + n;
            };
            assertThat(range("killed " + qualifier + rendered + " civilians")).as("seed %d: '%s%s'", seed, qualifier, rendered).isEqualTo(expected);
        }
    }

    @Test
    void neverThrowsOnRandomText() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String alphabet = "0123456789,.- abcdefghijklmnopqrstuvwxyz\u2013\u00A0ATLEASTover dozenshundred";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = s.toString();
            List<Token> tokens = tokenizer.tokenize(text);
            List<Figure> figures = finder.find(text, tokens);
            assertThat(figures).as("seed %d: '%s'", seed, text).allSatisfy(f -> assertThat(f.end()).isLessThanOrEqualTo(tokens.size()));
        }
    }
}
