package dev.spotter.training;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.InvalidFieldsException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.programs.engine.Prescription;
import dev.spotter.programs.engine.Session;
import dev.spotter.science.activity.Activity;
import dev.spotter.science.activity.ActivityFileRejected;
import dev.spotter.science.activity.ActivityFiles;
import dev.spotter.studios.StudioDirectory;
import dev.spotter.training.engine.ActivityAnalysis;
import dev.spotter.training.engine.Cardio;
import dev.spotter.training.internal.Activities;
import dev.spotter.training.internal.Workouts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cardio sessions imported from watch and app files (GPX, TCX, FIT): a client imports their own, as an extra
 * session or for a cardio prescription of one of their workouts, and deletes them; coaches read their clients'.
 * A file is refused whole, writing nothing, and the same file imported again answers the activity it made first.
 */
@Service
public class ActivityLog {

    /** How many finished workouts, besides the open one, the import form offers to attach to. */
    private static final int ATTACHABLE_FINISHED = 3;

    private final Activities activities;
    private final Workouts workouts;
    private final ClientDirectory clients;
    private final StudioDirectory studios;
    private final Clock clock;

    ActivityLog(Activities activities, Workouts workouts, ClientDirectory clients, StudioDirectory studios,
                Clock clock) {
        this.activities = activities;
        this.workouts = workouts;
        this.clients = clients;
        this.studios = studios;
        this.clock = clock;
    }

    /** A page of activities with the total. */
    public record Page(List<ImportedActivity> items, long total) {
    }

    /**
     * An import's outcome: the activity, whether this import stored it (false: the same file was imported before),
     * and the number of the set it logged on the open workout's cardio exercise, if it logged one.
     */
    public record Imported(ImportedActivity activity, boolean created, Integer loggedSet) {
    }

    /** A cardio prescription of one of the client's workouts that an imported activity may be attached to. */
    public record CardioSlot(UUID workoutId, String slot, String exerciseName, String sessionName,
                             WorkoutStatus status, Instant startedAt) {
    }

    /** A workout of the client with the session it was started from. */
    public record AttachableWorkout(UUID id, String sessionName, WorkoutStatus status, Instant startedAt,
                                    Session session) {
    }

    // ---- the client ----

