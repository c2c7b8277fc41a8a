package dev.spotter.training;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.ExerciseCatalog;
import dev.spotter.exercises.engine.Substitution;
import dev.spotter.platform.tenancy.Units;
import dev.spotter.programs.engine.Reason;
import dev.spotter.science.MassUnit;
import dev.spotter.science.PersonalRecords;
import dev.spotter.science.TrainingLoad;
import dev.spotter.training.engine.SessionEnergy;
import dev.spotter.training.internal.Adjustments;

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

    /** How many of a client's pain reports their coach's page lists. */
    public static final int PAIN_SHOWN = 10;

    /** Sessions behind the plan that make a client worth a look. */
    public static final int BEHIND = 2;

    /** Days without a session, with a program published, that make a client worth a look. */
    public static final int QUIET_DAYS = 10;

    private final Workouts workouts;
    private final ProgramBook programs;
    private final ClientDirectory clients;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StudioDirectory studios;
    private final Adjustments adjustments;
    private final Substitutes substitutes;
    private final Autoregulation autoregulation;
    private final ExerciseCatalog catalog;

    TrainingLog(Workouts workouts, ProgramBook programs, ClientDirectory clients, ApplicationEventPublisher events,
                Clock clock, StudioDirectory studios, Adjustments adjustments, Substitutes substitutes,
                Autoregulation autoregulation, ExerciseCatalog catalog) {
        this.adjustments = adjustments;
        this.substitutes = substitutes;
        this.autoregulation = autoregulation;
        this.catalog = catalog;
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

    /**
     * The calling client's next session (made safe for movements they reported as painful), or the workout they
     * have open, with what they did last time and the load suggested for each loaded exercise.
     */
    @Transactional(readOnly = true)
    public Today today(SpotterPrincipal caller) {
        requireClient(caller);
        Client self = clients.self(caller);
        MassUnit unit = unit(caller);
        ZoneId zone = studios.timeZone(caller.studioId());
        Optional<PublishedProgram> published = programs.published(caller);
        List<Workout> recent = workouts.recentDone(caller.studioId(), self.id(), RECENT);
        Map<UUID, List<WorkoutComment>> comments = workouts.comments(caller.studioId(),
                recent.stream().map(Workout::id).toList());
        if (published.isEmpty()) {
            return Today.without(null, 0, recent, comments, unit, zone);
        }
        PublishedProgram program = published.get();
        PlanOrder order = new PlanOrder(program.body());
        var done = workouts.done(caller.studioId(), self.id(), program.program().id());
        Optional<Workout> open = workouts.open(caller.studioId(), self.id())
                .filter(workout -> workout.programId().equals(program.program().id()));
        List<PainReport> pain = painful(caller, self);
        if (open.isPresent()) {
            Workout workout = open.get();
            Session session = workouts.session(caller.studioId(), workout.id());
            PlanPosition position = order.position(workout.weekNumber(), workout.sessionIndex())
                    .orElse(new PlanPosition(workout.weekNumber(), workout.sessionIndex(), done.size() + 1,
                            order.positions().size()));
            Map<String, Exercise> library = exercises(caller, session);
            List<PainReport> before = pain.stream().filter(report -> !report.workoutId().equals(workout.id()))
                    .toList();
            return new Today(program, position, session, workout, workouts.sets(caller.studioId(), workout.id()),
                    lastTime(caller, self, session, workout.id()), done.size(), recent, comments,
                    autoregulation.suggest(caller.studioId(), self.id(), session, library,
                            studios.loading(caller.studioId()), unit, zone),
                    substitutes.cautions(session, before, library, zone),
                    adjustments.swaps(caller.studioId(), List.of(workout.id())).getOrDefault(workout.id(), List.of()),
                    adjustments.reportsOf(caller.studioId(), List.of(workout.id()))
                            .getOrDefault(workout.id(), List.of()), unit, zone);
        }
        Optional<PlanPosition> next = order.next(done);
        if (next.isEmpty()) {
            return Today.without(program, done.size(), recent, comments, unit, zone);
        }
        Session planned = order.session(next.get());
        Map<String, Exercise> library = exercises(caller, planned);
        Substitutes.Guarded guarded = substitutes.guard(caller.studioId(), self, planned, pain, library, zone);
        Session session = guarded.session();
        if (!guarded.swaps().isEmpty()) {
            library = exercises(caller, session);
        }
        return new Today(program, next.get(), session, null, List.of(), lastTime(caller, self, session, null),
                done.size(), recent, comments, autoregulation.suggest(caller.studioId(), self.id(), session, library,
                studios.loading(caller.studioId()), unit, zone), guarded.cautions(), List.of(), List.of(), unit, zone);
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
        Session plan = order.session(next);
        Substitutes.Guarded guarded = substitutes.guard(caller.studioId(), self, plan, painful(caller, self),
                exercises(caller, plan), studios.timeZone(caller.studioId()));
        Session session = guarded.session();
        int prescribed = session.prescriptions().mapToInt(Prescription::sets).sum();
        Workout workout = new Workout(UUID.randomUUID(), self.id(), program.program().id(),
                program.program().publishedVersion(), next.weekNumber(), next.sessionIndex(), session.name(),
                prescribed, WorkoutStatus.IN_PROGRESS, clock.instant(), null, null, null, null, 0);
        if (!workouts.start(caller.studioId(), workout, session)) {
            // Another request started it a moment ago: answer that one.
            return workouts.open(caller.studioId(), self.id()).map(found -> new Started(found, false))
                    .orElseThrow(() -> new ConflictException(null, "This session was started already"));
        }
        for (Substitutes.Planned planned : guarded.swaps()) {
            adjustments.swap(caller.studioId(), new Swap(UUID.randomUUID(), workout.id(), planned.slot(),
                    planned.from().exerciseId(), planned.from().exerciseName(), planned.to().id(),
                    planned.to().name(), SwapReason.PAIN_AVOIDED, null, clock.instant()));
        }
        return new Started(workouts.find(caller.studioId(), workout.id()).orElseThrow(), true);
    }

    /** The safe alternatives the calling client may swap in for the exercise in a slot of their open workout. */
    @Transactional(readOnly = true)
    public Substitution alternatives(SpotterPrincipal caller, UUID workoutId, String slot) {
        requireClient(caller);
        Client self = clients.self(caller);
        Workout workout = own(caller, self, workoutId);
        Prescription item = item(workouts.session(caller.studioId(), workout.id()), slot);
        return substitutes.alternatives(caller.studioId(), self, item, painful(caller, self));
    }

    /**
     * Swaps the exercise in a slot of the calling client's open workout for one of its safe alternatives, with the
     * client's reason. Sets already logged keep their exercise; a swap sent again is answered as it was made.
     */
    @Transactional
    public Swap swap(SpotterPrincipal caller, UUID workoutId, SwapExercise command) {
        requireClient(caller);
        Client self = clients.self(caller);
        Workout workout = own(caller, self, workoutId);
        Optional<Swap> made = adjustments.findSwap(caller.studioId(), command.swapId());
        if (made.isPresent()) {
            if (!made.get().workoutId().equals(workoutId)) {
                throw new ConflictException("swapId", "This swap id was used in another workout");
            }
            return made.get();
        }
        if (workout.done()) {
            throw new ConflictException("workoutId", "This workout is finished; exercises can no longer be swapped");
        }
        Session session = workouts.session(caller.studioId(), workoutId);
        Prescription item = item(session, command.slot());
        if (item.exerciseId().equals(command.exerciseId())) {
            throw new InvalidFieldException("exerciseId", "is the exercise you have already: choose another");
        }
        Exercise to = substitutes.offered(caller.studioId(), self, item, painful(caller, self), command.exerciseId())
                .orElseThrow(() -> new InvalidFieldException("exerciseId", "is not one of the safe alternatives to "
                        + item.exerciseName() + " for you"));
        List<Reason> why = new ArrayList<>(item.why());
        why.add(0, new Reason("training.swap", "You swapped this in for " + item.exerciseName() + " during the "
                + "workout: " + command.reason().label().toLowerCase(Locale.ROOT) + ".", null));
        Swap swap = new Swap(command.swapId(), workoutId, item.slot(), item.exerciseId(), item.exerciseName(),
                to.id(), to.name(), command.reason(), command.note(), clock.instant());
        if (adjustments.swap(caller.studioId(), swap)) {
            workouts.replaceSession(caller.studioId(), workoutId, Substitutes.replace(session,
                    item.withExercise(to.id(), to.name(), why)));
        }
        return adjustments.findSwap(caller.studioId(), swap.id()).orElseThrow();
    }

    /**
     * Records the calling client's report of pain in one of their workouts, open or finished: their coach sees it
     * with a suggested condition, and until the coach resolves it the client's next sessions avoid the movement.
     * A report sent again is answered as it was stored.
     */
    @Transactional
    public PainReport reportPain(SpotterPrincipal caller, UUID workoutId, ReportPain command) {
        requireClient(caller);
        Client self = clients.self(caller);
        Workout workout = own(caller, self, workoutId);
        Optional<PainReport> stored = adjustments.findReport(caller.studioId(), command.reportId());
        if (stored.isPresent()) {
            if (!stored.get().workoutId().equals(workoutId)) {
                throw new ConflictException("reportId", "This report id was used in another workout");
            }
            return stored.get();
        }
        Prescription item = command.slot() == null ? null
                : item(workouts.session(caller.studioId(), workout.id()), command.slot());
        Exercise exercise = item == null ? null : catalog.find(caller.studioId(), item.exerciseId()).orElse(null);
        PainReport report = new PainReport(command.reportId(), self.id(), workoutId, command.slot(),
                item == null ? null : item.exerciseId(), item == null ? null : item.exerciseName(),
                exercise == null ? null : exercise.pattern().name(), command.score(), command.region(),
                command.side(), command.note(), command.region().suggestedCondition(), clock.instant(), null, null);
        if (adjustments.report(caller.studioId(), report)) {
            events.publishEvent(new PainReported(caller.studioId(), report.id(), self.id(), workoutId,
                    report.score(), report.region(), report.suggestedCondition()));
        }
        return adjustments.findReport(caller.studioId(), report.id()).orElseThrow();
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
        List<LoggedSet> sets = workouts.sets(caller.studioId(), id);
        Session session = workouts.session(caller.studioId(), id);
        Client client = caller.coaches() ? clients.client(caller, workout.clientId()) : clients.self(caller);
        return new WorkoutFile(workout, session, sets,
                workouts.comments(caller.studioId(), List.of(id)).getOrDefault(id, List.of()),
                adjustments.swaps(caller.studioId(), List.of(id)).getOrDefault(id, List.of()),
                adjustments.reportsOf(caller.studioId(), List.of(id)).getOrDefault(id, List.of()),
                autoregulation.records(caller.studioId(), workout.clientId(), id, studios.timeZone(caller.studioId())),
                kcal(caller, client, workout, sets));
    }

    /** The personal records a finished workout of the calling client set. */
    @Transactional(readOnly = true)
    public List<PersonalRecords.PersonalRecord> records(SpotterPrincipal caller, UUID workoutId) {
        Workout workout = caller.coaches() ? workouts.find(caller.studioId(), workoutId)
                .orElseThrow(() -> new NotFoundException("Workout")) : own(caller, workoutId);
        return autoregulation.records(caller.studioId(), workout.clientId(), workoutId,
                studios.timeZone(caller.studioId()));
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
        List<PainReport> pain = adjustments.reports(caller.studioId(), client.id(), PAIN_SHOWN);
        List<Workout> latest = paging.page() == 0 ? page.items()
                : workouts.list(caller.studioId(), client.id(), new Paging(0, 1)).items();
        return new ClientTraining(client, published.orElse(null), compliance, page.items(), page.total(), load,
                attention(pain, compliance, latest.isEmpty() ? null : latest.get(0), load, published.isPresent(),
                        zone), pain);
    }

    /** Resolves a client's pain report: the movement comes back into their sessions. */
    @Transactional
    public PainReport resolvePain(SpotterPrincipal caller, UUID clientId, UUID reportId, String resolution) {
        requireCoach(caller);
        Client client = clients.client(caller, clientId);
        PainReport report = adjustments.findReport(caller.studioId(), reportId)
                .filter(found -> found.clientId().equals(client.id()))
                .orElseThrow(() -> new NotFoundException("Pain report"));
        String text = resolution == null || resolution.isBlank() ? null : resolution.strip();
        if (text != null && text.length() > ReportPain.MAX_NOTE) {
            throw new InvalidFieldException("resolution", "must be at most " + ReportPain.MAX_NOTE + " characters");
        }
        if (report.open()) {
            adjustments.resolve(caller.studioId(), reportId, caller.memberId().value(), text, clock.instant());
        }
        return adjustments.findReport(caller.studioId(), reportId).orElseThrow();
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

    private List<Attention> attention(List<PainReport> pain, Compliance compliance, Workout latest, LoadSummary load,
                                      boolean programmed, ZoneId zone) {
        List<Attention> attention = new ArrayList<>();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
        for (PainReport report : pain) {
            if (report.open()) {
                attention.add(new Attention(Attention.Kind.PAIN, "Pain reported: " + report.describe() + " on "
                        + report.reportedAt().atZone(zone).format(day) + (report.severe() ? ". Contact the client "
                        + "before their next session." : ". The movement is avoided until you resolve it."),
                        report.severe()));
            }
        }
        if (compliance != null && compliance.plannedSoFar() - compliance.done() >= BEHIND) {
            attention.add(new Attention(Attention.Kind.BEHIND_PLAN, (compliance.plannedSoFar() - compliance.done())
                    + " sessions behind the plan: " + compliance.done() + " done of " + compliance.plannedSoFar()
                    + " planned so far.", false));
        }
        if (programmed) {
            Instant last = latest == null ? null : latest.startedAt();
            long quiet = last == null ? -1 : java.time.Duration.between(last, clock.instant()).toDays();
            if (quiet >= QUIET_DAYS) {
                attention.add(new Attention(Attention.Kind.NO_RECENT_SESSION, "No session for " + quiet
                        + " days: the last was on " + last.atZone(zone).format(day) + ".", false));
            }
        }
        if (load != null) {
            for (TrainingLoad.Flag flag : load.flags()) {
                attention.add(new Attention(Attention.Kind.LOAD_SPIKE, flag.label() + ".", false));
            }
        }
        return attention;
    }

    /** Open pain reports with any pain: those whose movements the client's sessions avoid. */
    private List<PainReport> painful(SpotterPrincipal caller, Client self) {
        return adjustments.openReports(caller.studioId(), self.id()).stream().filter(report -> report.score() > 0)
                .toList();
    }

    /** The session's exercises by id, read in one query. */
    private Map<String, Exercise> exercises(SpotterPrincipal caller, Session session) {
        return index(catalog.findAll(caller.studioId(), session.prescriptions().map(Prescription::exerciseId)
                .distinct().toList()));
    }

    private static Map<String, Exercise> index(List<Exercise> exercises) {
        return exercises.stream()
                .collect(Collectors.toMap(Exercise::id, Function.identity(), (first, second) -> first));
    }

    private MassUnit unit(SpotterPrincipal caller) {
        return studios.unitsOf(caller.studioId(), caller.memberId()) == Units.IMPERIAL ? MassUnit.LB : MassUnit.KG;
    }

    private static Prescription item(Session session, String slot) {
        return session.prescriptions()
                .filter(found -> found.slot().equals(slot)).findFirst()
                .orElseThrow(() -> new InvalidFieldException("slot", "is not an exercise of this session"));
    }

    /** The workout's energy estimate, or null while unfinished or without the client's body mass. */
    private Long kcal(SpotterPrincipal caller, Client client, Workout workout, List<LoggedSet> sets) {
        if (workout.minutes() == null || client.bodyMassKg() == null) {
            return null;
        }
        Map<String, Integer> timed = new LinkedHashMap<>();
        for (LoggedSet set : sets) {
            if (set.done()) {
                timed.merge(set.exerciseId(), set.reps() == null && set.seconds() != null ? set.seconds() : 0,
                        Integer::sum);
            }
        }
        if (timed.isEmpty()) {
            return null;
        }
        Map<String, Exercise> library = index(catalog.findAll(caller.studioId(), timed.keySet()));
        List<SessionEnergy.Part> parts = timed.entrySet().stream().map(entry -> {
            Exercise exercise = library.get(entry.getKey());
            return new SessionEnergy.Part(exercise == null || exercise.met() == null ? null
                    : exercise.met().value(), entry.getValue());
        }).toList();
        double mass = client.bodyMassKg().doubleValue();
        return mass >= 20 && mass <= 350 ? SessionEnergy.kcal(parts, workout.minutes(), mass) : null;
    }

    private Map<String, List<LoggedSet>> lastTime(SpotterPrincipal caller, Client self, Session session,
                                                  UUID excluding) {
        List<String> exercises = session.prescriptions().map(Prescription::exerciseId).distinct().toList();
        return workouts.lastTime(caller.studioId(), self.id(), exercises, excluding);
    }

    private Workout own(SpotterPrincipal caller, UUID id) {
        return own(caller, clients.self(caller), id);
    }

    /** The client's own workout; another client's, or another studio's, is not found. */
    private Workout own(SpotterPrincipal caller, Client self, UUID id) {
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
