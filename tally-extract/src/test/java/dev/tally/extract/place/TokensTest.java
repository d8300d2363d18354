package dev.tally.extract.place;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Words as place matching sees them. Replay a failing random run with {@code -Dtally.seed=<printed seed>}. */
class TokensTest {
    @Test
    void aWordsHashIsTheHashOfItsFoldedForm() {
        long seed = Long.getLong("tally.seed", System.nanoTime());
        System.out.println("TokensTest seed: " + seed + " (replay with -Dtally.seed=" + seed + ")");
        Random random = new Random(seed);
        String alphabet = "aZq9 -.,'’`\nÉçéßİıłالموصلe\u0301Ḫ";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            Tokens t = Tokens.of(b.toString());
            for (int i = 0; i < t.size(); i++) {
                assertThat(t.word(i)).as("seed %d, text '%s', word %d", seed, b, i).isEqualTo(TokenTrie.hash(t.folded(i)));
            }
        }
    }

    @Test
    void spellingsThatFoldAlikeHashAlike() {
        assertThat(Tokens.of("Shuja’iyya").word(0)).isEqualTo(Tokens.of("shujaiyya").word(0));
        assertThat(Tokens.of("Khān").word(0)).isEqualTo(Tokens.of("KHAN").word(0));
        assertThat(Tokens.of("Mosul's").words()).containsExactly(TokenTrie.hash("mosul"));
        assertThat(Tokens.of("Gaza").word(0)).isNotEqualTo(Tokens.of("Gazza").word(0));
    }

    @Test
    void separatorsAreRemembered() {
        Tokens t = Tokens.of("Deir al-Balah. Then\n\nRafah");
        assertThat(t.size()).isEqualTo(5);
        assertThat(new byte[] {t.before(0), t.before(1), t.before(2), t.before(3), t.before(4)})
                .containsExactly(Tokens.BREAK, Tokens.SPACE, Tokens.HYPHEN, Tokens.DOT, Tokens.BREAK);
        assertThat(t.sentenceStart(3)).isTrue();
        assertThat(t.sentenceStart(4)).isTrue();
        assertThat(t.sentenceStart(2)).isFalse();
    }
}
