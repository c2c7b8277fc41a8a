package dev.spotter.science.activity;

import com.garmin.fit.File;
import dev.spotter.science.HeartRateSample;
import dev.spotter.science.activity.Activity.Format;
import dev.spotter.science.activity.Activity.Sport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import static dev.spotter.science.activity.SampleActivityFiles.DISTANCE_M;
import static dev.spotter.science.activity.SampleActivityFiles.POINTS;
import static dev.spotter.science.activity.SampleActivityFiles.START;
import static dev.spotter.science.activity.SampleActivityFiles.STEP_DEGREES;
import static dev.spotter.science.activity.SampleActivityFiles.fit;
import static dev.spotter.science.activity.SampleActivityFiles.gpx;
import static dev.spotter.science.activity.SampleActivityFiles.gpxPoint;
import static dev.spotter.science.activity.SampleActivityFiles.gpxPoints;
import static dev.spotter.science.activity.SampleActivityFiles.tcx;
import static dev.spotter.science.activity.SampleActivityFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Reading device files; the sample files and the figures they hold are described in {@link SampleActivityFiles}. */
class ActivityFilesTests {

    @Test
    void importsAGpxTrackWithGarminHeartRate() {
        Activity activity = ActivityFiles.read(utf8(gpx(gpxPoints(0, POINTS, 0, 0))));

        assertThat(activity.format()).isEqualTo(Format.GPX);
        assertThat(activity.start()).isEqualTo(START);
        assertThat(activity.duration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(activity.distanceMeters()).isCloseTo(DISTANCE_M, within(0.5));
        assertThat(activity.heartRate()).hasSize(POINTS)
                .first().isEqualTo(new HeartRateSample(START, 120));
        assertThat(activity.averageHeartRate()).hasValueCloseTo(149.5, within(1e-9));
        assertThat(activity.maxHeartRate()).hasValue(180);
        assertThat(activity.sport()).isEqualTo(Sport.RUNNING);
        // 600 s / 6.00454 km = 99.92 s per km
        assertThat(activity.averagePacePerKm()).hasValueSatisfying(pace ->
                assertThat(pace.toMillis()).isCloseTo(99_924, within(10L)));
    }

    @Test
    void aGapBetweenGpxSegmentsAddsNeitherTimeNorDistance() {
        // The same run split in two segments; after a 20-minute pause the second starts 5 km further north.
        String segments = gpxPoints(0, 31, 0, 0) + "</trkseg><trkseg>" + gpxPoints(30, POINTS, 1200, 0.045);

        Activity activity = ActivityFiles.read(utf8(gpx(segments)));

        assertThat(activity.duration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(activity.distanceMeters()).isCloseTo(DISTANCE_M, within(0.5));
    }

    @Test
    void importsATcxActivityWithTheLapsOwnTotals() {
        Activity activity = ActivityFiles.read(utf8(tcx(1)));

        assertThat(activity.format()).isEqualTo(Format.TCX);
        assertThat(activity.start()).isEqualTo(START);
        // The lap says 590 s of timer time (the watch was paused for 10 s) and 6,000 m.
        assertThat(activity.duration()).isEqualTo(Duration.ofSeconds(590));
        assertThat(activity.distanceMeters()).isEqualTo(6000.0);
        assertThat(activity.heartRate()).hasSize(POINTS);
        assertThat(activity.averageHeartRate()).hasValueCloseTo(149.5, within(1e-9));
        assertThat(activity.maxHeartRate()).hasValue(180);
        assertThat(activity.sport()).isEqualTo(Sport.RUNNING);
    }

    @Test
    void importsAFitActivityWrittenWithGarminsEncoder() {
        Activity activity = ActivityFiles.read(fit(File.ACTIVITY, true, 0));

        assertThat(activity.format()).isEqualTo(Format.FIT);
        assertThat(activity.start()).isEqualTo(START);
        assertThat(activity.duration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(activity.distanceMeters()).isCloseTo(DISTANCE_M, within(0.5));
        assertThat(activity.heartRate()).hasSize(POINTS);
        assertThat(activity.averageHeartRate()).hasValueCloseTo(149.5, within(1e-9));
        assertThat(activity.maxHeartRate()).hasValue(180);
        assertThat(activity.sport()).isEqualTo(Sport.RUNNING);
    }

    @Test
    void aFitFileWithoutASessionFallsBackOnItsRecords() {
        Activity activity = ActivityFiles.read(fit(File.ACTIVITY, false, 0));

        assertThat(activity.duration()).isEqualTo(Duration.ofMinutes(10));
        // The records' running distance, stored by FIT in centimetres.
        assertThat(activity.distanceMeters()).isCloseTo(DISTANCE_M, within(0.5));
        assertThat(activity.sport()).isEqualTo(Sport.UNKNOWN);
    }

    @Test
    void tellsTheFormatFromTheContentNotTheName() throws IOException {
        byte[] gpxWithByteOrderMark = utf8("\uFEFF" + gpx(gpxPoints(0, POINTS, 0, 0)));

        assertThat(ActivityFiles.read(new ByteArrayInputStream(gpxWithByteOrderMark)).format()).isEqualTo(Format.GPX);
        assertThat(ActivityFiles.read(new ByteArrayInputStream(fit(File.ACTIVITY, true, 0))).format())
                .isEqualTo(Format.FIT);
    }

    @Test
    void rejectsFilesThatAreNotActivities() {
        assertRejected(new byte[0], "the file is empty");
        assertRejected(utf8("just some notes about my run"), "not a GPX, TCX or FIT file");
        assertRejected(utf8("<html><body>hello</body></html>"), "not a GPX, TCX or FIT file");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        assertRejected(png, "not a GPX, TCX or FIT file");
        assertRejected(fit(File.COURSE, true, 0), "the FIT file is not an activity");
    }

    @Test
    void rejectsFilesWithoutTrackPoints() {
        assertRejected(utf8(gpx("")), "the file has no track points");
        assertRejected(utf8(tcx(0)), "the file has no track points");
    }

    @Test
    void rejectsImpossibleValuesAndImportsNothing() {
        String withBadHeartRate = gpxPoints(0, 10, 0, 0) + gpxPoint(100, STEP_DEGREES * 10, 400);
        assertRejected(utf8(gpx(withBadHeartRate)), "heart rate 400 is impossible");
        assertRejected(fit(File.ACTIVITY, true, 254), "heart rate 254 is impossible");
        String offTheGlobe = "<trkpt lat=\"123\" lon=\"7\"><time>2025-03-03T07:00:00Z</time></trkpt>";
        assertRejected(utf8(gpx(offTheGlobe)), "latitude 123.0 is impossible");
        String backwards = gpxPoint(5, 0, 0) + gpxPoint(4, 0, 0);
        assertRejected(utf8(gpx(backwards)), "track point times go backwards at point 2");
        assertRejected(utf8(gpx(gpxPoint(0, 0, 0))), "the activity lasts no time");
        assertRejected(utf8(tcx(1).replace("</Activity>", "</Activity><Activity Sport=\"Biking\"></Activity>")),
                "the file holds more than one activity; export them one at a time");
    }

    @Test
    void rejectsDamagedFiles() {
        byte[] fit = fit(File.ACTIVITY, true, 0);
        byte[] flipped = fit.clone();
        flipped[fit.length / 2] ^= 0x5A;
        assertRejected(flipped, "the FIT file is damaged: its checksum does not match");
        assertThatThrownBy(() -> ActivityFiles.read(Arrays.copyOf(fit, fit.length / 2)))
                .isInstanceOf(ActivityFileRejected.class)
                .extracting(e -> ((ActivityFileRejected) e).reason()).asString().startsWith("the FIT file is damaged");
        assertRejected(utf8("<gpx><trk><trkseg>"), "the file is not well-formed XML (line 1)");
    }

    @Test
    void refusesExternalEntitiesWithoutReadingThem(@TempDir Path folder) throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-42");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + gpx(gpxPoints(0, POINTS, 0, 0)).replace("<name>Run &amp; stretch</name>", "<name>&leak;</name>");

        assertThatThrownBy(() -> ActivityFiles.read(utf8(xxe)))
                .isInstanceOf(ActivityFileRejected.class)
                .hasMessageNotContaining("TOP-SECRET-42")
                .extracting(e -> ((ActivityFileRejected) e).reason())
                .isEqualTo("the file declares a document type (DTD), which activity files never do");
    }

    @Test
    void refusesEntityExpansionAndExternalDocumentTypes() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE gpx [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;\">]><gpx version=\"1.1\"><trk><name>&c;</name></trk></gpx>";
        assertRejected(utf8(laughs), "the file declares a document type (DTD), which activity files never do");
        String external = "<?xml version=\"1.0\"?><!DOCTYPE TrainingCenterDatabase SYSTEM \"http://127.0.0.1:9/x.dtd\">"
                + "<TrainingCenterDatabase/>";
        assertRejected(utf8(external), "the file declares a document type (DTD), which activity files never do");
    }

    @Test
    void capsTheSizeOfWhatItReads() throws IOException {
        assertRejected(new byte[ActivityFiles.MAX_BYTES + 1], "the file is larger than 20 MB");
        assertThatThrownBy(() -> ActivityFiles.read(new ByteArrayInputStream(new byte[ActivityFiles.MAX_BYTES + 5])))
                .isInstanceOf(ActivityFileRejected.class).hasMessageContaining("larger than 20 MB");

        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= ActivityFiles.MAX_POINTS; i++) {
            many.append("<trkpt lat=\"45\" lon=\"7\"><time>").append(START.plusSeconds(i)).append("</time></trkpt>");
        }
        assertRejected(utf8(gpx(many.toString())), "the file has more than 200000 track points");
    }

    private static void assertRejected(byte[] content, String reason) {
        assertThatThrownBy(() -> ActivityFiles.read(content))
                .isInstanceOf(ActivityFileRejected.class)
                .extracting(e -> ((ActivityFileRejected) e).reason())
                .isEqualTo(reason);
    }
}
