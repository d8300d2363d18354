package dev.tally.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ages, durations and clock times are found and flagged, never dated; counts and house numbers are no dates. */
class NonDateTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
        a boy aged 14 was among the dead                          | aged 14     | AGE
        a girl at the age of 9 was among the dead                 | age of 9    | AGE
        a 14-year-old girl was killed                             | 14-year-old | AGE
        the victim, 23 years old, was a nurse                     | 23 years old | AGE
        two attacks within 10 minutes of each other               | 10 minutes  | DURATION
        a three-day truce collapsed                               | three-day   | DURATION
        the strike hit at 6:30 a.m. local time                    | 6:30 a.m.   | CLOCK
        shortly before 7:34pm the house was hit                   | 7:34pm      | CLOCK
        at 3 PM an airstrike hit the market                       | 3 PM        | CLOCK
        shortly before 16:00 one civilian was killed              | 16:00       | CLOCK
        """)
    void flaggedAndUndated(String text, String expected, MentionKind kind) {
        List<TimeMention> found = TimeExpressionFinder.find(text, Optional.of(LocalDate.of(2017, 3, 30)));
        assertThat(found).hasSize(1);
        TimeMention m = found.get(0);
        assertThat(m.text()).isEqualTo(expected);
        assertThat(m.kind()).isEqualTo(kind);
        assertThat(m.isDate()).isFalse();
        assertThat(m.isResolved()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The US-led invasion of 2003 cost hundreds of thousands of lives. | 2003 | 2003-01-01
        The 2014 offensive displaced 500,000.                           | The 2014 offensive | 2014-01-01
        """)
    void aYearOfAnotherEventIsStillADate(String text, String expected, String from) {
        TimeMention m = TimeExpressionFinderTest.only(text, "2016-10-19");
        assertThat(m.text()).isEqualTo(expected);
        assertThat(m.granularity()).isEqualTo(Granularity.YEAR);
        assertThat(m.from()).contains(LocalDate.parse(from));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        At least 2003 people were killed.
        Some 1,200 civilians fled; 2,017 were wounded.
        The 12 March participants were freed.
        a second strike hit the rescuers
        Two people were shot in the 1900 block of Maryland Avenue.
        """)
    void countsAreNoDates(String text) {
        assertThat(TimeExpressionFinder.find(text, Optional.of(LocalDate.of(2017, 3, 30)))).filteredOn(TimeMention::isDate)
                .allSatisfy(m -> assertThat(m.text()).doesNotContain("2003", "2,017", "1,200", "second", "1900"));
    }
}
