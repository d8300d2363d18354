package dev.tally.extract.text;

import java.util.Objects;

/**
 * One sentence of a normalized text.
 *
 * @param start first character, a UTF-16 offset into {@link NormalizedText#text()}
 * @param end   offset just after the last character (half-open {@code [start, end)})
 * @param text  {@code NormalizedText.text().substring(start, end)}: trimmed, never empty
 */
public record Sentence(int start, int end, String text) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("offsets must satisfy 0 <= start <= end; got [" + start + ", "
                    + end + ")");
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("text length must be end - start = " + (end - start) + "; got "
                    + text.length());
        }
    }
}
