package dev.spotter.science;

/** Distance over the Earth's surface between two GPS positions, for tracks that carry no distance of their own. */
public final class GreatCircle {

    // The mean radius of the Earth, R1 of the Geodetic Reference System 1980 (Moritz H. Geodetic Reference System
    // 1980. J Geod 2000;74(1):128-33). Treating the Earth as a sphere errs by at most about 0.5 %.
    private static final double EARTH_RADIUS_M = 6_371_008.8;

    private GreatCircle() {
    }

    /**
     * The haversine formula (Sinnott RW. Virtues of the haversine. Sky Telesc 1984;68(2):159): with a = sin²(Δφ/2) +
     * cos φ1 cos φ2 sin²(Δλ/2), the distance is 2 R asin(√a), which stays accurate for the few metres between
     * consecutive track points.
     */
    public static double meters(double latitude1, double longitude1, double latitude2, double longitude2) {
        requirePosition(latitude1, longitude1);
        requirePosition(latitude2, longitude2);
        double phi1 = Math.toRadians(latitude1);
        double phi2 = Math.toRadians(latitude2);
        double halfDeltaPhi = Math.toRadians(latitude2 - latitude1) / 2;
        double halfDeltaLambda = Math.toRadians(longitude2 - longitude1) / 2;
        double a = Math.sin(halfDeltaPhi) * Math.sin(halfDeltaPhi)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(halfDeltaLambda) * Math.sin(halfDeltaLambda);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private static void requirePosition(double latitude, double longitude) {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90 degrees");
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180 degrees");
        }
    }
}
