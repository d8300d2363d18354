package dev.tally.extract.place;

import dev.tally.model.Place;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;

/**
 * Reads {@code curated-places.tsv}: hand-made rows for places GeoNames' cities500 lacks
 * (neighbourhoods, camps, checkpoints) and extra names for places it has ("Syria" for the
 * Syrian Arab Republic). Columns, tab-separated, after a header line:
 * {@code name aliases kind country parent lat lon source}; {@code name} is the display name,
 * {@code aliases} ({@code |}-separated) the names matched in text, {@code parent} the city a
 * neighbourhood lies in, and empty lat/lon say the point is not known well enough to give.
 * A row of kind {@code alias} adds its aliases to the existing place of that name and country
 * whose kind is {@code parent} (any kind when empty).
 */
final class CuratedPlaces {
    private static final int COLUMNS = 8;
    private final GazetteerLoader loader;

    CuratedPlaces(GazetteerLoader loader) {
        this.loader = loader;
    }

    void read(BufferedReader in, String source) throws IOException {
        String line = in.readLine();
        if (line == null || !line.startsWith("name\t")) throw new IOException("[" + source + "] must start with its header line");
        int number = 1;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length != COLUMNS) {
                throw new IOException("[" + source + "] line " + number + " must have " + COLUMNS + " columns; got " + f.length + ": " + line);
            }
            if (f[2].equals("alias")) {
                addAlias(f, source, number);
            } else {
                addPlace(f, source, number);
            }
        }
    }

    private void addAlias(String[] f, String source, int number) throws IOException {
        List<Integer> rows = loader.rowsNamed(f[0], f[3], f[4]);
        if (rows.isEmpty()) throw new IOException("[" + source + "] line " + number + ": no place named '" + f[0] + "' in " + f[3]);
        for (int row : rows) loader.addAliases(row, f[1]);
    }

    private void addPlace(String[] f, String source, int number) throws IOException {
        float lat = Float.NaN, lon = Float.NaN;
        try {
            if (!f[5].isEmpty() || !f[6].isEmpty()) {
                lat = Float.parseFloat(f[5]);
                lon = Float.parseFloat(f[6]);
            }
        } catch (NumberFormatException e) {
            throw new IOException("[" + source + "] line " + number + ": lat and lon must be numbers; got '" + f[5] + "', '" + f[6] + "'", e);
        }
        String parent = f[4].isEmpty() ? null : f[4];
        int row = loader.table().add(f[0], f[3], "", lat, lon, 0, f[2], parent, precision(f[2], parent != null));
        loader.addAliases(row, f[1]);
    }

    private static Place.Precision precision(String kind, boolean inCity) {
        return switch (kind) {
            case "country" -> Place.Precision.COUNTRY;
            case "admin", "region" -> Place.Precision.ADMIN_AREA;
            case "city", "town" -> Place.Precision.CITY;
            case "district" -> inCity ? Place.Precision.NEIGHBOURHOOD : Place.Precision.ADMIN_AREA;
            default -> Place.Precision.NEIGHBOURHOOD;
        };
    }
}
