package dev.tally.extract.claim;

import dev.tally.extract.number.PhraseTable;

import java.util.Arrays;

/**
 * A quick look at a sentence before it is tokenized: does any word in it start a harm phrase of the
 * lexicon ("killed", "wounded", "toll")? A phrase is looked for by its longest word, since its
 * first can be as common as "the" ("the death of"). Most sentences have none and are passed over without
 * allocating a token. Words are compared by a 64-bit hash of their lower-cased letters, so a
 * collision can only let a sentence through, never hold one back. Immutable, so thread-safe.
 */
final class HarmWords {
    private final long[] hashes;

    HarmWords(Lexicon lex) {
        java.util.TreeSet<Long> set = new java.util.TreeSet<>();
        for (Lexicon.Role role : new Lexicon.Role[]{Lexicon.Role.LEFT, Lexicon.Role.RIGHT, Lexicon.Role.NOUN, Lexicon.Role.TOLL}) {
            PhraseTable<String> table = lex.get(role);
            for (String word : table.keyWords()) set.add(hash(word, 0, word.length()));
        }
        hashes = set.stream().mapToLong(Long::longValue).toArray();
    }

    boolean mayReportHarm(String sentence) {
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(sentence.charAt(i))) i++;
            int start = i;
            while (i < n && (Character.isLetter(sentence.charAt(i)) || isJoiner(sentence, i))) i++;
            if (i > start && Arrays.binarySearch(hashes, hash(sentence, start, i)) >= 0) return true;
        }
        return false;
    }

    /** Inner hyphens and apostrophes belong to the word, as the tokenizer has it ("ISIS-held", "Iraq's"). */
    private static boolean isJoiner(String s, int i) {
        char c = s.charAt(i);
        return (c == '-' || c == '\'' || c == '\u2019') && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
    }

    private static long hash(CharSequence s, int from, int to) {
        long h = 1125899906842597L;
        for (int k = from; k < to; k++) {
            char c = Character.toLowerCase(s.charAt(k));
            h = 31 * h + (c == '\u2019' ? '\'' : c);
        }
        return h;
    }
}
