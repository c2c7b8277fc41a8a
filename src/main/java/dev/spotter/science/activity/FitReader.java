package dev.spotter.science.activity;

import com.garmin.fit.DateTime;
import com.garmin.fit.Decode;
import com.garmin.fit.File;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.FitRuntimeException;
import com.garmin.fit.Mesg;
import com.garmin.fit.MesgNum;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import dev.spotter.science.activity.Activity.Format;
import dev.spotter.science.activity.Activity.Sport;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a FIT activity file with Garmin's FIT SDK: record messages become track points, and the session message
 * gives the start, timer time, distance and sport. Messages are handled as they are decoded, so a huge file is
 * refused at its 200,001st point rather than after it has filled memory.
 */
final class FitReader {

    // FIT positions are in semicircles: 2^31 semicircles make 180 degrees.
    private static final double DEGREES_PER_SEMICIRCLE = 180.0 / 2147483648.0;

    private FitReader() {
    }

    /** A FIT file starts with a header of 12 or 14 bytes whose bytes 8 to 11 spell ".FIT". */
    static boolean looksLikeFit(byte[] content) {
        return content.length >= 12 && (content[0] == 12 || content[0] == 14)
                && new String(content, 8, 4, StandardCharsets.US_ASCII).equals(".FIT");
    }

    static Activity read(byte[] content) {
        try {
            if (!new Decode().checkFileIntegrity(new ByteArrayInputStream(content))) {
                throw new ActivityFileRejected("the FIT file is damaged: its checksum does not match");
            }
            Track track = new Track();
            List<SessionMesg> sessions = new ArrayList<>();
            new Decode().read(new ByteArrayInputStream(content), message -> accept(message, track, sessions));
            summarise(sessions, track);
            return track.toActivity(Format.FIT);
        } catch (FitRuntimeException e) {
            throw new ActivityFileRejected("the FIT file is damaged and cannot be read", e);
        }
    }

    private static void accept(Mesg message, Track track, List<SessionMesg> sessions) {
        switch (message.getNum()) {
            case MesgNum.FILE_ID -> {
                File type = new FileIdMesg(message).getType();
                if (type != null && type != File.ACTIVITY) {
                    throw new ActivityFileRejected("the FIT file is not an activity");
                }
            }
            case MesgNum.RECORD -> track.add(point(new RecordMesg(message)));
            case MesgNum.SESSION -> sessions.add(new SessionMesg(message));
            default -> {
            }
        }
    }

    private static Track.Point point(RecordMesg record) {
        Integer latitude = record.getPositionLat();
        Integer longitude = record.getPositionLong();
        Float distance = record.getDistance();
        Short bpm = record.getHeartRate();
        return new Track.Point(
                record.getTimestamp() == null ? null : instant(record.getTimestamp()),
                latitude == null || longitude == null ? null : latitude * DEGREES_PER_SEMICIRCLE,
                latitude == null || longitude == null ? null : longitude * DEGREES_PER_SEMICIRCLE,
                distance == null ? null : distance.doubleValue(),
                bpm == null ? null : bpm.intValue());
    }

    // A multisport file has a session per sport: times and distances add up, and the sport is the first one's
    // when they all agree.
    private static void summarise(List<SessionMesg> sessions, Track track) {
        if (sessions.isEmpty()) {
            return;
        }
        SessionMesg first = sessions.get(0);
        if (first.getStartTime() != null) {
            track.fileStart(instant(first.getStartTime()));
        }
        double seconds = 0;
        double meters = 0;
        boolean hasDistance = false;
        for (SessionMesg session : sessions) {
            Float timer = session.getTotalTimerTime() != null ? session.getTotalTimerTime()
                    : session.getTotalElapsedTime();
            seconds += timer == null ? 0 : timer;
            if (session.getTotalDistance() != null) {
                meters += session.getTotalDistance();
                hasDistance = true;
            }
        }
        if (seconds > 0) {
            track.fileDuration(Duration.ofMillis(Math.round(seconds * 1000)));
        }
        if (hasDistance) {
            track.fileDistance(meters);
        }
        boolean oneSport = sessions.stream().map(SessionMesg::getSport).distinct().count() == 1;
        track.sport(oneSport ? sport(first.getSport()) : Sport.OTHER);
    }

    private static Instant instant(DateTime time) {
        return time.getDate().toInstant();
    }

    private static Sport sport(com.garmin.fit.Sport sport) {
        if (sport == null || sport == com.garmin.fit.Sport.GENERIC) {
            return Sport.UNKNOWN;
        }
        return switch (sport) {
            case RUNNING -> Sport.RUNNING;
            case CYCLING, E_BIKING -> Sport.CYCLING;
            case WALKING -> Sport.WALKING;
            case HIKING -> Sport.HIKING;
            case SWIMMING -> Sport.SWIMMING;
            case ROWING -> Sport.ROWING;
            default -> Sport.OTHER;
        };
    }
}
