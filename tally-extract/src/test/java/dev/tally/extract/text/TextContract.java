package dev.tally.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tally.model.Span;
import java.util.List;
import java.util.Random;

/**
 * The invariants every output of {@link TextNormalizer} and {@link SentenceSplitter} must keep, whatever
 * the input: offsets in bounds and never decreasing, each view character mapped onto the original
 * character it was copied from, sentences trimmed, ordered and non-overlapping.
 */
final class TextContract {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final int RANGES_PER_TEXT = 25;

    private TextContract() {}

    /** Normalizes and splits {@code original}, checking every invariant; {@code label} names the input. */
    static List<Sentence> check(String label, String original, Random random) {
        NormalizedText normalized = NORMALIZER.normalize(original);
        String text = normalized.text();
        assertThat(normalized.original()).as(label).isSameAs(original);
        assertThat(NORMALIZER.normalize(original).text()).as("%s: deterministic", label).isEqualTo(text);
        checkShape(label, text);
        checkMap(label, normalized);
        for (int i = 0; i < RANGES_PER_TEXT && !text.isEmpty(); i++) {
            int a = random.nextInt(text.length() + 1);
            int b = random.nextInt(text.length() + 1);
            checkRange(label, normalized, Math.min(a, b), Math.max(a, b));
        }
        List<Sentence> sentences = SPLITTER.split(text);
        checkSentences(label, text, sentences);
        for (Sentence sentence : sentences) {
            checkRange(label, normalized, sentence.start(), sentence.end());
        }
        return sentences;
    }

    private static void checkShape(String label, String text) {
        if (!text.isEmpty()) {
            assertThat(Whitespace.isWhite(text.charAt(0)) || Whitespace.isWhite(text.charAt(text.length() - 1)))
                    .as("%s: view trimmed", label).isFalse();
        }
        assertThat(text).as("%s: separators", label).doesNotContain("  ", "\n\n\n", " \n", "\n ", "\t", "\r", "\u00A0");
    }

    private static void checkMap(String label, NormalizedText normalized) {
        String text = normalized.text();
        String original = normalized.original();
        int previous = 0;
        for (int i = 0; i <= text.length(); i++) {
            int mapped = normalized.toOriginal(i);
            assertThat(mapped).as("%s: toOriginal(%d) in bounds and non-decreasing", label, i)
                    .isBetween(previous, original.length());
            previous = mapped;
            if (i == text.length()) {
                break;
            }
            char c = text.charAt(i);
            char source = original.charAt(mapped);
            if (Whitespace.isWhite(c)) {
                assertThat(Whitespace.isWhite(source) || Whitespace.isTrimmable(source))
                        .as("%s: view space at %d maps onto white space, got U+%04X", label, i, (int) source).isTrue();
            } else {
                assertThat(source).as("%s: view character %d maps onto itself", label, i).isEqualTo(c);
            }
        }
    }

    /**
     * The original span lies in bounds, holds the view's non-space text in order, and is tight: it starts
     * and ends on the view's first and last characters when those are not white space.
     */
    static void checkRange(String label, NormalizedText normalized, int start, int end) {
        Span span = normalized.toOriginal(start, end);
        String original = normalized.original();
        assertThat(span.end()).as("%s: span of [%d, %d) in bounds", label, start, end).isLessThanOrEqualTo(original.length());
        assertThat(span.start()).as("%s: span start", label).isEqualTo(normalized.toOriginal(start));
        String wanted = nonSpace(normalized.text().substring(start, end));
        String covered = nonSpace(span.of(original));
        assertThat(isSubsequence(wanted, covered))
                .as("%s: original %s covers the non-space text of [%d, %d): '%s' in '%s'", label, span, start, end,
                        wanted, covered)
                .isTrue();
        String text = normalized.text();
        if (start < end && !Whitespace.isWhite(text.charAt(start))) {
            assertThat(original.charAt(span.start())).as("%s: span of [%d, %d) starts on its first character", label,
                    start, end).isEqualTo(text.charAt(start));
        }
        if (start < end && !Whitespace.isWhite(text.charAt(end - 1))) {
            assertThat(original.charAt(span.end() - 1)).as("%s: span of [%d, %d) ends on its last character", label,
                    start, end).isEqualTo(text.charAt(end - 1));
        }
    }

    private static void checkSentences(String label, String text, List<Sentence> sentences) {
        int previousEnd = 0;
        for (Sentence sentence : sentences) {
            assertThat(sentence.start()).as("%s: sentences ordered, not overlapping: %s", label, sentence)
                    .isGreaterThanOrEqualTo(previousEnd);
            assertThat(sentence.end()).as("%s: sentence in bounds", label).isLessThanOrEqualTo(text.length());
            assertThat(sentence.text()).as("%s: sentence text", label)
                    .isEqualTo(text.substring(sentence.start(), sentence.end()))
                    .isNotEmpty()
                    .doesNotContain("\n");
            assertThat(Whitespace.isWhite(sentence.text().charAt(0))
                    || Whitespace.isWhite(sentence.text().charAt(sentence.text().length() - 1)))
                    .as("%s: sentence trimmed: '%s'", label, sentence.text()).isFalse();
            previousEnd = sentence.end();
        }
    }

    /** {@code s} without white space or zero-width characters. */
    static String nonSpace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Whitespace.isWhite(c) && !Whitespace.isTrimmable(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSubsequence(String wanted, String covered) {
        int j = 0;
        for (int i = 0; i < covered.length() && j < wanted.length(); i++) {
            if (covered.charAt(i) == wanted.charAt(j)) {
                j++;
            }
        }
        return j == wanted.length();
    }
}
