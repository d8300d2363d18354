package dev.tally.extract.claim;

import dev.tally.model.Place;

/**
 * Whether a place lies in a province as far as coordinates tell: the gazetteer gives a province one
 * point (its centre or its seat), not its outline, so "in it" means within {@value #PROVINCE_KM} km of it.
 */
final class PlaceDistance {
    static final double PROVINCE_KM = 150;
    private static final double EARTH_KM = 6371.0;

    private PlaceDistance() {}

    static boolean withinProvince(Place fine, Place province) {
        if (fine.lat().isEmpty() || province.lat().isEmpty()) return false;
        return km(fine.lat().getAsDouble(), fine.lon().getAsDouble(), province.lat().getAsDouble(), province.lon().getAsDouble()) <= PROVINCE_KM;
    }

    private static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
