package dev.spotter.science.activity;

import com.garmin.fit.BufferEncoder;
import com.garmin.fit.DateTime;
import com.garmin.fit.File;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * Sample GPX, TCX and FIT files written by the tests themselves (FIT with Garmin's own encoder), for the readers'
 * tests and for importing through Spotter.
 */
public final class SampleActivityFiles {

    // Every sample file below is a 10-minute run due north: 61 points 10 s apart, each 0.0009 degrees of latitude
    // further on. One degree of latitude is 111,195.08 m (GreatCircleTests), so a step is 100.0756 m and the 60
    // steps make 6,004.54 m. The heart rate climbs one beat a point from 120 to 180: each of the rates 120 to 179
    // holds for 10 s, so the time-weighted average is (120 + 179) / 2 = 149.5, and the maximum is 180.
    public static final Instant START = Instant.parse("2025-03-03T07:00:00Z");
    public static final int POINTS = 61;
    public static final double STEP_DEGREES = 0.0009;
    public static final double DISTANCE_M = 60 * STEP_DEGREES * 111_195.08;

    private SampleActivityFiles() {
    }

    public static String gpx(String trackPoints) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <gpx version="1.1" creator="Spotter tests" xmlns="http://www.topografix.com/GPX/1/1"
                     xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
                  <metadata><time>2025-03-03T07:00:00Z</time></metadata>
                  <trk><name>Run &amp; stretch</name><type>running</type><trkseg>
                """ + trackPoints + """
                  </trkseg></trk>
                </gpx>
                """;
    }

    public static String gpxPoints(int from, int to, int pauseSeconds, double jumpDegrees) {
        StringBuilder points = new StringBuilder();
        for (int i = from; i < to; i++) {
            points.append(gpxPoint(10 * i + pauseSeconds, STEP_DEGREES * i + jumpDegrees, 120 + i));
        }
        return points.toString();
    }

    public static String gpxPoint(int second, double northDegrees, int bpm) {
        String heartRate = bpm == 0 ? "" : "<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>" + bpm
                + "</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>";
        return "<trkpt lat=\"" + (45 + northDegrees) + "\" lon=\"7.0\"><ele>300</ele><time>"
                + START.plusSeconds(second) + "</time>" + heartRate + "</trkpt>\n";
    }

    public static String tcx(int laps) {
        StringBuilder track = new StringBuilder();
        for (int i = 0; i < POINTS; i++) {
            track.append("<Trackpoint><Time>").append(START.plusSeconds(10L * i)).append("</Time>")
                    .append("<Position><LatitudeDegrees>").append(45 + STEP_DEGREES * i)
                    .append("</LatitudeDegrees><LongitudeDegrees>7.0</LongitudeDegrees></Position>")
                    .append("<DistanceMeters>").append(100.0 * i).append("</DistanceMeters>")
                    .append("<HeartRateBpm><Value>").append(120 + i).append("</Value></HeartRateBpm></Trackpoint>\n");
        }
        String lap = laps == 0 ? "" : """
                <Lap StartTime="2025-03-03T07:00:00Z">
                  <TotalTimeSeconds>590.0</TotalTimeSeconds><DistanceMeters>6000.0</DistanceMeters>
                  <AverageHeartRateBpm><Value>150</Value></AverageHeartRateBpm>
                  <MaximumHeartRateBpm><Value>180</Value></MaximumHeartRateBpm>
                  <Intensity>Active</Intensity><TriggerMethod>Manual</TriggerMethod>
                  <Track>
                """ + track + """
                  </Track>
                </Lap>
                """;
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
                  <Activities>
                    <Activity Sport="Running">
                      <Id>2025-03-03T07:00:00Z</Id>
                """ + lap + """
                    </Activity>
                  </Activities>
                </TrainingCenterDatabase>
                """;
    }

    public static byte[] fit(File type, boolean withSession, int lastHeartRate) {
        BufferEncoder encoder = new BufferEncoder();
        FileIdMesg fileId = new FileIdMesg();
        fileId.setType(type);
        fileId.setManufacturer(Manufacturer.DEVELOPMENT);
        fileId.setProduct(1);
        fileId.setSerialNumber(12345L);
        fileId.setTimeCreated(fitTime(START));
        encoder.write(fileId);
        for (int i = 0; i < POINTS; i++) {
            RecordMesg record = new RecordMesg();
            record.setTimestamp(fitTime(START.plusSeconds(10L * i)));
            record.setPositionLat(semicircles(45 + STEP_DEGREES * i));
            record.setPositionLong(semicircles(7));
            record.setDistance((float) (i * STEP_DEGREES * 111_195.08));
            record.setHeartRate((short) (i == POINTS - 1 && lastHeartRate != 0 ? lastHeartRate : 120 + i));
            encoder.write(record);
        }
        if (withSession) {
            SessionMesg session = new SessionMesg();
            session.setStartTime(fitTime(START));
            session.setTimestamp(fitTime(START.plusSeconds(600)));
            session.setTotalElapsedTime(600f);
            session.setTotalTimerTime(600f);
            session.setTotalDistance((float) DISTANCE_M);
            session.setSport(com.garmin.fit.Sport.RUNNING);
            encoder.write(session);
        }
        return encoder.close();
    }

    private static DateTime fitTime(Instant instant) {
        return new DateTime(Date.from(instant));
    }

    private static int semicircles(double degrees) {
        return (int) Math.round(degrees * 2147483648.0 / 180);
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
