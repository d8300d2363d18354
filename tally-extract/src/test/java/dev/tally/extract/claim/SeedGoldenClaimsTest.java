package dev.tally.extract.claim;

import dev.tally.model.Article;
import dev.tally.model.Claim;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files: every claim read from each seed article, one line each, compared with the file under
 * {@code src/test/resources/golden/claims/}. After a deliberate change, rewrite them with
 * {@code -Dgolden.update=true} and review the diff.
 */
class SeedGoldenClaimsTest {
    private static final Path SEEDS = Path.of("..", "examples", "seeds");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "claims");
    private static final Map<String, LocalDate> PUBLISHED = Map.of(
            "000_0248060a66e5b8f4.txt", LocalDate.of(2015, 12, 22), "001_fb6444753e8d3f0d.txt", LocalDate.of(2017, 6, 23),
            "002_71ad0aeb5e126444.txt", LocalDate.of(2017, 7, 28), "003_63b9559ebf53a2b1.txt", LocalDate.of(2016, 10, 19),
            "004_2b2bb0848c1b5462.txt", LocalDate.of(2017, 3, 30));

    private final ClaimExtractor extractor = new ClaimExtractor();

    @Test
    void seedArticlesReadAsTheGoldenFilesSay() throws IOException {
        boolean update = Boolean.getBoolean("golden.update");
        for (var e : PUBLISHED.entrySet()) {
            String text = Files.readString(SEEDS.resolve(e.getKey()), StandardCharsets.UTF_8);
            List<Claim> claims = extractor.extract(new Article(e.getKey(), text, Optional.of(e.getValue()), Map.of())).claims();
            String actual = claims.stream().map(SeedGoldenClaimsTest::line).collect(Collectors.joining("\n", "", "\n"));
            Path golden = GOLDEN.resolve(e.getKey().replace(".txt", ".claims.txt"));
            if (update) Files.writeString(golden, actual, StandardCharsets.UTF_8);
            assertThat(actual).as("claims of %s (rewrite with -Dgolden.update=true after a deliberate change)", e.getKey())
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }
    }

    private static String line(Claim c) {
        return String.join(" | ", c.kind().code(), c.outcome().code(), c.victims().code() + c.subgroup().map(s -> "/" + s).orElse(""),
                c.count().phrase() + " [" + (c.count().min().isPresent() ? c.count().min().getAsLong() : "") + ".."
                        + (c.count().max().isPresent() ? c.count().max().getAsLong() : "") + "]",
                c.date().text().orElse("-") + " " + c.date().start().map(Object::toString).orElse("") + ".." + c.date().end().map(Object::toString).orElse(""),
                c.place().name().orElse("-") + " " + c.place().country().orElse(""),
                c.actor().perpetrator().orElse("-") + " / " + c.actor().means().orElse("-"),
                c.claimant().orElse("-"));
    }
}
