package dev.tally.extract.place;

import dev.tally.model.Place;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gazetteer's places held column by column (a few hundred thousand rows), with no object
 * per place: names as UTF-8 in one byte array, the few thousand distinct codes (country,
 * division, kind, parent city) as numbers into one string pool. {@link #get} makes the
 * {@link GazetteerEntry} record on demand. About 40 bytes a row. Filled by one thread while
 * building, or {@link #read} whole; read-only and thread-safe afterwards.
 */
final class EntryTable {
    private static final Place.Precision[] PRECISIONS = Place.Precision.values();
    /** Pool number 0 is the empty string: no division, or no parent. */
    private static final char NO_STRING = 0;

    private final List<String> pool;
    private final Map<String, Character> pooled = new HashMap<>();
    private int size;
    private byte[] nameBytes;
    private int nameLength;
    /** Row r's name is {@code nameBytes[nameStart[r], nameStart[r + 1])}. */
    private int[] nameStart;
    private char[] countries;
    private char[] admin1s;
    private char[] kinds;
    private char[] parents;
    private float[] lats;
    private float[] lons;
    private long[] populations;
    private byte[] precisions;

    /** An empty table, to fill. */
    EntryTable() {
        this.pool = new ArrayList<>(List.of(""));
        pooled.put("", NO_STRING);
        int n = 1 << 18;
        nameBytes = new byte[n * 12];
        nameStart = new int[n + 1];
        countries = new char[n];
        admin1s = new char[n];
        kinds = new char[n];
        parents = new char[n];
        lats = new float[n];
        lons = new float[n];
        populations = new long[n];
        precisions = new byte[n];
    }

    /** Appends a place and returns its row number; {@code parent} may be null. */
    int add(String name, String country, String admin1, float lat, float lon, long population,
            String kind, String parent, Place.Precision precision) {
        if (size + 1 == nameStart.length) grow();
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        if (nameLength + utf8.length > nameBytes.length) nameBytes = Arrays.copyOf(nameBytes, 2 * (nameLength + utf8.length));
        System.arraycopy(utf8, 0, nameBytes, nameLength, utf8.length);
        nameLength += utf8.length;
        nameStart[size + 1] = nameLength;
        countries[size] = intern(country);
        admin1s[size] = intern(admin1);
        kinds[size] = intern(kind);
        parents[size] = parent == null ? NO_STRING : intern(parent);
        lats[size] = lat;
        lons[size] = lon;
        populations[size] = population;
        precisions[size] = (byte) precision.ordinal();
        return size++;
    }

    private char intern(String s) {
        return pooled.computeIfAbsent(s, k -> {
            if (pool.size() > Character.MAX_VALUE) throw new IllegalStateException("at most 65536 distinct codes; got more");
            pool.add(k);
            return (char) (pool.size() - 1);
        });
    }

    private void grow() {
        int n = size * 2;
        nameStart = Arrays.copyOf(nameStart, n + 1);
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
        return new GazetteerEntry(name(row), pool.get(countries[row]), pool.get(admin1s[row]), round(lats[row]), round(lons[row]),
                populations[row], pool.get(kinds[row]), parents[row] == NO_STRING ? Optional.empty() : Optional.of(pool.get(parents[row])),
                PRECISIONS[precisions[row]]);
    }

    /** Undoes float widening noise: the source has four decimals. */
    private static double round(float degrees) {
        if (Float.isNaN(degrees)) return Double.NaN;
        return Math.round(degrees * 1e4) / 1e4;
    }

    String name(int row) {
        return new String(nameBytes, nameStart[row], nameStart[row + 1] - nameStart[row], StandardCharsets.UTF_8);
    }

    String country(int row) {
        return pool.get(countries[row]);
    }

    String kind(int row) {
        return pool.get(kinds[row]);
    }

    long population(int row) {
        return populations[row];
    }

    Place.Precision precision(int row) {
        return PRECISIONS[precisions[row]];
    }

    int size() {
        return size;
    }

    /** Writes the table for {@link #read}. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(pool.size());
        for (String s : pool) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
        out.writeInt(size);
        out.writeInt(nameLength);
        out.write(nameBytes, 0, nameLength);
        for (int r = 0; r <= size; r++) out.writeInt(nameStart[r]);
        for (char[] column : new char[][] {countries, admin1s, kinds, parents}) {
            for (int r = 0; r < size; r++) out.writeChar(column[r]);
        }
        for (int r = 0; r < size; r++) out.writeFloat(lats[r]);
        for (int r = 0; r < size; r++) out.writeFloat(lons[r]);
        for (int r = 0; r < size; r++) out.writeLong(populations[r]);
        out.write(precisions, 0, size);
    }

    /** Reads a table written by {@link #write}. */
    static EntryTable read(ArrayInput in) throws IOException {
        int strings = in.count("string pool size");
        List<String> pool = new ArrayList<>(strings);
        // Interned, so that codes compare by identity first: the resolver compares countries all the time.
        for (int i = 0; i < strings; i++) pool.add(in.string().intern());
        EntryTable t = new EntryTable(pool, in.count("places"));
        int n = t.size;
        t.nameLength = in.count("name bytes");
        t.nameBytes = in.bytes(t.nameLength);
        t.nameStart = in.ints(n + 1);
        t.countries = in.chars(n);
        t.admin1s = in.chars(n);
        t.kinds = in.chars(n);
        t.parents = in.chars(n);
        t.lats = in.floats(n);
        t.lons = in.floats(n);
        t.populations = in.longs(n);
        t.precisions = in.bytes(n);
        t.check();
        return t;
    }

    private EntryTable(List<String> pool, int size) {
        this.pool = List.copyOf(pool);
        this.size = size;
    }

    /** Catches a damaged image at load, not as a wrong place later. */
    private void check() throws IOException {
        if (nameStart[size] != nameLength) throw new IOException("names must end at byte " + nameLength + "; got " + nameStart[size]);
        for (int r = 0; r < size; r++) {
            if (precisions[r] < 0 || precisions[r] >= PRECISIONS.length) throw new IOException("row " + r + ": bad precision " + precisions[r]);
            if (countries[r] >= pool.size() || admin1s[r] >= pool.size() || kinds[r] >= pool.size() || parents[r] >= pool.size()) {
                throw new IOException("row " + r + ": a code points past the string pool");
            }
        }
    }
}
