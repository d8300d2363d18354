package dev.tally.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDateFinderTest {
    private static final Path SEEDS = Path.of("..", "examples", "seeds");

    private static String seed(String prefix) throws IOException {
        try (var files = Files.list(SEEDS)) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(p);
        }
    }

    @ParameterizedTest(name = "seed {0} -> {1}")
    @CsvSource({"001, 2017-06-23, 23 June 2017", "002, 2017-07-28, 28 July 2017"})
    void readsTheSeedBylines(String seed, String date, String text) throws IOException {
        String article = seed(seed);
        Dated d = PublicationDateFinder.find(article).orElseThrow();
        assertThat(d.date()).contains(LocalDate.parse(date));
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.span().of(article)).isEqualTo(text);
    }

    @Test
    void seedsWithoutADatelineHaveNone() throws IOException {
        assertThat(PublicationDateFinder.find(seed("000"))).isEmpty();
        assertThat(PublicationDateFinder.find(seed("004"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        James Cogan\\n23 June 2017\\n\\nIraqi government army and police   | 2017-06-23
        Bill Van Auken 28 July 2017\\n\\nTwo weeks after                    | 2017-07-28
        Syria attack\\n\\nWed 05 Apr 2017 Syria attack kills 58 people      | 2017-04-05
        Title of the story\\n\\nPublished April 2 2017 Syrian forces said  | 2017-04-02
        Strikes kill 20\\n\\nDate of publication 29 August 2016 Airstrikes | 2016-08-29
        Strikes kill 20\\n\\n11.10.2017(updated 1838 11.10.2017) At least  | 2017-10-11
        Strikes kill 20\\n\\n27-02-2016 Six civilians were killed          | 2016-02-27
        Strikes kill 20 Monitor AFP Saturday 11 Jul 2015 Syrias regime    | 2015-07-11
        Posted on July 20 2016 by a staff writer                          | 2016-07-20
        Bombing kills 30\\n\\nLast updated at Oct 262016 A car bomb killed   | 2016-10-26
        """)
    void readsDatelines(String text, String date) {
        String article = text.replace("\\n", "\n");
        assertThat(PublicationDateFinder.find(article).flatMap(Dated::date)).contains(LocalDate.parse(date));
    }

    @Test
    void aWireDatelineGivesTheDayButNotTheYear() {
        String article = "BAGHDAD, March 20 (Reuters) - Iraqi forces pushed into the Old City on Monday.";
        Dated d = PublicationDateFinder.find(article).orElseThrow();
        assertThat(d.text()).isEqualTo("March 20");
        assertThat(d.monthDay()).isEqualTo(MonthDay.of(3, 20));
        assertThat(d.year()).isEmpty();
        assertThat(d.date()).isEmpty();
        assertThat(d.withYear(Year.of(2017)).date()).contains(LocalDate.of(2017, 3, 20));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        CHARLOTTE, N.C. (WTNH) -- A shooting left two people dead on Monday.
        On October 9, 2023, an alleged Israeli airstrike hit a market in Jabalia.
        October 9, 2023, was the deadliest day of the week in the camp.
        Eight people were killed on November 5, 2023, when two missiles hit.
        A strike hit the house on either the 9th or 10th of October, 2023. The first source
        In the early morning hours of Sunday, October 22nd, 2023, a strike hit the house.
        """)
    void eventDatesInSentencesAreNoDatelines(String text) {
        assertThat(PublicationDateFinder.find(text)).isEmpty();
    }

    @Test
    void onlyTheOpeningOfTheTextCounts() {
        String article = "Headline\n\n" + "x ".repeat(PublicationDateFinder.WINDOW) + "\n23 June 2017\n";
        assertThat(PublicationDateFinder.find(article)).isEmpty();
        assertThat(PublicationDateFinder.find("Headline\n\n23 June 2017\n" + "x ".repeat(1000))).map(Dated::date).contains(Optional.of(LocalDate.of(2017, 6, 23)));
    }
}
