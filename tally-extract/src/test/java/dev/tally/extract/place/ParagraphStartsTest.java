package dev.tally.extract.place;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paragraph breaks, read char by char, against the regular expression they replaced.
 * Replay a failing random run with {@code -Dtally.seed=<printed seed>}.
 */
class ParagraphStartsTest {
    private static final Pattern REFERENCE = Pattern.compile("\\n\\s*\\n");

    private static int[] reference(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) starts.add(m.end());
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void agreesWithTheRegularExpression() {
        long seed = Long.getLong("tally.seed", System.nanoTime());
        System.out.println("ParagraphStartsTest seed: " + seed + " (replay with -Dtally.seed=" + seed + ")");
        Random random = new Random(seed);
        String alphabet = "\n\n\r \t\u000B\fab.\u00A0";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = b.toString();
            assertThat(ArticlePlaces.paragraphStarts(text)).as("seed %d, text %s", seed, text.replace("\n", "\\n"))
                    .containsExactly(reference(text));
        }
    }

    @Test
    void aBreakEndsAfterItsLastNewline() {
        assertThat(ArticlePlaces.paragraphStarts("One.\n \n\nTwo.\nStill two.\r\n\r\nThree.")).containsExactly(0, 8, 27);
    }
}
