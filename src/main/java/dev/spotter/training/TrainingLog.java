package dev.spotter.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.programs.ProgramBook;
import dev.spotter.programs.PublishedProgram;
import dev.spotter.programs.engine.Prescription;
import dev.spotter.programs.engine.Session;
import dev.spotter.studios.StudioDirectory;
import dev.spotter.training.engine.PlanOrder;
import dev.spotter.training.engine.PlanPosition;
import dev.spotter.training.internal.Workouts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training log as the rest of Spotter uses it: a client's next session, starting it, logging sets (a set sent
 * again is stored once and answered the same), finishing with session RPE; coaches read their studio's workouts,
 * a client only their own.
 */
@Service
public class TrainingLog {

    /** How many finished workouts the Today screen shows with their coach's notes. */
    public static final int RECENT = 3;

    private final Workouts workouts;
    private final ProgramBook programs;
    private final ClientDirectory clients;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StudioDirectory studios;

    TrainingLog(Workouts workouts, ProgramBook programs, ClientDirectory clients, ApplicationEventPublisher events,
                Clock clock, StudioDirectory studios) {
        this.workouts = workouts;
        this.programs = programs;
        this.clients = clients;
        this.events = events;
        this.clock = clock;
        this.studios = studios;
    }

    /** A page of workouts with the total. */
    public record Page(List<Workout> items, long total) {
    }

    /** A started workout, and whether this call started it (false: it was already open). */
    public record Started(Workout workout, boolean created) {
    }

    // ---- the client ----

    /** The calling client's next session, or the workout they have open, with what they did last time. */
    @Transactional(readOnly = true)
    public Today today(SpotterPrincipal caller) {
        requireClient(caller);
        Client self = clients.self(caller);
        Optional<PublishedProgram> published = programs.published(caller);
        List<Workout> recent = workouts.recentDone(caller.studioId(), self.id(), RECENT);
        Map<UUID, List<WorkoutComment>> comments = workouts.comments(caller.studioId(),
                recent.stream().map(Workout::id).toList());
        if (published.isEmpty()) {
            return new Today(null, null, null, null, List.of(), Map.of(), 0, recent, comments);
        }
        PublishedProgram program = published.get();
        PlanOrder order = new PlanOrder(program.body());
        var done = workouts.done(caller.studioId(), self.id(), program.program().id());
        Optional<Workout> open = workouts.open(caller.studioId(), self.id())
                .filter(workout -> workout.programId().equals(program.program().id()));
        if (open.isPresent()) {
            Workout workout = open.get();
            Session session = workouts.session(caller.studioId(), workout.id());
            PlanPosition position = order.position(workout.weekNumber(), workout.sessionIndex())
                    .orElse(new PlanPosition(workout.weekNumber(), workout.sessionIndex(), done.size() + 1,
                            order.positions().size()));
            return new Today(program, position, session, workout, workouts.sets(caller.studioId(), workout.id()),
                    lastTime(caller, self, session, workout.id()), done.size(), recent, comments);
        }
        Optional<PlanPosition> next = order.next(done);
        if (next.isEmpty()) {
            return new Today(program, null, null, null, List.of(), Map.of(), done.size(), recent, comments);
        }
        Session session = order.session(next.get());
        return new Today(program, next.get(), session, null, List.of(), lastTime(caller, self, session, null),
                done.size(), recent, comments);
    }

