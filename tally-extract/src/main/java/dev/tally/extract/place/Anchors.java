package dev.tally.extract.place;

import java.util.ArrayList;
import java.util.List;

/**
 * The places an article names beyond doubt, against which each candidate of each name is
 * weighed: one within 30 km makes a candidate likely, one within 150 km somewhat likely
 * ({@link #proximity}). That is every candidate against every anchor, twice an article, so the
 * work per pair is kept small: a place named ten times is one anchor, an anchor's latitude in
 * radians and its cosine are worked out once, and a distance is never finished. The haversine
 * term never falls as the distance grows, so comparing it with the largest terms within the two
 * radii (found once, exactly) answers the same as comparing kilometres, without an arcsine and a
 * square root per pair. Confined to one resolve call.
 */
final class Anchors {
    private static final double NEAR_KM = 30, REGION_KM = 150;
    /** Degrees of latitude certainly more than {@link #REGION_KM} apart (a degree is over 111 km), with a margin. */
    private static final double FAR_DEGREES = (REGION_KM + 1) / 111.0;
    private static final double NEAR_TERM = largestTermWithin(NEAR_KM), REGION_TERM = largestTermWithin(REGION_KM);

    /** Distinct anchors that have coordinates: one without is near nothing. */
    private final List<GazetteerEntry> places = new ArrayList<>();
    private final double[] lats, lons, latRadians, latCosines;

    Anchors(List<GazetteerEntry> anchors) {
        for (GazetteerEntry a : anchors) {
            if (a.hasCoordinates() && !known(a)) places.add(a);
        }
        int n = places.size();
        lats = new double[n];
        lons = new double[n];
        latRadians = new double[n];
        latCosines = new double[n];
        for (int i = 0; i < n; i++) {
            lats[i] = places.get(i).lat();
            lons[i] = places.get(i).lon();
            latRadians[i] = Math.toRadians(lats[i]);
            latCosines[i] = Math.cos(latRadians[i]);
        }
    }

    /** True when {@code a} is already an anchor: an article names a few dozen places at most, so a scan. */
    private boolean known(GazetteerEntry a) {
        for (GazetteerEntry p : places) {
            if (GazetteerEntry.same(p, a)) return true;
        }
        return false;
    }

    /**
     * Which anchors are among {@code candidates}, by index: a name is no evidence for itself, so
     * {@link #proximity} passes them over. Costs as much as weighing the candidates does.
     */
    boolean[] ownedBy(List<GazetteerEntry> candidates) {
        boolean[] own = new boolean[lats.length];
        for (GazetteerEntry c : candidates) {
            for (int i = 0; i < own.length; i++) own[i] |= GazetteerEntry.same(places.get(i), c);
        }
        return own;
    }

    /** 1 when an anchor not in {@code own} lies within 30 km of {@code c}, 0.5 within 150 km, else 0. */
    double proximity(GazetteerEntry c, boolean[] own) {
        if (!c.hasCoordinates()) return 0;
        double p1 = Math.toRadians(c.lat()), cosP1 = Math.cos(p1);
        boolean region = false;
        for (int i = 0; i < lats.length; i++) {
            // Places further apart in latitude alone than the wider radius need no trigonometry.
            if (own[i] || Math.abs(lats[i] - c.lat()) > FAR_DEGREES) continue;
            double term = GazetteerEntry.haversine(p1, cosP1, latRadians[i], latCosines[i], Math.toRadians(lons[i] - c.lon()));
            if (term <= NEAR_TERM) return 1.0;
            region |= term <= REGION_TERM;
        }
        return region ? 0.5 : 0;
    }

    /**
     * The largest haversine term whose distance is at most {@code km}: a bisection over the bit
     * patterns of the doubles in [0, 1] (ordered as their values), so exact to the last bit.
     * Latitudes lie within ±90°, so no term is negative.
     */
    private static double largestTermWithin(double km) {
        long within = 0, beyond = Double.doubleToLongBits(1.0);
        while (beyond - within > 1) {
            long mid = (within + beyond) >>> 1;
            if (GazetteerEntry.km(Double.longBitsToDouble(mid)) <= km) within = mid; else beyond = mid;
        }
        return Double.longBitsToDouble(within);
    }
}
