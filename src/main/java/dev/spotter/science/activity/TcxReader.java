package dev.spotter.science.activity;

import dev.spotter.science.activity.Activity.Format;
import dev.spotter.science.activity.Activity.Sport;

import java.time.Duration;
import java.util.List;
import javax.xml.stream.XMLStreamReader;

import static dev.spotter.science.activity.SecureXml.last;
import static dev.spotter.science.activity.SecureXml.parent;

/**
 * Reads a Garmin Training Center Database v2 file holding one activity: its laps' total time and distance, and
 * every track point with its time, position, running distance and heart rate.
 */
final class TcxReader {

    private TcxReader() {
    }

    static Activity read(byte[] content) {
        Track track = new Track();
        SecureXml.walk(content, new SecureXml.Handler() {
            private int activities;
            private double lapSeconds;
            private double lapMeters;
            private boolean lapHasDistance;
            private String time;
            private Double latitude;
            private Double longitude;
            private Double distance;
            private Integer bpm;

            @Override
            public void start(List<String> path, XMLStreamReader element) {
                if (!path.contains("Activities")) {
                    return;
                }
                switch (last(path)) {
                    case "Activity" -> {
                        if (++activities > 1) {
                            throw new ActivityFileRejected("the file holds more than one activity; export them "
                                    + "one at a time");
                        }
                        track.sport(sport(element.getAttributeValue(null, "Sport")));
                    }
                    case "Lap" -> {
                        String start = element.getAttributeValue(null, "StartTime");
                        if (start != null) {
                            track.fileStart(Track.time(start));
                        }
                    }
                    case "Track" -> track.startSegment();
                    case "Trackpoint" -> {
                        time = null;
                        latitude = null;
                        longitude = null;
                        distance = null;
                        bpm = null;
                    }
                    default -> {
                    }
                }
            }

            @Override
            public void end(List<String> path, String text) {
                if (!path.contains("Activities")) {
                    return;
                }
                String name = last(path);
                String parent = parent(path);
                if (name.equals("Id") && parent.equals("Activity")) {
                    // By Garmin's convention the activity's Id is its start time.
                    track.fileStart(Track.time(text));
                } else if (parent.equals("Lap") && name.equals("TotalTimeSeconds")) {
                    lapSeconds += Track.number(text, "lap time");
                } else if (parent.equals("Lap") && name.equals("DistanceMeters")) {
                    lapMeters += Track.number(text, "lap distance");
                    lapHasDistance = true;
                } else if (parent.equals("Trackpoint") && name.equals("Time")) {
                    time = text;
                } else if (parent.equals("Trackpoint") && name.equals("DistanceMeters")) {
                    distance = Track.number(text, "distance");
                } else if (parent.equals("Position")) {
                    if (name.equals("LatitudeDegrees")) {
                        latitude = Track.number(text, "latitude");
                    } else if (name.equals("LongitudeDegrees")) {
                        longitude = Track.number(text, "longitude");
                    }
                } else if (name.equals("Value") && parent.equals("HeartRateBpm")
                        && path.get(path.size() - 3).equals("Trackpoint")) {
                    bpm = Track.wholeNumber(text, "heart rate");
                } else if (name.equals("Trackpoint")) {
                    track.add(new Track.Point(time == null ? null : Track.time(time), latitude, longitude, distance,
                            bpm));
                } else if (name.equals("Activity")) {
                    if (lapSeconds > 0) {
                        track.fileDuration(Duration.ofMillis(Math.round(lapSeconds * 1000)));
                    }
                    if (lapHasDistance) {
                        track.fileDistance(lapMeters);
                    }
                }
            }
        });
        return track.toActivity(Format.TCX);
    }

    private static Sport sport(String sport) {
        if (sport == null) {
            return Sport.UNKNOWN;
        }
        return switch (sport) {
            case "Running" -> Sport.RUNNING;
            case "Biking" -> Sport.CYCLING;
            default -> Sport.OTHER;
        };
    }
}