    /**
     * Starts the calling client's next session. When they already have it open, that workout is answered; an open
     * workout of a program their coach has since replaced is closed first.
     */
    @Transactional
    public Started start(SpotterPrincipal caller) {
        requireClient(caller);
        Client self = clients.self(caller);
        PublishedProgram program = programs.published(caller)
                .orElseThrow(() -> new ConflictException(null, "Your coach has not published a program for you yet"));
        Optional<Workout> open = workouts.open(caller.studioId(), self.id());
        if (open.isPresent()) {
            if (open.get().programId().equals(program.program().id())) {
                return new Started(open.get(), false);
            }
            workouts.finish(caller.studioId(), open.get().id(), null, null, null, clock.instant());
        }
        PlanOrder order = new PlanOrder(program.body());
        PlanPosition next = order.next(workouts.done(caller.studioId(), self.id(), program.program().id()))
                .orElseThrow(() -> new ConflictException(null, "Every session of this program is done: ask your "
                        + "coach for the next one"));
        Session session = order.session(next);
        int prescribed = session.prescriptions().mapToInt(Prescription::sets).sum();
        Workout workout = new Workout(UUID.randomUUID(), self.id(), program.program().id(),
                program.program().publishedVersion(), next.weekNumber(), next.sessionIndex(), session.name(),
                prescribed, WorkoutStatus.IN_PROGRESS, clock.instant(), null, null, null, null, 0);
        if (!workouts.start(caller.studioId(), workout, session)) {
            // Another request started it a moment ago: answer that one.
            return workouts.open(caller.studioId(), self.id()).map(found -> new Started(found, false))
                    .orElseThrow(() -> new ConflictException(null, "This session was started already"));
        }
        return new Started(workouts.find(caller.studioId(), workout.id()).orElseThrow(), true);
    }

    /**
     * Logs a set of the calling client's workout. A set whose id the workout already has is not stored again: the
     * stored set is answered, so a device can resend a set it is unsure about.
     */
    @Transactional
    public LoggedSet log(SpotterPrincipal caller, UUID workoutId, SetEntry entry) {
        requireClient(caller);
        Client self = clients.self(caller);
        // The hot path of a session: one read of the workout with only the slot's prescription, one insert.
        Workouts.SetTarget target = workouts.setTarget(caller.studioId(), workoutId, entry.slot())
                .filter(found -> found.clientId().equals(self.id()))
                .orElseThrow(() -> new NotFoundException("Workout"));
        Prescription item = target.prescription();
        if (target.done() || item == null || entry.setNumber() > item.sets()) {
            // A set the workout already has is answered as stored, whatever the workout or the request says now.
            Optional<LoggedSet> stored = workouts.set(caller.studioId(), workoutId, entry.setId());
            if (stored.isPresent()) {
                return stored.get();
            }
            if (target.done()) {
                throw new ConflictException("workoutId", "This workout is finished; sets can no longer be added");
            }
            if (item == null) {
                throw new InvalidFieldException("slot", "is not an exercise of this session");
            }
            throw new InvalidFieldException("setNumber", "must be between 1 and " + item.sets() + " for "
                    + item.exerciseName());
        }
        LoggedSet set = new LoggedSet(entry.setId(), workoutId, item.slot(), item.exerciseId(), entry.setNumber(),
                entry.reps(), entry.loadKg(), entry.rpe(), entry.rir(), entry.seconds(), entry.metres(),
                entry.avgHr(), entry.maxHr(), entry.done(), clock.instant());
        return workouts.addSet(caller.studioId(), set);
    }

    /** Finishes the calling client's workout; finishing it again answers it as it was finished. */
    @Transactional
    public Workout finish(SpotterPrincipal caller, UUID workoutId, FinishWorkout finish) {
        requireClient(caller);
        Workout workout = own(caller, workoutId);
        if (workout.done()) {
            return workout;
        }
        Instant now = clock.instant();
        int minutes = finish.minutes() != null ? finish.minutes() : workout.elapsedMinutes(now);
        workouts.finish(caller.studioId(), workoutId, finish.sessionRpe(), minutes, finish.notes(), now);
        Workout finished = workouts.find(caller.studioId(), workoutId).orElseThrow();
        events.publishEvent(new WorkoutLogged(caller.studioId(), finished.id(), finished.clientId(),
                finished.programId(), finished.weekNumber(), finished.sessionIndex(), finished.load()));
        return finished;
    }

    // ---- reading ----

