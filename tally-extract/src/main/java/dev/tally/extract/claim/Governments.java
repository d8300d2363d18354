package dev.tally.extract.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whose government "government forces" and "the regime" are: the government of the country the
 * article names most, by its name or demonym ({@code countries.tsv}). A reading independent of the
 * gazetteer, cheap enough to run only when an article speaks of a government. Immutable, so thread-safe.
 */
final class Governments {
    static final String RESOURCE = "countries.tsv";
    private final Map<String, String> governmentByWord = new HashMap<>();

    Governments() {
        for (String[] f : TsvResource.rows(RESOURCE, 2)) governmentByWord.put(f[0], f[1]);
    }

    /** How many names of a country the article's places lying in it are worth. */
    static final int PLACES_WEIGHT = 3;

    /**
     * The government of the country {@code sentences} name most, where the country the article's places
     * lie in ({@code placesCountry}, ISO alpha-2) counts as {@value #PLACES_WEIGHT} names; the first named
     * wins a tie. Empty when they name none.
     */
    Optional<String> of(List<String> sentences, Optional<String> placesCountry) {
        Map<String, Integer> counts = new HashMap<>();
        String best = placesCountry.map(c -> governmentByWord.get("@" + c)).orElse(null);
        if (best != null) counts.put(best, PLACES_WEIGHT);
        for (String s : sentences) {
            int k = 0;
            while (k < s.length()) {
                if (!Character.isUpperCase(s.charAt(k)) || k > 0 && Character.isLetter(s.charAt(k - 1))) {
                    k++;
                    continue;
                }
                int end = k + 1;
                while (end < s.length() && Character.isLetter(s.charAt(end))) end++;
                String government = governmentByWord.get(s.substring(k, end));
                if (government != null) {
                    int n = counts.merge(government, 1, Integer::sum);
                    if (best == null || n > counts.get(best)) best = government;
                }
                k = end;
            }
        }
        return Optional.ofNullable(best);
    }
}
