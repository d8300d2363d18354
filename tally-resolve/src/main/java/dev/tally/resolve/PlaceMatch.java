package dev.tally.resolve;

import dev.tally.model.Place;
import java.util.Optional;

/**
 * How well two claims' places agree, best first. {@code NONE} means they cannot be one place:
 * different countries, or different named places that neither contain nor neighbour each other.
 */
enum PlaceMatch {
    /** The same name, or the same words where neither was resolved ("a rebel-held area in the north"). */
    SAME,
    /** One name inside the other ("Al-Jadida, Mosul" and "Mosul"). */
    NESTED,
    /** Places of different precision, both with coordinates, within {@link #NEAR_KM}: a neighbourhood and its city. */
    NEAR,
    /**
     * Only a country (or an unresolved description) on one side, a province and a place within
     * {@link #PROVINCE_KM} of its centre, or two names of which one has no point, and the countries
     * agree: compatible, but no name is shared.
     */
    COUNTRY,
    /** One side says nothing about where. */
    UNKNOWN,
    NONE;

    /** How far apart two places of different precision may be and still be one (kilometres). */
    static final double NEAR_KM = 25.0;
    /** How far apart two neighbourhood-precise points may be and still be one site (kilometres). */
    static final double SITE_KM = 2.0;
    /** How far from a province's centre a place may be and still lie in it, without the admin hierarchy. */
    static final double PROVINCE_KM = 150.0;

    /** True for the matches that name a place on both sides: a strong link between reports. */
    boolean named() {
        return this == SAME || this == NESTED || this == NEAR;
    }

    static PlaceMatch between(Place a, Place b) {
        if (blank(a) || blank(b)) return UNKNOWN;
        if (a.country().isPresent() && b.country().isPresent() && !a.country().equals(b.country())) return NONE;
        // A country names no place: its centroid is nowhere in particular, so it holds any place of its own.
        if (a.precision() == Place.Precision.COUNTRY || b.precision() == Place.Precision.COUNTRY) return COUNTRY;
        Optional<TextKey> nameA = a.name().map(TextKey::of).filter(k -> !k.isEmpty());
        Optional<TextKey> nameB = b.name().map(TextKey::of).filter(k -> !k.isEmpty());
        if (nameA.isPresent() && nameB.isPresent()) return names(a, nameA.get(), b, nameB.get());
        Optional<TextKey> wordsA = nameA.or(() -> a.text().map(TextKey::of)).filter(k -> !k.isEmpty());
        Optional<TextKey> wordsB = nameB.or(() -> b.text().map(TextKey::of)).filter(k -> !k.isEmpty());
        if (wordsA.isPresent() && wordsA.equals(wordsB)) return SAME;
        return COUNTRY;
    }

    private static PlaceMatch names(Place a, TextKey nameA, Place b, TextKey nameB) {
        boolean coordinates = a.lat().isPresent() && b.lat().isPresent();
        double km = a.kilometresTo(b).orElse(0);
        boolean sameName = nameA.equals(nameB) || spelledAlike(nameA, nameB) || sameLeaf(a.name().get(), b.name().get());
        if (sameName && km <= NEAR_KM) return SAME;
        // a province's point is nowhere in particular: a place near it is no nearer the province's event
        if (province(a, b) && km <= PROVINCE_KM && !sameName) return COUNTRY;
        // Two villages may share a name, and two precise points of one city are two sites.
        if (km > NEAR_KM || (km > SITE_KM && specificity(a) == 5 && specificity(b) == 5)) return NONE;
        if (sameName) return SAME;
        if (nameA.nests(nameB)) return NESTED;
        // a place the gazetteer lacks has no point: nothing says it lies apart from the other
        if (!coordinates) return COUNTRY;
        if (specificity(a) != specificity(b)) return NEAR;
        return NONE;
    }

    /** Consonants shorter than this say too little to call two spellings one name. */
    private static final int MIN_SKELETON = 4;

    /** One name in two transliterations ("Maysaloun", "Maysalun"; "al-Sinaa", "Al-Sina'a"): the same consonants. */
    private static boolean spelledAlike(TextKey a, TextKey b) {
        String x = a.skeleton();
        return x.length() >= MIN_SKELETON && x.equals(b.skeleton());
    }

    /**
     * One place named with its area on one side only, or with the same area: "Beit Jinn, Syrian Arab Republic" and "Beit
     * Jann", two spellings of a village the gazetteer lacks, placed in its country by one report and bare by the other.
     */
    private static boolean sameLeaf(String a, String b) {
        int ca = a.indexOf(','), cb = b.indexOf(',');
        if (ca < 0 && cb < 0) return false;
        TextKey leafA = TextKey.of(ca < 0 ? a : a.substring(0, ca)).withoutArticle();
        TextKey leafB = TextKey.of(cb < 0 ? b : b.substring(0, cb)).withoutArticle();
        boolean areas = ca < 0 || cb < 0 || TextKey.of(a.substring(ca + 1)).equals(TextKey.of(b.substring(cb + 1)));
        return areas && !leafA.isEmpty() && (leafA.equals(leafB) || spelledAlike(leafA, leafB));
    }

    /** One side a province, the other a finer place: it may lie anywhere in the province. */
    private static boolean province(Place a, Place b) {
        return a.precision() == Place.Precision.ADMIN_AREA && specificity(b) > 3
                || b.precision() == Place.Precision.ADMIN_AREA && specificity(a) > 3;
    }

    private static boolean blank(Place p) {
        return p.name().isEmpty() && p.text().isEmpty() && p.country().isEmpty();
    }

    /**
     * How finely a place is known, higher is finer: the gazetteer's precision when it gave one,
     * else a resolved name counts as a city, a description as a region, a bare country as a country.
     */
    static int specificity(Place p) {
        return switch (p.precision()) {
            case NEIGHBOURHOOD -> 5;
            case CITY -> 4;
            case ADMIN_AREA -> 3;
            case COUNTRY -> 1;
            case UNKNOWN -> p.name().isPresent() ? 4 : p.text().isPresent() ? 2 : p.country().isPresent() ? 1 : 0;
        };
    }
}
