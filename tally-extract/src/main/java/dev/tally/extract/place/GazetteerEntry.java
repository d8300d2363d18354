package dev.tally.extract.place;

import dev.tally.model.Place;

import java.util.Objects;
import java.util.Optional;

/**
 * One place the gazetteer knows.
 *
 * @param name       the gazetteer's name for it, ASCII-folded ("Khan Yunis", "Al-Jadida, Mosul")
 * @param country    ISO 3166-1 alpha-2 code
 * @param admin1     GeoNames first-level division code within the country ("15" for Nineveh), or ""
 * @param lat        latitude, WGS84 degrees; for areas a representative point (see NOTICE.md);
 *                   NaN for a curated place whose point is not known well enough
 * @param lon        longitude, WGS84 degrees; NaN when {@code lat} is
 * @param population GeoNames population (0 when unknown); for areas the sum over their places
 * @param kind       GeoNames feature code ("PPLA", "PPLX"), {@code ADM1}, {@code ADM2},
 *                   {@code COUNTRY}, or a curated kind ({@code camp}, {@code neighbourhood} ...)
 * @param parent     for curated places inside a city, that city's name ("Mosul")
 * @param precision  how fine the place is
 */
public record GazetteerEntry(String name, String country, String admin1, double lat, double lon,
                             long population, String kind, Optional<String> parent, Place.Precision precision) {
    public GazetteerEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(precision, "precision");
        if (country == null || country.length() != 2) throw new IllegalArgumentException("country must be ISO alpha-2; got " + country);
        if (population < 0) throw new IllegalArgumentException("population must be >= 0; got " + population);
        admin1 = admin1 == null ? "" : admin1;
    }

    /** True for a country or a division, false for a settlement or a part of one. */
    public boolean isArea() {
        return precision == Place.Precision.COUNTRY || precision == Place.Precision.ADMIN_AREA;
    }

    /** True for the seat of a country or of a first-level division (GeoNames PPLC, PPLA). */
    public boolean isSeat() {
        return kind.equals("PPLC") || kind.equals("PPLA");
    }

    /**
     * The same as {@code a.equals(b)}, sooner: entries are most often the same object, and most
     * that are not differ in latitude, compared before the record's equals compares every field.
     */
    static boolean same(GazetteerEntry a, GazetteerEntry b) {
        return a == b || (Double.compare(a.lat, b.lat) == 0 && a.equals(b));
    }

    public boolean hasCoordinates() {
        return !Double.isNaN(lat) && !Double.isNaN(lon);
    }

    /** Great-circle distance to another entry, in kilometres; NaN when either lacks coordinates. */
    public double kmTo(GazetteerEntry other) {
        double p1 = Math.toRadians(lat), p2 = Math.toRadians(other.lat);
        return km(haversine(p1, Math.cos(p1), p2, Math.cos(p2), Math.toRadians(other.lon - lon)));
    }

    /**
     * The haversine of the angle between two points, from their latitudes {@code p1}, {@code p2}
     * (radians), the cosines of those, and the difference of their longitudes {@code dl} (radians):
     * split from {@link #km} so that a caller comparing many pairs can work out the cosines once.
     */
    static double haversine(double p1, double cosP1, double p2, double cosP2, double dl) {
        double sinHalfDp = Math.sin((p2 - p1) / 2), sinHalfDl = Math.sin(dl / 2);
        return sinHalfDp * sinHalfDp + cosP1 * cosP2 * sinHalfDl * sinHalfDl;
    }

    /** The great-circle distance in kilometres for a {@link #haversine}; it never falls as the haversine grows. */
    static double km(double haversine) {
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(haversine)));
    }
}
