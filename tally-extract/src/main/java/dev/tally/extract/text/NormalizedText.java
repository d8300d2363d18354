package dev.tally.extract.text;

import dev.tally.model.Span;

/** TEMPORARY placeholder until the text layer lands: same-length view, identity map. */
public final class NormalizedText {
    private final String original;
    private final String text;

    NormalizedText(String original, String text) {
        this.original = original;
        this.text = text;
    }

    public String original() { return original; }

    public String text() { return text; }

    public int toOriginal(int offset) { return offset; }

    public Span toOriginal(int start, int end) { return new Span(start, end); }
}
