package dev.tally.extract.time;

import static dev.tally.extract.time.TimeExpressionFinderTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Weekdays on every publication weekday, month and year ends, leap years. */
class CalendarEdgesTest {

    /** Publication on each day of the week of Monday 2017-03-27, against each weekday named. */
    static Stream<Arguments> publicationDayAndWeekday() {
        return Stream.iterate(LocalDate.of(2017, 3, 27), d -> d.plusDays(1)).limit(7)
                .flatMap(p -> Stream.of(DayOfWeek.values()).map(w -> Arguments.of(p, w)));
    }

    /** The reference: walk back a day at a time from publication (or the day before it) to the weekday. */
    private static LocalDate walkBack(LocalDate from, DayOfWeek w) {
        LocalDate d = from;
        while (d.getDayOfWeek() != w) d = d.minusDays(1);
        return d;
    }

    private static String name(DayOfWeek w) {
        return w.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    @ParameterizedTest(name = "published {0}: on {1}")
    @MethodSource("publicationDayAndWeekday")
    void onWeekdayIsTheLatestOnOrBeforePublication(LocalDate published, DayOfWeek w) {
        TimeMention m = only("Ten people were killed on " + name(w) + " in the city.", published.toString());
        assertThat(m.text()).isEqualTo("on " + name(w));
        assertThat(m.from()).contains(walkBack(published, w));
        assertThat(m.to()).isEqualTo(m.from());
        assertThat(m.from().get()).isAfter(published.minusDays(7));
    }

    @ParameterizedTest(name = "published {0}: last {1}")
    @MethodSource("publicationDayAndWeekday")
    void lastWeekdayIsTheLatestBeforePublication(LocalDate published, DayOfWeek w) {
        TimeMention m = only("Ten people were killed last " + name(w) + " in the city.", published.toString());
        assertThat(m.text()).isEqualTo("last " + name(w));
        assertThat(m.from()).contains(walkBack(published.minusDays(1), w));
        assertThat(m.from().get()).isBefore(published);
    }

    @ParameterizedTest(name = "published {0}: {1} -> {2}..{3}")
    @CsvSource(delimiter = '|', textBlock = """
        2017-01-05 | in December              | 2016-12-01 | 2016-12-31
        2017-01-05 | December 31              | 2016-12-31 | 2016-12-31
        2017-01-01 | December 31              | 2016-12-31 | 2016-12-31
        2016-12-31 | January 1                | 2016-01-01 | 2016-01-01
        2016-12-31 | December 31              | 2016-12-31 | 2016-12-31
        2017-03-30 | March 17                 | 2017-03-17 | 2017-03-17
        2017-03-16 | March 17                 | 2016-03-17 | 2016-03-17
        2017-01-01 | yesterday                | 2016-12-31 | 2016-12-31
        2017-03-01 | yesterday                | 2017-02-28 | 2017-02-28
        2016-03-01 | yesterday                | 2016-02-29 | 2016-02-29
        2017-01-15 | last month               | 2016-12-01 | 2016-12-31
        2017-01-04 | last week                | 2016-12-26 | 2017-01-01
        2017-01-01 | last week                | 2016-12-19 | 2016-12-25
        2017-01-01 | earlier this month       | 2017-01-01 | 2017-01-01
        2017-01-01 | last year                | 2016-01-01 | 2016-12-31
        2016-03-01 | February 29              | 2016-02-29 | 2016-02-29
        2017-03-01 | February 29              | 2016-02-29 | 2016-02-29
        2016-02-28 | February 29              | 2012-02-29 | 2012-02-29
        2016-03-10 | in February              | 2016-02-01 | 2016-02-29
        2017-03-10 | in February              | 2017-02-01 | 2017-02-28
        2017-03-10 | in late February         | 2017-02-21 | 2017-02-28
        2016-03-10 | in late February         | 2016-02-21 | 2016-02-29
        2017-03-26 | last weekend             | 2017-03-18 | 2017-03-19
        2017-03-25 | last weekend             | 2017-03-18 | 2017-03-19
        2017-03-27 | last weekend             | 2017-03-25 | 2017-03-26
        2017-03-26 | this weekend             | 2017-03-25 | 2017-03-26
        2017-01-02 | last weekend             | 2016-12-31 | 2017-01-01
        2017-02-15 | since mid-February       | 2017-02-15 | 2017-02-15
        2017-01-10 | since December           | 2016-12-01 | 2017-01-10
        2016-06-15 | since the war began in March 2011 | 2011-03-01 | 2016-06-15
        2016-06-15 | since it started with the repression of anti-government protests in 2011 | 2011-01-01 | 2016-06-15
        2017-01-10 | in the past month        | 2016-12-10 | 2017-01-10
        2016-07-01 | during the last five days | 2016-06-27 | 2016-07-01
        2016-03-31 | in the past month        | 2016-02-29 | 2016-03-31
        2017-01-01 | two days ago             | 2016-12-30 | 2016-12-30
        2017-01-10 | two months ago           | 2016-11-01 | 2016-11-30
        """)
    void monthAndYearEnds(String published, String text, String from, String to) {
        TimeMention m = only("Clashes killed twelve people " + text + ", medics said.", published);
        assertThat(m.text()).isEqualTo(text);
        assertThat(m.from()).contains(LocalDate.parse(from));
        assertThat(m.to()).contains(LocalDate.parse(to));
    }
}
