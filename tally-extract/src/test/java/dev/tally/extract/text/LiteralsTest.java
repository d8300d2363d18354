package dev.tally.extract.text;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Literals}: a literal counts only when it lies whole within the range, and wherever a pattern of
 * the literals finds one, they say so. Replay a failing random run with {@code -Dtally.seed=<printed seed>}.
 */
class LiteralsTest {
    @Test
    void aLiteralCountsOnlyWhenWholeWithinTheRange() {
        Literals words = Literals.of("towns", "areas");

        assertThat(words.anyIn("shelling of towns near Idlib", 0, 28)).isTrue();
        assertThat(words.anyIn("shelling of towns near Idlib", 0, 16)).isFalse();
        assertThat(words.anyIn("shelling of towns near Idlib", 13, 28)).isFalse();
        assertThat(words.anyIn("shelling of Towns", 0, 17)).isFalse();
        assertThat(words.anyIn("towns", -3, 99)).isTrue();
    }

    @Test
    void ignoringCaseFindsAnyCase() {
        Literals verbs = Literals.ignoringCase("said", "told ");

        assertThat(verbs.anyIn("the monitor SAID on Monday", 0, 26)).isTrue();
        assertThat(verbs.anyIn("Told reporters", 0, 14)).isTrue();
        assertThat(verbs.anyIn("Told", 0, 4)).isFalse();
    }

    @Test
    void onlyAsciiLiteralsThatAreNotEmpty() {
        assertThatThrownBy(() -> Literals.of("")).hasMessage("literals must be ASCII and not empty; got ''");
        assertThatThrownBy(() -> Literals.of("café")).hasMessage("literals must be ASCII and not empty; got 'café'");
    }

    @Test
    void whereAPatternOfTheLiteralsFindsOneTheyFindOneToo() {
        long seed = Long.getLong("tally.seed", System.nanoTime());
        System.out.println("LiteralsTest seed: " + seed + " (replay with -Dtally.seed=" + seed + ")");
        Random random = new Random(seed);
        List<String> words = List.of("said", "Related ", "areas", "7", "neighbo");
        Literals asWritten = Literals.of(words.toArray(String[]::new));
        Literals anyCase = Literals.ignoringCase(words.toArray(String[]::new));
        String alternatives = words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        Pattern pattern = Pattern.compile(alternatives);
        Pattern patternAnyCase = Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE);
        for (int run = 0; run < 2_000; run++) {
            String text = GarbageText.generate(random, 12) + words.get(random.nextInt(words.size())).toUpperCase() + GarbageText.generate(random, 6)
                    + (random.nextBoolean() ? words.get(random.nextInt(words.size())) : "");
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            String context = "seed " + seed + ", run " + run + ": " + Arrays.toString(new int[] {from, to}) + " of '" + text + "'";
            assertThat(asWritten.anyIn(text, from, to)).as(context).isEqualTo(pattern.matcher(text).region(from, to).find());
            // regionMatches folds case beyond ASCII too ('ſ' is an 's'): it may find more than the pattern, never less
            if (patternAnyCase.matcher(text).region(from, to).find()) assertThat(anyCase.anyIn(text, from, to)).as(context).isTrue();
        }
    }
}