    /** Newest first. Coaches see their studio's (one client's with {@code clientId}); a client only their own. */
    @Transactional(readOnly = true)
    public Page list(SpotterPrincipal caller, UUID clientId, Paging paging) {
        UUID client;
        if (caller.coaches()) {
            client = clientId == null ? null : clients.client(caller, clientId).id();
        } else {
            client = clients.self(caller).id();
            if (clientId != null && !clientId.equals(client)) {
                return new Page(List.of(), 0);
            }
        }
        return workouts.list(caller.studioId(), client, paging);
    }

    /** A workout with its session and sets: a coach's for any client of the studio, a client's only their own. */
    @Transactional(readOnly = true)
    public WorkoutFile workout(SpotterPrincipal caller, UUID id) {
        Workout workout = caller.coaches() ? workouts.find(caller.studioId(), id)
                .orElseThrow(() -> new NotFoundException("Workout")) : own(caller, id);
        return new WorkoutFile(workout, workouts.session(caller.studioId(), id), workouts.sets(caller.studioId(), id),
                workouts.comments(caller.studioId(), List.of(id)).getOrDefault(id, List.of()));
    }

    // ---- the coach ----

    /** A client's program, how closely they follow it, and a page of their workouts, for their coach. */
    @Transactional(readOnly = true)
    public ClientTraining forClient(SpotterPrincipal caller, UUID clientId, Paging paging) {
        requireCoach(caller);
        Client client = clients.client(caller, clientId);
        Optional<PublishedProgram> published = programs.publishedFor(caller, client.id());
        Compliance compliance = published.map(program -> {
            PlanOrder order = new PlanOrder(program.body());
            int done = workouts.done(caller.studioId(), client.id(), program.program().id()).size();
            return new Compliance(done, order.plannedBy(program.program().publishedAt(), clock.instant()),
                    order.positions().size());
        }).orElse(null);
        Page page = workouts.list(caller.studioId(), client.id(), paging);
        // Eight weeks of sessions cover the 28-day chronic window and the weeks the ratios need to settle.
        ZoneId zone = studios.timeZone(caller.studioId());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LoadSummary load = LoadSummary.of(workouts.loads(caller.studioId(), client.id(), zone,
                today.minusWeeks(8).atStartOfDay(zone).toInstant()), today);
        return new ClientTraining(client, published.orElse(null), compliance, page.items(), page.total(), load);
    }

    /** Adds a coach's comment to a workout of their studio; the client reads it on their Today screen. */
    @Transactional
    public WorkoutComment comment(SpotterPrincipal caller, UUID workoutId, String text) {
        requireCoach(caller);
        Workout workout = workouts.find(caller.studioId(), workoutId)
                .orElseThrow(() -> new NotFoundException("Workout"));
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new InvalidFieldException("body", "is required: write your note to the client");
        }
        if (body.length() > WorkoutComment.MAX_LENGTH) {
            throw new InvalidFieldException("body", "must be at most " + WorkoutComment.MAX_LENGTH + " characters");
        }
        WorkoutComment comment = new WorkoutComment(UUID.randomUUID(), workout.id(), caller.displayName(), body,
                clock.instant());
        workouts.addComment(caller.studioId(), comment, caller.memberId().value());
        return comment;
    }

    // ---- the working parts ----

    private Map<String, List<LoggedSet>> lastTime(SpotterPrincipal caller, Client self, Session session,
                                                  UUID excluding) {
        List<String> exercises = session.prescriptions().map(Prescription::exerciseId).distinct().toList();
        return workouts.lastTime(caller.studioId(), self.id(), exercises, excluding);
    }

    private Workout own(SpotterPrincipal caller, UUID id) {
        Client self = clients.self(caller);
        return workouts.find(caller.studioId(), id).filter(workout -> workout.clientId().equals(self.id()))
                .orElseThrow(() -> new NotFoundException("Workout"));
    }

    private static void requireCoach(SpotterPrincipal caller) {
        if (!caller.coaches()) {
            throw new AccessDeniedException("Only coaches read a client's training and comment on it");
        }
    }

    private static void requireClient(SpotterPrincipal caller) {
        if (caller.coaches()) {
            throw new AccessDeniedException("Clients log their own workouts");
        }
    }
}
