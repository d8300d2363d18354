package dev.tally.model;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where a claim's harm happened: the text as written, and what the gazetteer made of it.
 * {@code country} is ISO 3166-1 alpha-2; coordinates are WGS84 degrees.
 */
public record Place(Optional<String> text, Optional<String> name, Optional<String> country,
                    OptionalDouble lat, OptionalDouble lon, Precision precision) {
    public static final Place UNKNOWN = new Place(Optional.empty(), Optional.empty(), Optional.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), Precision.UNKNOWN);

    /** How fine the resolved place is. */
    public enum Precision { NEIGHBOURHOOD, CITY, ADMIN_AREA, COUNTRY, UNKNOWN }

    public Place {
        if (lat.isPresent() != lon.isPresent()) throw new IllegalArgumentException("lat and lon must both be set or both be empty");
        if (lat.isPresent() && Math.abs(lat.getAsDouble()) > 90) throw new IllegalArgumentException("lat must be within [-90, 90]; got " + lat.getAsDouble());
        if (lon.isPresent() && Math.abs(lon.getAsDouble()) > 180) throw new IllegalArgumentException("lon must be within [-180, 180]; got " + lon.getAsDouble());
    }

    private static final double EARTH_KM = 6371.0;

    /** The great-circle distance to {@code other} in kilometres; empty when either has no coordinates. */
    public OptionalDouble kilometresTo(Place other) {
        if (lat.isEmpty() || other.lat.isEmpty()) return OptionalDouble.empty();
        double lat1 = Math.toRadians(lat.getAsDouble()), lat2 = Math.toRadians(other.lat.getAsDouble());
        double dLon = Math.toRadians(other.lon.getAsDouble() - lon.getAsDouble());
        double h = Math.pow(Math.sin((lat2 - lat1) / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return OptionalDouble.of(2 * EARTH_KM * Math.asin(Math.min(1.0, Math.sqrt(h))));
    }

    /**
     * The consonants of a place name written in lower-case Latin letters with words apart, a leading
     * Arabic article and doubled letters dropped: one name in two transliterations has one
     * ("al qamishly" and "qamishli" are "qmshl"; "busseirah" and "al busayrah" are "bsrh").
     */
    public static String consonants(String lowerName) {
        return consonants(lowerName, false);
    }

    /**
     * {@link #consonants(String)}, and with {@code foldH} an "h" after a consonant dropped too: English writes one
     * Arabic letter "kh", "sh" or "k" by taste ("khan shaykun" and "khan sheikhoun" are both "knskn"). Looser, so
     * more names share one.
     */
    public static String consonants(String lowerName, boolean foldH) {
        String v = lowerName.startsWith("al ") || lowerName.startsWith("el ") ? lowerName.substring(3) : lowerName;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 'a' || c > 'z' || "aeiouyw".indexOf(c) >= 0) continue;
            if (b.length() > 0 && b.charAt(b.length() - 1) == c) continue;
            if (foldH && c == 'h' && i > 0 && v.charAt(i - 1) >= 'a' && v.charAt(i - 1) <= 'z' && "aeiouyw".indexOf(v.charAt(i - 1)) < 0) continue;
            b.append(c);
        }
        return b.toString();
    }

    public static Place unresolved(String text) {
        return new Place(Optional.of(text), Optional.empty(), Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty(), Precision.UNKNOWN);
    }
}
