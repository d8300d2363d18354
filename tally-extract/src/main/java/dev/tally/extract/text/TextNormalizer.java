package dev.tally.extract.text;

/** TEMPORARY placeholder until the text layer lands. */
public final class TextNormalizer {
    public NormalizedText normalize(String original) {
        char[] c = original.toCharArray();
        for (int i = 0; i < c.length; i++) {
            boolean single = c[i] == '\n' && (i + 1 >= c.length || c[i + 1] != '\n') && (i == 0 || c[i - 1] != '\n');
            if (single || c[i] == '\r' || c[i] == '\t') c[i] = ' ';
        }
        return new NormalizedText(original, new String(c));
    }
}
