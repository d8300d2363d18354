package dev.tally.extract.place;

import dev.tally.model.Place;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The gazetteer's places held column by column (a few hundred thousand rows), so that loading
 * makes no object per place; {@link #get} makes the {@link GazetteerEntry} record on demand.
 * Filled by one thread while loading; read-only and thread-safe afterwards.
 */
final class EntryTable {
    private final Map<String, String> interned = new HashMap<>();
    private int size;
    private String[] names = new String[1 << 18];
    private String[] countries = new String[1 << 18];
    private String[] admin1s = new String[1 << 18];
    private String[] kinds = new String[1 << 18];
    private String[] parents = new String[1 << 18];
    private float[] lats = new float[1 << 18];
    private float[] lons = new float[1 << 18];
    private long[] populations = new long[1 << 18];
    private byte[] precisions = new byte[1 << 18];

    /** Appends a place and returns its row number. */
    int add(String name, String country, String admin1, float lat, float lon, long population,
            String kind, String parent, Place.Precision precision) {
        if (size == names.length) grow();
        names[size] = name;
        countries[size] = intern(country);
        admin1s[size] = intern(admin1);
        kinds[size] = intern(kind);
        parents[size] = parent;
        lats[size] = lat;
        lons[size] = lon;
        populations[size] = population;
        precisions[size] = (byte) precision.ordinal();
        return size++;
    }

    private String intern(String s) {
        return interned.computeIfAbsent(s, k -> k);
    }

    private void grow() {
        int n = size * 2;
        names = Arrays.copyOf(names, n);
        countries = Arrays.copyOf(countries, n);
        admin1s = Arrays.copyOf(admin1s, n);
        kinds = Arrays.copyOf(kinds, n);
        parents = Arrays.copyOf(parents, n);
        lats = Arrays.copyOf(lats, n);
        lons = Arrays.copyOf(lons, n);
        populations = Arrays.copyOf(populations, n);
        precisions = Arrays.copyOf(precisions, n);
    }

    GazetteerEntry get(int row) {
        Place.Precision precision = Place.Precision.values()[precisions[row]];
        return new GazetteerEntry(names[row], countries[row], admin1s[row], round(lats[row]), round(lons[row]),
                populations[row], kinds[row], Optional.ofNullable(parents[row]), precision);
    }

    /** Undoes float widening noise: the source has four decimals. */
    private static double round(float degrees) {
        if (Float.isNaN(degrees)) return Double.NaN;
        return Math.round(degrees * 1e4) / 1e4;
    }

    String name(int row) {
        return names[row];
    }

    String country(int row) {
        return countries[row];
    }

    String kind(int row) {
        return kinds[row];
    }

    int size() {
        return size;
    }
}
