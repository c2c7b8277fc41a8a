package dev.spotter.science.activity;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a GPX 1.1, TCX (Garmin Training Center Database v2) or FIT activity file into an {@link Activity}, telling
 * the format from the content rather than the name, and refusing whole any file that is damaged, empty,
 * oversized or implausible.
 */
public final class ActivityFiles {

    /** The largest file accepted: a day-long recording at one point a second is a few megabytes. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** The most track points accepted: more than two days at one point a second. */
    public static final int MAX_POINTS = 200_000;

    static final String NOT_AN_ACTIVITY_FILE = "not a GPX, TCX or FIT file";

    private ActivityFiles() {
    }

    /** Reads the whole stream, up to {@link #MAX_BYTES}, and imports it. */
    public static Activity read(InputStream in) throws IOException {
        byte[] content = in.readNBytes(MAX_BYTES + 1);
        return read(content);
    }

    /** Imports a file's content. */
    public static Activity read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new ActivityFileRejected("the file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new ActivityFileRejected("the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        if (FitReader.looksLikeFit(content)) {
            return FitReader.read(content);
        }
        if (!SecureXml.looksLikeXml(content)) {
            throw new ActivityFileRejected(NOT_AN_ACTIVITY_FILE);
        }
        return switch (SecureXml.rootElement(content)) {
            case "gpx" -> GpxReader.read(content);
            case "TrainingCenterDatabase" -> TcxReader.read(content);
            default -> throw new ActivityFileRejected(NOT_AN_ACTIVITY_FILE);
        };
    }
}