    /**
     * Imports a device file for the calling client, as an extra session or, with a workout and a slot, for that
     * cardio prescription of their open or finished workout. Attached to the open workout, it also logs the
     * exercise's next set with its time, distance and heart rate, so the Today screen shows it done.
     */
    @Transactional
    public Imported importFile(SpotterPrincipal caller, byte[] content, String fileName, String workoutText,
                               String slot) {
        requireClient(caller);
        String attachSlot = slot == null || slot.isBlank() ? null : slot.strip();
        UUID workoutId = workoutId(workoutText);
        List<InvalidFieldsException.Problem> problems = new ArrayList<>();
        Activity activity = null;
        if (content == null || content.length == 0) {
            problems.add(new InvalidFieldsException.Problem("file", "is required: choose a GPX, TCX or FIT file"));
        } else {
            try {
                activity = ActivityFiles.read(content);
            } catch (ActivityFileRejected e) {
                problems.add(new InvalidFieldsException.Problem("file", "was not imported: " + e.reason()));
            }
        }
        if (workoutId != null && attachSlot == null) {
            problems.add(new InvalidFieldsException.Problem("slot", "is required with workoutId: the cardio "
                    + "exercise the session was for"));
        } else if (workoutId == null && attachSlot != null) {
            problems.add(new InvalidFieldsException.Problem("workoutId", "is required with slot: the workout the "
                    + "session was for"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        Client self = clients.self(caller);
        String sha256 = sha256(content);
        Optional<ImportedActivity> before = activities.byContent(caller.studioId(), self.id(), sha256);
        if (before.isPresent()) {
            return new Imported(before.get(), false, null);
        }
        Workout workout = null;
        Prescription item = null;
        if (workoutId != null) {
            workout = workouts.find(caller.studioId(), workoutId).filter(found -> found.clientId().equals(self.id()))
                    .orElseThrow(() -> new InvalidFieldException("workoutId", "is not one of your workouts"));
            item = Cardio.in(workouts.session(caller.studioId(), workoutId)).stream()
                    .filter(found -> found.slot().equals(attachSlot)).findFirst()
                    .orElseThrow(() -> new InvalidFieldException("slot", "is not a cardio exercise of this workout"));
        }
        ImportedActivity imported = summary(caller, self, activity, workoutId, attachSlot, fileName, sha256);
        if (!activities.add(caller.studioId(), imported)) {
            // The same file arrived a moment ago in another request: answer that import.
            return new Imported(activities.byContent(caller.studioId(), self.id(), sha256).orElseThrow(), false, null);
        }
        Integer loggedSet = workout != null && !workout.done() ? logSet(caller, imported, item) : null;
        return new Imported(activities.find(caller.studioId(), imported.id()).orElseThrow(), true, loggedSet);
    }

    /** The calling client's activities, the latest started first. */
    @Transactional(readOnly = true)
    public Page mine(SpotterPrincipal caller, Paging paging) {
        requireClient(caller);
        return activities.list(caller.studioId(), clients.self(caller).id(), paging);
    }

    /** The cardio prescriptions of the calling client's open workout and latest finished ones, newest first. */
    @Transactional(readOnly = true)
    public List<CardioSlot> cardioSlots(SpotterPrincipal caller) {
        requireClient(caller);
        return activities.attachable(caller.studioId(), clients.self(caller).id(), ATTACHABLE_FINISHED).stream()
                .flatMap(workout -> Cardio.in(workout.session()).stream()
                        .map(item -> new CardioSlot(workout.id(), item.slot(), item.exerciseName(),
                                workout.sessionName(), workout.status(), workout.startedAt())))
                .toList();
    }

    /**
     * Deletes one of the calling client's activities. A set it logged on a workout that is still open goes with it;
     * on a finished workout the set stays, as the session was closed with it.
     */
    @Transactional
    public void delete(SpotterPrincipal caller, UUID id) {
        requireClient(caller);
        ImportedActivity activity = activity(caller, id);
        activities.remove(caller.studioId(), activity);
    }

    // ---- reading ----

    /** One activity: a client's only their own, a coach's of any client of the studio. */
    @Transactional(readOnly = true)
    public ImportedActivity activity(SpotterPrincipal caller, UUID id) {
        Optional<ImportedActivity> found = activities.find(caller.studioId(), id);
        if (!caller.coaches()) {
            UUID self = clients.self(caller).id();
            found = found.filter(activity -> activity.clientId().equals(self));
        }
        return found.orElseThrow(() -> new NotFoundException("Activity"));
    }

    /** A client's activities for their coach, the latest started first. */
    @Transactional(readOnly = true)
    public Page forClient(SpotterPrincipal caller, UUID clientId, Paging paging) {
        if (!caller.coaches()) {
            throw new AccessDeniedException("Only coaches read a client's activities");
        }
        return activities.list(caller.studioId(), clients.client(caller, clientId).id(), paging);
    }

    // ---- the working parts ----

    private ImportedActivity summary(SpotterPrincipal caller, Client self, Activity activity, UUID workoutId,
                                     String slot, String fileName, String sha256) {
        LocalDate day = LocalDate.ofInstant(activity.start(), studios.timeZone(caller.studioId()));
        ActivityAnalysis analysis = ActivityAnalysis.of(activity, self.restingHeartRate(), self.age(day), self.sex());
        int seconds = (int) Math.max(1, Math.round(activity.duration().toMillis() / 1000.0));
        double metres = Math.round(activity.distanceMeters() * 10) / 10.0;
        Integer pace = activity.averagePacePerKm().map(Duration::toMillis)
                .map(millis -> (int) Math.max(1, Math.round(millis / 1000.0))).orElse(null);
        Integer average = activity.averageHeartRate().isPresent()
                ? (int) Math.round(activity.averageHeartRate().getAsDouble()) : null;
        Integer maximum = activity.maxHeartRate().isPresent() ? activity.maxHeartRate().getAsInt() : null;
        return new ImportedActivity(UUID.randomUUID(), self.id(), workoutId, slot, null, null, activity.format(),
                activity.sport(), activity.start(), seconds, metres, pace, average, maximum, analysis.restingHr(),
                analysis.maximalHr(), analysis.zones(), analysis.zonesMissing(), analysis.trimp(),
                analysis.trimpMissing(), fileName(fileName), sha256, clock.instant());
    }

    /**
     * Logs the activity as the next set of the open workout's cardio exercise, its id the activity's own, when a
     * set is left and the recording fits what a set holds; answers the set's number, or null.
     */
    private Integer logSet(SpotterPrincipal caller, ImportedActivity activity, Prescription item) {
        if (activity.seconds() > SetEntry.MAX_SECONDS) {
            return null;
        }
        List<Integer> logged = workouts.sets(caller.studioId(), activity.workoutId()).stream()
                .filter(set -> set.slot().equals(item.slot())).map(LoggedSet::setNumber).toList();
        Optional<Integer> next = IntStream.rangeClosed(1, item.sets()).boxed()
                .filter(number -> !logged.contains(number)).findFirst();
        if (next.isEmpty()) {
            return null;
        }
        int metres = (int) Math.round(activity.metres());
        Integer avgHr = heartRate(activity.avgHr());
        Integer maxHr = heartRate(activity.maxHr());
        workouts.addSet(caller.studioId(), new LoggedSet(activity.id(), activity.workoutId(), item.slot(),
                item.exerciseId(), next.get(), null, null, null, null, activity.seconds(),
                metres >= 1 && metres <= SetEntry.MAX_METRES ? metres : null, avgHr,
                maxHr != null && (avgHr == null || maxHr >= avgHr) ? maxHr : null, true, clock.instant()));
        return next.get();
    }

    private static UUID workoutId(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("workoutId", "is not one of your workouts");
        }
    }

    private static Integer heartRate(Integer bpm) {
        return bpm != null && bpm >= SetEntry.MIN_HR && bpm <= SetEntry.MAX_HR ? bpm : null;
    }

    /** The file's own name without any folders a browser sent, at most 255 characters. */
    private static String fileName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return base.isEmpty() ? null : base.length() > 255 ? base.substring(0, 255) : base;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireClient(SpotterPrincipal caller) {
        if (caller.coaches()) {
            throw new AccessDeniedException("Clients import their own activities");
        }
    }
}
