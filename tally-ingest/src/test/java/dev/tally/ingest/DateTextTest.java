package dev.tally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2017-06-23|2017-06-23",
        "2017-06-23T21:40:00+03:00|2017-06-23",
        "2017-06-23T01:30:00+0300|2017-06-23",
        "2017-06-23 08:00:00|2017-06-23",
        "2017/6/3|2017-06-03",
        "Tue, 04 Oct 2016 01:30:00 +0300|2016-10-04",
        "Wed, 5 Oct 2016 14:00:00 GMT|2016-10-05",
        "23 June 2017|2017-06-23",
        "Published 23rd Jun. 2017, 10:02|2017-06-23",
        "June 23, 2017|2017-06-23",
        "Sept. 4, 2015|2015-09-04",
    })
    void readsDatesAsWritten(String text, String expected) {
        assertThat(DateText.parse(text)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2017-02-30", "2017-13-01", "yesterday", "Monday 23", "23 Smarch 2017", "''"})
    void refusesWhatIsNotADay(String text) {
        assertThat(DateText.parse(text)).isEmpty();
    }

    @Test
    void roundTripsEveryWrittenForm() {
        long seed = Long.getLong("tally.seed", new Random().nextLong());
        System.out.println("DateTextTest seed " + seed);
        Random random = new Random(seed);
        List<DateTimeFormatter> forms = List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.RFC_1123_DATE_TIME,
                DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
                DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
                DateTimeFormatter.ofPattern("EEE, dd MMM uuuu", Locale.ENGLISH));
        for (int i = 0; i < 2000; i++) {
            LocalDate day = LocalDate.ofEpochDay(random.nextInt(20000));
            DateTimeFormatter form = forms.get(random.nextInt(forms.size()));
            String text = form == DateTimeFormatter.RFC_1123_DATE_TIME
                    ? form.format(day.atTime(random.nextInt(24), 0).atOffset(java.time.ZoneOffset.ofHours(random.nextInt(25) - 12)))
                    : form.format(day);
            assertThat(DateText.parse(text)).as("seed %d: %s", seed, text).contains(day);
        }
    }
}
