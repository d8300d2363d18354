package dev.tally.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dates the seed articles' claims carry, found in the articles as published. */
class SeedArticlesTest {
    private static final Path SEEDS = Path.of("..", "examples", "seeds");

    private static String seed(String prefix) throws IOException {
        try (var files = Files.list(SEEDS)) {
            return Files.readString(files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow());
        }
    }

    @ParameterizedTest(name = "seed {0} published {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        000 | 2015-12-22 | on Monday              | 2015-12-21 | 2015-12-21
        000 | 2015-12-22 | last Friday            | 2015-12-18 | 2015-12-18
        001 | 2017-06-23 | on March 17            | 2017-03-17 | 2017-03-17
        001 | 2017-06-23 | In early May           | 2017-05-01 | 2017-05-10
        002 | 2017-07-28 | on Wednesday           | 2017-07-26 | 2017-07-26
        003 | 2016-10-19 | on Monday              | 2016-10-17 | 2016-10-17
        004 | 2017-03-30 | since mid-February     | 2017-02-15 | 2017-03-30
        004 | 2017-03-30 | March 17               | 2017-03-17 | 2017-03-17
        004 | 2017-03-30 | last weekend           | 2017-03-25 | 2017-03-26
        004 | 2017-03-30 | in March               | 2017-03-01 | 2017-03-31
        004 | 2017-03-30 | in February            | 2017-02-01 | 2017-02-28
        004 | 2017-03-30 | in the March 17 attack | 2017-03-17 | 2017-03-17
        004 | 2017-03-30 | earlier this month     | 2017-03-01 | 2017-03-30
        """)
    void findsTheClaimDates(String seed, String published, String text, String from, String to) throws IOException {
        String article = seed(seed);
        List<TimeMention> found = TimeExpressionFinder.find(article, Optional.of(LocalDate.parse(published)));
        assertThat(found).filteredOn(m -> m.text().equals(text)).isNotEmpty().allSatisfy(m -> {
            assertThat(article.substring(m.start(), m.end())).isEqualTo(text);
            assertThat(m.from()).contains(LocalDate.parse(from));
            assertThat(m.to()).contains(LocalDate.parse(to));
        });
    }
}
