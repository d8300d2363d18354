package dev.tally.web;

import dev.tally.model.Span;

/**
 * Where a claim's sentence stands in the article as published. The sentence is stored with broken
 * lines joined, so it is matched with any run of whitespace equal to any other; of its occurrences
 * the one holding the evidence wins. When the sentence cannot be found (the text layer changed it
 * more than that) the evidence span alone is given. Stateless and thread-safe.
 */
final class SentenceSpans {
    private SentenceSpans() {
    }

    /** The sentence's half-open span in {@code original}, or {@code evidence} when it is not there. */
    static Span locate(String original, String sentence, Span evidence) {
        Collapsed text = Collapsed.of(original);
        String wanted = Collapsed.of(sentence.strip()).text;
        if (wanted.isEmpty() || evidence.end() > original.length()) return evidence;
        Span best = null;
        for (int at = text.text.indexOf(wanted); at >= 0; at = text.text.indexOf(wanted, at + 1)) {
            Span found = new Span(text.offsets[at], text.offsets[at + wanted.length() - 1] + 1);
            if (found.contains(evidence)) return found;
            if (best == null) best = found;
        }
        return best != null && best.overlaps(evidence) ? best : evidence;
    }

    /** Text with each whitespace run made one space, and for each of its chars the offset in the original. */
    private record Collapsed(String text, int[] offsets) {
        static Collapsed of(String s) {
            StringBuilder out = new StringBuilder(s.length());
            int[] offsets = new int[s.length()];
            boolean space = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    if (space) continue;
                    space = true;
                    c = ' ';
                } else {
                    space = false;
                }
                offsets[out.length()] = i;
                out.append(c);
            }
            return new Collapsed(out.toString(), offsets);
        }
    }
}
