package dev.tally.bench;

import dev.tally.model.Span;

import java.util.List;

/**
 * A text as {@link Rewriter} changed it, with the edits that made it, so that an offset into the
 * old text can be carried into the new one. Offsets are UTF-16 indexes, as in {@link Span}.
 *
 * @param text  the new text
 * @param edits the replaced ranges, in text order, none overlapping
 */
record Rewrite(String text, List<Edit> edits) {
    /** The old range {@code [from, to)} became the new range {@code [newFrom, newTo)}. */
    record Edit(int from, int to, int newFrom, int newTo) {
        int delta() {
            return (newTo - newFrom) - (to - from);
        }
    }

    Rewrite {
        edits = List.copyOf(edits);
    }

    /** The span in the new text that holds what {@code old} held; an edit it touches is taken whole. */
    Span carry(Span old) {
        return new Span(start(old.start()), end(old.end()));
    }

    private int start(int offset) {
        int delta = 0;
        for (Edit e : edits) {
            if (offset < e.to() && offset >= e.from()) return e.newFrom();
            if (e.to() > offset) break;
            delta += e.delta();
        }
        return offset + delta;
    }

    private int end(int offset) {
        int delta = 0;
        for (Edit e : edits) {
            if (offset <= e.to() && offset > e.from()) return e.newTo();
            if (e.to() > offset) break;
            delta += e.delta();
        }
        return offset + delta;
    }
}
