package dev.spotter.science.activity;

import dev.spotter.science.activity.Activity.Format;
import dev.spotter.science.activity.Activity.Sport;

import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamReader;

import static dev.spotter.science.activity.SecureXml.last;
import static dev.spotter.science.activity.SecureXml.parent;

/**
 * Reads GPX 1.1 (and 1.0, whose tracks look the same): every track point of every track segment, its time, and
 * the heart rate of Garmin's TrackPointExtension ({@code <gpxtpx:hr>}) or any extension element named {@code hr}.
 */
final class GpxReader {

    private GpxReader() {
    }

    static Activity read(byte[] content) {
        Track track = new Track();
        SecureXml.walk(content, new SecureXml.Handler() {
            private Double latitude;
            private Double longitude;
            private String time;
            private Integer bpm;

            @Override
            public void start(List<String> path, XMLStreamReader element) {
                switch (last(path)) {
                    case "trkseg" -> track.startSegment();
                    case "trkpt" -> {
                        latitude = coordinate(element, "lat");
                        longitude = coordinate(element, "lon");
                        time = null;
                        bpm = null;
                    }
                    default -> {
                    }
                }
            }

            @Override
            public void end(List<String> path, String text) {
                String name = last(path);
                if (name.equals("type") && parent(path).equals("trk")) {
                    track.sport(sport(text));
                } else if (name.equals("time") && parent(path).equals("trkpt")) {
                    time = text;
                } else if (name.equals("hr") && path.contains("trkpt")) {
                    bpm = Track.wholeNumber(text, "heart rate");
                } else if (name.equals("trkpt")) {
                    track.add(new Track.Point(time == null ? null : Track.time(time), latitude, longitude, null, bpm));
                }
            }
        });
        return track.toActivity(Format.GPX);
    }

    private static Double coordinate(XMLStreamReader element, String attribute) {
        String value = element.getAttributeValue(null, attribute);
        return value == null ? null : Track.number(value, attribute.equals("lat") ? "latitude" : "longitude");
    }

    // GPX leaves the track's type free text; these are the words the common exporters write.
    private static Sport sport(String type) {
        String word = type.toLowerCase(Locale.ROOT);
        if (word.isBlank() || word.chars().allMatch(Character::isDigit)) {
            return Sport.UNKNOWN;
        }
        if (word.contains("run")) {
            return Sport.RUNNING;
        }
        if (word.contains("cycl") || word.contains("bik") || word.contains("ride")) {
            return Sport.CYCLING;
        }
        if (word.contains("walk")) {
            return Sport.WALKING;
        }
        if (word.contains("hik")) {
            return Sport.HIKING;
        }
        if (word.contains("swim")) {
            return Sport.SWIMMING;
        }
        if (word.contains("row")) {
            return Sport.ROWING;
        }
        return Sport.OTHER;
    }
}
