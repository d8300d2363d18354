package dev.tally.extract.place;

import dev.tally.model.Place;

import java.util.Objects;

/**
 * A place name in an article with the place the article means by it.
 *
 * @param mention the name as found, with its offsets into the article text
 * @param entry   the gazetteer place chosen for it
 * @param place   the same as a model {@link Place}: text as written (with its frame), name,
 *                country, coordinates and precision
 */
public record ResolvedMention(PlaceMention mention, GazetteerEntry entry, Place place) {
    public ResolvedMention {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(place, "place");
    }

    /** True for a place the gazetteer lacks, named by its frame ("the village of Taduf"): see {@link UnlistedPlaces}. */
    public boolean unlisted() {
        return entry.kind().equals(UnlistedPlaces.KIND);
    }

    public int start() {
        return mention.start();
    }

    public int end() {
        return mention.end();
    }
}
