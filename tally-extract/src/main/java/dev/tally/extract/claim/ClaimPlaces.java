package dev.tally.extract.claim;

import dev.tally.extract.place.ArticlePlaces;
import dev.tally.extract.place.ResolvedMention;
import dev.tally.extract.text.Sentence;
import dev.tally.model.Place;

import java.util.List;
import java.util.Optional;

/**
 * Chooses a claim's place among the places an article names: the one nearest the figure in its
 * clause, else in its sentence, else the finest in the nearest sentence before (up to
 * {@value #LOOK_BACK} back), else the article's focus. Names used for a government or a base
 * ("Washington's policy", "a Britain-based group") say where no harm happened and are passed over.
 */
final class ClaimPlaces {
    static final int LOOK_BACK = 3;

    private final ArticlePlaces places;
    private final String text;
    private final List<Sentence> sentences;

    ClaimPlaces(ArticlePlaces places, String text, List<Sentence> sentences) {
        this.places = places;
        this.text = text;
        this.sentences = sentences;
    }

    /**
     * @param figure    normalized-text offset of the figure; clause as a normalized-text range
     * @param aggregate a total over an area takes the widest place its clause names ("In Syria, ... around
     *                  Raqqa ... rose to 198"); one incident takes the place nearest its figure
     */
    Place choose(int figure, int clauseFrom, int clauseTo, int sentenceIndex, boolean aggregate) {
        Sentence s = sentences.get(sentenceIndex);
        Place chosen = nearest(figure, clauseFrom, clauseTo, aggregate)
                .or(() -> nearest(figure, s.start(), s.end(), aggregate))
                .or(() -> earlier(sentenceIndex))
                .or(places::focus)
                .orElse(Place.UNKNOWN);
        return aggregate || !coarse(chosen) ? chosen : finer(chosen, sentenceIndex).orElse(chosen);
    }

    /** One incident placed only in a country or province: the article's finer place in it, when it names one. */
    private Optional<Place> finer(Place coarse, int sentenceIndex) {
        return earlier(sentenceIndex).or(places::focus)
                .filter(p -> !coarse(p) && p.country().equals(coarse.country()));
    }

    private static boolean coarse(Place p) {
        return p.precision() == Place.Precision.COUNTRY || p.precision() == Place.Precision.ADMIN_AREA;
    }

    private Optional<Place> nearest(int figure, int from, int to, boolean widest) {
        ResolvedMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ResolvedMention m : places.mentions()) {
            if (m.start() < from || m.end() > to || !harmPlace(m)) continue;
            int distance = m.start() >= figure ? m.start() - figure : figure - m.end() + 1;
            int wider = best == null ? 0 : Integer.compare(m.place().precision().ordinal(), best.place().precision().ordinal());
            if (widest && wider > 0 || (!widest || wider == 0) && distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best).map(ResolvedMention::place);
    }

    private Optional<Place> earlier(int sentenceIndex) {
        for (int k = sentenceIndex - 1; k >= Math.max(0, sentenceIndex - LOOK_BACK); k--) {
            Sentence s = sentences.get(k);
            Optional<ResolvedMention> finest = places.mentions().stream()
                    .filter(m -> m.start() >= s.start() && m.end() <= s.end() && harmPlace(m))
                    .min(java.util.Comparator.comparingInt((ResolvedMention m) -> m.place().precision().ordinal())
                            .thenComparing(m -> -m.start()));
            if (finest.isPresent()) return finest.map(ResolvedMention::place);
        }
        return Optional.empty();
    }

    /** "Washington's", "Iraq's", "Britain-based": a name standing for a state or a seat, not a scene. */
    private boolean harmPlace(ResolvedMention m) {
        int end = m.end();
        if (end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019') && text.charAt(end + 1) == 's') return false;
        return !(end + 1 < text.length() && (text.charAt(end) == '-' || text.charAt(end) == '\u2013')
                && text.startsWith("based", end + 1));
    }
}
