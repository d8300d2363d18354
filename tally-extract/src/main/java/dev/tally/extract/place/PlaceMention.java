package dev.tally.extract.place;

import dev.tally.model.Place;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A place name found in a text, before the article settles which place it is.
 * Offsets are half-open UTF-16 ranges into the text given to {@link Gazetteer#find}.
 *
 * @param start      where the name starts ("Al-Jadida" in "the Al-Jadida neighborhood")
 * @param end        where the name ends
 * @param surface    the name as written
 * @param textStart  where the place text as written starts: the name, or a frame around it
 *                   ("near the city of Fallujah", "the Al-Jadida neighborhood")
 * @param textEnd    where that text ends (>= end)
 * @param text       the place text as written, {@code text.substring(textStart, textEnd)}
 * @param cued       true when a locative word or a type word frames the name ("in", "near", "to",
 *                   "... province")
 * @param framed     true for the stronger frames: a type word, or "in", "near", "at", "outside" ...
 * @param hint       the precision a type word next to the name points to ("camp": NEIGHBOURHOOD)
 * @param candidates the gazetteer entries the name may stand for, never empty
 */
public record PlaceMention(int start, int end, String surface, int textStart, int textEnd, String text,
                           boolean cued, boolean framed, Optional<Place.Precision> hint, List<GazetteerEntry> candidates) {
    public PlaceMention {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(hint, "hint");
        if (start < 0 || end < start) throw new IllegalArgumentException("need 0 <= start <= end; got " + start + ", " + end);
        if (textStart > start || textEnd < end) {
            throw new IllegalArgumentException("text range must cover the name; got [" + textStart + ", " + textEnd + ") for [" + start + ", " + end + ")");
        }
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) throw new IllegalArgumentException("candidates must not be empty");
    }
}
