package dev.tally.model;

/**
 * A half-open character range {@code [start, end)} into an article's <em>original</em> text
 * (UTF-16 code units, as {@link String#substring(int, int)} counts them).
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0) throw new IllegalArgumentException("start must be >= 0; got " + start);
        if (end < start) throw new IllegalArgumentException("end must be >= start; got " + end + " < " + start);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The covered text of {@code text}, which must be at least {@link #end()} long. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
