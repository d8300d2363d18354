package dev.tally.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The {@link TextContract} over the seed articles and over seeded random garbage. Replay a failing
 * random run with {@code -Dtally.seed=<printed seed>}.
 */
class TextContractTest {
    /** Texts per run; raise it for a soak run with {@code -Dtally.garbage.texts=100000}. */
    private static final int GARBAGE_TEXTS = Integer.getInteger("tally.garbage.texts", 3_000);
    private static final int MAX_PIECES = 120;

    @Test
    void holdsOnEverySeedArticle() {
        Map<String, String> seeds = Seeds.all();
        assertThat(seeds).hasSize(5);
        Random random = new Random(7);
        seeds.forEach((name, text) -> assertThat(TextContract.check(name, text, random)).isNotEmpty());
    }

    @Test
    void holdsOnRandomGarbage() {
        long seed = Long.getLong("tally.seed", System.nanoTime());
        System.out.println("TextContractTest.holdsOnRandomGarbage seed: " + seed + " (replay with -Dtally.seed=" + seed + ")");
        Random random = new Random(seed);
        for (int i = 0; i < GARBAGE_TEXTS; i++) {
            String text = GarbageText.generate(random, MAX_PIECES);
            TextContract.check("seed " + seed + ", text " + i, text, random);
        }
    }

    @Test
    void holdsOnSeedsCutAtRandomPlaces() {
        long seed = Long.getLong("tally.seed", System.nanoTime());
        System.out.println("TextContractTest.holdsOnSeedsCutAtRandomPlaces seed: " + seed);
        Random random = new Random(seed);
        for (String text : Seeds.all().values()) {
            for (int i = 0; i < 50; i++) {
                int a = random.nextInt(text.length() + 1);
                int b = random.nextInt(text.length() + 1);
                TextContract.check("seed " + seed + " cut " + i, text.substring(Math.min(a, b), Math.max(a, b)), random);
            }
        }
    }
}
