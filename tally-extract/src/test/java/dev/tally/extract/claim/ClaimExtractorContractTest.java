package dev.tally.extract.claim;

import dev.tally.model.Article;
import dev.tally.model.Claim;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What holds for every input: no exception, spans inside the text, the same output twice. */
class ClaimExtractorContractTest {
    private static final Path SEEDS = Path.of("..", "examples", "seeds");
    private final ClaimExtractor extractor = new ClaimExtractor();

    private void assertContract(String name, String text) {
        var first = extractor.extract(new Article(name, text, Optional.empty(), Map.of()));
        var second = extractor.extract(new Article(name, text, Optional.empty(), Map.of()));
        assertThat(first).as("deterministic on %s", name).isEqualTo(second);
        for (Claim c : first.claims()) {
            assertThat(c.evidence().end()).as("%s: evidence inside the text", name).isLessThanOrEqualTo(text.length());
            // The phrase joins any run of spaces, no-break spaces included (seed 5440092768319: "hundreds \u00a0 more"), and the
            // normalizer drops separator lines between its words (seed 7173040463375: "dozens \n\n – \n\n more"): the evidence
            // holds the figure's words and nothing else.
            String evidence = c.evidence().of(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            assertThat(evidence).as("%s: evidence is the figure", name).isEqualTo(c.count().phrase().replaceAll("[^\\p{L}\\p{N}]+", " ").strip());
            assertThat(c.sentence()).contains(c.count().phrase());
        }
    }

    @Test
    void seedArticles() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            List<Path> txt = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            assertThat(txt).hasSize(5);
            for (Path p : txt) assertContract(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
        }
    }

    @Test
    void randomTextNeverBreaksIt() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String[] words = {"killed", "at", "least", "12", "civilians", "were", "wounded", "dozens", "of", "others", ",", ".", "\n\n",
                "–", "(", ")", "a", "man", "Abu", "Saif", "was", "including", "children", "1,200", "\u00A0", "“", "”", "-", "March", "17",
                "death", "toll", "rose", "to", "more", "than", "\uFFFD", "\u0000", "Z", "hundreds", "thousands", "the", "figure", "is"};
        for (int i = 0; i < 500; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(120); k > 0; k--) s.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            String text = s.toString();
            try {
                assertContract("random-" + seed + "-" + i, text);
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ", text: " + text, e);
            }
        }
    }

    @Test
    void aSeparatorLineInsideAFigureStaysOutOfItsWords() {
        assertContract("separator", "Others were hurt. Then dozens \n\n \u2013 \n\n more were wounded in the shelling of the town.");
    }

    @Test
    void emptyAndOddTextGiveNoClaims() {
        assertThat(extractor.extract(new Article("empty", "", Optional.empty(), Map.of())).claims()).isEmpty();
        assertThat(extractor.extract(new Article("spaces", " \n\n\t ", Optional.empty(), Map.of())).claims()).isEmpty();
    }
}
