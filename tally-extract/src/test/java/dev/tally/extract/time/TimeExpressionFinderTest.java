package dev.tally.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeExpressionFinderTest {

    /** The one date mention in {@code text}, which must have exactly one. */
    static TimeMention only(String text, Optional<LocalDate> published) {
        List<TimeMention> dates = TimeExpressionFinder.find(text, published).stream().filter(TimeMention::isDate).toList();
        assertThat(dates).as("date mentions in '%s'", text).hasSize(1);
        return dates.get(0);
    }

    static TimeMention only(String text, String published) {
        return only(text, Optional.of(LocalDate.parse(published)));
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2} {3}..{4}")
    @CsvSource(delimiter = '|', textBlock = """
        2015-12-22 | US air strikes killed at least 12 civilians on Monday, Reuters reported. | on Monday          | 2015-12-21 | 2015-12-21 | DAY
        2015-12-22 | a US air strike that killed at least nine last Friday in the city.      | last Friday        | 2015-12-18 | 2015-12-18 | DAY
        2015-12-22 | a US air strike that killed at least nine this past Friday in the city. | this past Friday   | 2015-12-18 | 2015-12-18 | DAY
        2017-03-30 | 300 civilians have been killed in Mosul since mid-February, the UN said. | since mid-February | 2017-02-15 | 2017-03-30 | PERIOD
        2017-03-30 | Dozens more were killed in another strike last weekend, Amnesty said.    | last weekend       | 2017-03-25 | 2017-03-26 | WEEKEND
        2017-03-30 | A mosque was hit during evening prayers earlier this month.              | earlier this month | 2017-03-01 | 2017-03-30 | PERIOD
        2017-03-30 | civilian fatalities from coalition airstrikes rose to 198 in March.      | in March           | 2017-03-01 | 2017-03-31 | MONTH
        2017-03-30 | compared to 56 in February, according to the monitor.                    | in February        | 2017-02-01 | 2017-02-28 | MONTH
        2017-03-30 | 140 killed in a single March 17 strike.                                  | March 17           | 2017-03-17 | 2017-03-17 | DAY
        2017-03-30 | who lost more than a dozen family members in the March 17 attack.        | in the March 17 attack | 2017-03-17 | 2017-03-17 | DAY
        2017-06-23 | Just one US airstrike on March 17 slaughtered at least 105 men.          | on March 17        | 2017-03-17 | 2017-03-17 | DAY
        2017-07-28 | Raqqa is Being Slaughtered Silently reported on Wednesday that 36 died.  | on Wednesday       | 2017-07-26 | 2017-07-26 | DAY
        2017-06-23 | The offensive to recapture Mosul began last October.                     | last October       | 2016-10-01 | 2016-10-31 | MONTH
        2017-06-23 | In early May, the Iraqi commanders claimed to have killed 16,000.        | In early May       | 2017-05-01 | 2017-05-10 | PERIOD
        2017-06-23 | people killed between October 2016 and June 3 in the city                | between October 2016 and June 3 | 2016-10-01 | 2017-06-03 | PERIOD
        2017-03-30 | 1,782 civilians died from September 2014 through February, it said.     | from September 2014 through February | 2014-09-01 | 2015-02-28 | PERIOD
        2017-03-30 | During the past two years, the coalition struck 10,000 targets.          | During the past two years | 2015-03-30 | 2017-03-30 | PERIOD
        2017-03-30 | and by similar airstrikes in neighboring Syria in the past month.        | in the past month  | 2017-02-28 | 2017-03-30 | PERIOD
        2017-06-23 | For nine months, it has been the scene of some of the fiercest fighting. | For nine months    | 2016-09-23 | 2017-06-23 | PERIOD
        2017-07-28 | bodies pulled from the rubble in the nearly nine months of siege.        | in the nearly nine months | 2016-10-28 | 2017-07-28 | PERIOD
        2017-07-28 | the number of civilians killed during the three years of occupation.    | during the three years | 2014-07-28 | 2017-07-28 | PERIOD
        2017-06-23 | Civilian deaths have climbed since October, monitors said.               | since October      | 2016-10-01 | 2017-06-23 | PERIOD
        2017-06-23 | more than 20 were killed yesterday in the Old City.                      | yesterday          | 2017-06-22 | 2017-06-22 | DAY
        2017-06-23 | Fighters attacked the checkpoint overnight.                              | overnight          | 2017-06-22 | 2017-06-23 | PERIOD
        2017-06-23 | Three were killed last night near the bridge.                            | last night         | 2017-06-22 | 2017-06-22 | DAY
        2017-06-23 | The shelling began this morning.                                         | this morning       | 2017-06-23 | 2017-06-23 | DAY
        2017-06-23 | Twelve civilians were killed today in the strike.                        | today              | 2017-06-23 | 2017-06-23 | DAY
        2017-06-23 | the day before, four people died.                                        | the day before     | 2017-06-22 | 2017-06-22 | DAY
        2017-06-23 | an interview last week with a British newspaper                          | last week          | 2017-06-12 | 2017-06-18 | WEEK
        2017-06-23 | The ministry said earlier this week that 30 died.                        | earlier this week  | 2017-06-19 | 2017-06-23 | PERIOD
        2017-06-23 | The toll was 30 this month.                                              | this month         | 2017-06-01 | 2017-06-30 | MONTH
        2017-06-23 | The toll was 30 last month.                                              | last month         | 2017-05-01 | 2017-05-31 | MONTH
        2017-06-23 | The toll was 3,000 last year.                                            | last year          | 2016-01-01 | 2016-12-31 | YEAR
        2017-06-23 | Militants seized the town late last year.                                | late last year     | 2016-09-01 | 2016-12-31 | PERIOD
        2017-06-23 | the toll has doubled earlier this year.                                  | earlier this year  | 2017-01-01 | 2017-06-23 | PERIOD
        2017-06-23 | A car bomb killed 20 two days ago.                                       | two days ago       | 2017-06-21 | 2017-06-21 | DAY
        2017-06-23 | A car bomb killed 20 three weeks ago.                                    | three weeks ago    | 2017-05-29 | 2017-06-04 | WEEK
        2017-06-23 | The siege began in March 2003 with the invasion.                         | in March 2003      | 2003-03-01 | 2003-03-31 | MONTH
        2017-06-23 | The group lost ground in mid-February.                                   | in mid-February    | 2017-02-11 | 2017-02-20 | PERIOD
        2017-06-23 | The group took the city in late 2016.                                    | in late 2016       | 2016-09-01 | 2016-12-31 | PERIOD
        2017-06-23 | ISIS captured Mosul in 2014 without a fight.                             | in 2014            | 2014-01-01 | 2014-12-31 | YEAR
        2017-06-23 | 4,000 civilians have died since the beginning of the year.               | since the beginning of the year | 2017-01-01 | 2017-06-23 | PERIOD
        2017-06-23 | Raids have killed 900 over the past two years.                           | over the past two years | 2015-06-23 | 2017-06-23 | PERIOD
        2017-06-23 | Raids killed 30 on Monday night in the east.                             | on Monday night    | 2017-06-19 | 2017-06-19 | DAY
        2017-06-23 | Clashes erupted early Sunday in the west.                                | early Sunday       | 2017-06-18 | 2017-06-18 | DAY
        2017-06-23 | A strike this Tuesday killed nine.                                       | this Tuesday       | 2017-06-20 | 2017-06-20 | DAY
        2017-06-23 | Since mid-2012, the town has been besieged.                              | Since mid-2012     | 2012-07-01 | 2017-06-23 | PERIOD
        2017-06-23 | between 2014-2016 the toll rose                                          | between 2014-2016  | 2014-01-01 | 2016-12-31 | PERIOD
        2017-06-23 | The toll was counted on 12 Oct 2016.                                     | on 12 Oct 2016     | 2016-10-12 | 2016-10-12 | DAY
        2017-06-23 | The toll was counted on Oct. 12 in Aleppo.                               | on Oct. 12         | 2016-10-12 | 2016-10-12 | DAY
        2017-06-23 | The toll was counted on October 7th in Aleppo.                           | on October 7th     | 2016-10-07 | 2016-10-07 | DAY
        2017-06-23 | the worst attack since the 1980s, experts said.                        | since the 1980s    | 1980-01-01 | 2017-06-23 | PERIOD
        2017-06-23 | Records from 2017-03-17 show it.                                         | 2017-03-17         | 2017-03-17 | 2017-03-17 | DAY
        2017-06-23 | Clashes on March 17-18, 2016 killed 40.                                  | on March 17-18, 2016 | 2016-03-17 | 2016-03-18 | PERIOD
        2017-06-23 | Clashes on 7-9 October killed 40.                                        | on 7-9 October     | 2016-10-07 | 2016-10-09 | PERIOD
        2017-06-23 | On the night of Thursday, November 2nd 2016, a strike hit the house.     | On the night of Thursday, November 2nd 2016 | 2016-11-02 | 2016-11-02 | DAY
        2017-06-23 | one civilian died on the 25th of October 2016 after a bombardment        | on the 25th of October 2016 | 2016-10-25 | 2016-10-25 | DAY
        """)
    void resolvesAgainstPublication(String published, String text, String expected, String from, String to, Granularity granularity) {
        TimeMention m = only(text, published);
        assertThat(m.text()).isEqualTo(expected);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(expected);
        assertThat(m.from()).contains(LocalDate.parse(from));
        assertThat(m.to()).contains(LocalDate.parse(to));
        assertThat(m.granularity()).isEqualTo(granularity);
    }

    @Test
    void aHolidayOnAFixedDayIsThatDayOfTheYearBeforeTheReport() {
        TimeMention m = only("Police shot three people early New Year's Day on the Far South Side.", Optional.of(LocalDate.of(2014, 1, 4)));
        assertThat(m.text()).isEqualTo("early New Year's Day");
        assertThat(m.from()).contains(LocalDate.of(2014, 1, 1));
        assertThat(only("A man was shot on Christmas Eve.", Optional.of(LocalDate.of(2014, 1, 4))).from()).contains(LocalDate.of(2013, 12, 24));
        // "the new year" names no holiday
        assertThat(TimeExpressionFinder.find("Three people were killed in the new year.", Optional.of(LocalDate.of(2014, 1, 4)))).isEmpty();
    }

    @Test
    void absoluteDatesWithAYearResolveWithoutPublication() {
        TimeMention m = only("On 7th October, 2023, a paramedic was injured.", Optional.empty());
        assertThat(m.text()).isEqualTo("On 7th October, 2023");
        assertThat(m.from()).contains(LocalDate.of(2023, 10, 7));
        assertThat(m.to()).contains(LocalDate.of(2023, 10, 7));
    }

    @Test
    void relativeExpressionsKeepTheirTextWithoutPublication() {
        List<TimeMention> found = TimeExpressionFinder.find("Strikes killed 12 on Monday and 30 last weekend, and more on March 17.", Optional.empty());
        assertThat(found).extracting(TimeMention::text).containsExactly("on Monday", "last weekend", "on March 17");
        assertThat(found).allSatisfy(m -> assertThat(m.isResolved()).isFalse());
        assertThat(found.get(0).toTimeSpan().text()).contains("on Monday");
        assertThat(found.get(0).toTimeSpan().start()).isEmpty();
    }

    @Test
    void aYearNamedInTheSentenceWinsOverPublication() {
        List<TimeMention> found = TimeExpressionFinder.find(
                "On October 9, 2023, a strike hit the market, and on October 10 another hit the camp.", Optional.of(LocalDate.of(2024, 6, 1)));
        assertThat(found).extracting(TimeMention::text).containsExactly("On October 9, 2023", "on October 10");
        assertThat(found.get(1).from()).contains(LocalDate.of(2023, 10, 10));
    }

    @Test
    void aYearInAnotherSentenceDoesNotCount() {
        List<TimeMention> found = TimeExpressionFinder.find("The war began in 2011. On March 17 a strike killed 40.", Optional.of(LocalDate.of(2017, 3, 30)));
        assertThat(found).extracting(TimeMention::text).containsExactly("in 2011", "On March 17");
        assertThat(found.get(1).from()).contains(LocalDate.of(2017, 3, 17));
    }

    @Test
    void mentionsAreSortedAndTheLongerReadingWins() {
        String text = "On Tuesday, October 10, 2023, at least two civilians were killed; on Monday, 30 more.";
        List<TimeMention> found = TimeExpressionFinder.find(text, Optional.of(LocalDate.of(2023, 10, 12)));
        assertThat(found).extracting(TimeMention::text).containsExactly("On Tuesday, October 10, 2023", "on Monday");
        assertThat(found.get(1).from()).contains(LocalDate.of(2023, 10, 9));
    }

    @Test
    void toTimeSpanCarriesTextAndDays() {
        TimeMention m = only("killed at least 12 civilians on Monday", "2015-12-22");
        assertThat(m.toTimeSpan().text()).contains("on Monday");
        assertThat(m.toTimeSpan().start()).contains(LocalDate.of(2015, 12, 21));
        assertThat(m.toTimeSpan().end()).contains(LocalDate.of(2015, 12, 21));
        assertThat(m.span().of("killed at least 12 civilians on Monday")).isEqualTo("on Monday");
    }

    @Test
    void aCountBeforeAMonthWithItsOwnDayIsNoDay() {
        TimeMention m = only("Clashes killed 12 March 17 near the border.", "2017-03-30");
        assertThat(m.text()).isEqualTo("March 17");
    }

    @Test
    void verbsAndModalsAreNoMonths() {
        String text = "Protesters march on the capital. They may return. May God help them. Aug was his name.";
        assertThat(TimeExpressionFinder.find(text, Optional.of(LocalDate.of(2017, 3, 30)))).isEmpty();
    }
}
