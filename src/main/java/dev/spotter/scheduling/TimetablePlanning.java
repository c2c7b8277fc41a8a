package dev.spotter.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.scheduling.engine.WeeklyHours;
import dev.spotter.scheduling.solver.ClassSession;
import dev.spotter.scheduling.solver.ClassType;
import dev.spotter.scheduling.solver.Impossibility;
import dev.spotter.scheduling.solver.JobProgress;
import dev.spotter.scheduling.solver.JobStatus;
import dev.spotter.scheduling.solver.Timetable;
import dev.spotter.scheduling.solver.TimetableExplanation;
import dev.spotter.scheduling.solver.TimetableProblem;
import dev.spotter.scheduling.solver.TimetableSolver;
import dev.spotter.scheduling.solver.Trainer;
import dev.spotter.scheduling.solver.WeeklyWindow;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's timetable optimiser: builds the solver's problem from the studio's class services, coaches' weekly
 * hours and qualifications and rooms, runs it as one background job per studio, and turns an accepted, feasible
 * result into weekly classes.
 */
@org.springframework.stereotype.Service
public class TimetablePlanning {

    /** Stands in for the qualification of a class service that asks for none, so that every coach holds it. */
    private static final String ANY_COACH = "any coach";

    private final ObjectProvider<TimetableSolver> solvers;
    private final ScheduleSetup setup;
    private final ClassBook classes;
    private final Map<StudioId, Run> runs = new ConcurrentHashMap<>();

    TimetablePlanning(ObjectProvider<TimetableSolver> solvers, ScheduleSetup setup, ClassBook classes) {
        this.solvers = solvers;
        this.setup = setup;
        this.classes = classes;
    }

    /** What the owner asks for: how many of each class service a week, the open days and hours, the start step. */
    public record Demand(Map<UUID, Integer> perWeek, Set<DayOfWeek> days, LocalTime opens, LocalTime closes,
                         int stepMinutes) {

        public Demand {
            perWeek = Map.copyOf(perWeek);
            days = days == null ? Set.of() : Set.copyOf(days);
        }
    }

    /** What starting did: the job started, or the impossibilities that kept it from starting. */
    public record Started(boolean started, List<Impossibility> impossibilities) {
    }

    /** A run as the page shows it: progress, the placed classes by time, and the explanation once it ended. */
    public record View(JobProgress progress, List<Placed> classes, Optional<TimetableExplanation> explanation) {

        public boolean running() {
            return progress.status() == JobStatus.NOT_STARTED || progress.status() == JobStatus.SOLVING;
        }

        public boolean acceptable() {
            return !running() && progress.bestSoFar().map(Timetable::isFeasible).orElse(false);
        }
    }

    /** One class of a timetable, as the owner reads it. */
    public record Placed(DayOfWeek day, LocalTime start, LocalTime end, String className, String coach, String room) {
    }

    /** The class services a timetable can hold: active ones of kind Class or Small group. */
    public List<Service> classServices(SpotterPrincipal caller) {
        requireOwner(caller);
        return setup.services(caller).stream().filter(service -> service.kind().group() && service.active())
                .toList();
    }

    /** Checks the demand and, when nothing makes it impossible, starts solving in place of the studio's last run. */
    public Started start(SpotterPrincipal caller, Demand demand) {
        TimetableProblem problem = problem(caller, demand);
        List<Impossibility> impossibilities = solver().precheck(problem);
        if (!impossibilities.isEmpty()) {
            return new Started(false, impossibilities);
        }
        Run previous = runs.remove(caller.studioId());
        if (previous != null) {
            solver().forget(previous.jobId());
        }
        runs.put(caller.studioId(), new Run(solver().start(problem)));
        return new Started(true, List.of());
    }

    /** The studio's current run, if it has one. */
    public Optional<View> current(SpotterPrincipal caller) {
        requireOwner(caller);
        Run run = runs.get(caller.studioId());
        if (run == null) {
            return Optional.empty();
        }
        JobProgress progress = solver().progress(run.jobId());
        List<Placed> placed = progress.bestSoFar().map(TimetablePlanning::placed).orElse(List.of());
        View view = new View(progress, placed, Optional.empty());
        if (view.running() || progress.bestSoFar().isEmpty()) {
            return Optional.of(view);
        }
        return Optional.of(new View(progress, placed, Optional.of(solver().explain(progress.bestSoFar().get()))));
    }

    public void stop(SpotterPrincipal caller) {
        requireOwner(caller);
        Run run = runs.get(caller.studioId());
        if (run != null) {
            solver().stop(run.jobId());
        }
    }

    /**
     * Puts every class of the finished, feasible timetable on the class timetable, weekly from next Monday, all in
     * one transaction; the run is then over.
     */
    @Transactional
    public List<ClassSchedule> accept(SpotterPrincipal caller) {
        requireOwner(caller);
        Run run = runs.get(caller.studioId());
        if (run == null) {
            throw new ConflictException("timetable", "find a timetable first");
        }
        JobProgress progress = solver().progress(run.jobId());
        if (progress.status() == JobStatus.NOT_STARTED || progress.status() == JobStatus.SOLVING) {
            throw new ConflictException("timetable", "the optimiser is still working; wait or stop it first");
        }
        Timetable best = progress.bestSoFar().filter(Timetable::isFeasible).orElseThrow(() ->
                new ConflictException("timetable", "this timetable breaks hard rules, so it cannot be accepted"));
        LocalDate monday = classes.now().atZone(classes.zone(caller)).toLocalDate()
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        List<ClassSchedule> created = new ArrayList<>();
        for (ClassSession session : best.getSessions()) {
            DayOfWeek day = session.day();
            created.add(classes.createSchedule(caller, new SaveClassSchedule(
                    UUID.fromString(session.getClassType().id()), MemberId.parse(session.getTrainer().id())
                    .orElseThrow(), UUID.fromString(session.getRoom().id()), monday.plusDays(day.getValue() - 1L),
                    session.start(), "FREQ=WEEKLY;BYDAY=" + day.name().substring(0, 2))));
        }
        runs.remove(caller.studioId());
        solver().forget(run.jobId());
        return created;
    }

    private TimetableProblem problem(SpotterPrincipal caller, Demand demand) {
        List<ClassType> types = new ArrayList<>();
        for (Service service : classServices(caller)) {
            int wanted = demand.perWeek().getOrDefault(service.id(), 0);
            if (wanted < 0 || wanted > 50) {
                throw new InvalidFieldException("perWeek", "ask for 0 to 50 of each class a week");
            }
            if (wanted > 0) {
                types.add(new ClassType(service.id().toString(), service.name(), service.duration(),
                        qualification(service.qualification()), Set.of(), service.capacity(), wanted));
            }
        }
        if (types.isEmpty()) {
            throw new InvalidFieldException("perWeek", "ask for at least one class a week");
        }
        if (demand.days().isEmpty()) {
            throw new InvalidFieldException("days", "choose the days the studio is open");
        }
        if (demand.opens() == null || demand.closes() == null || !demand.closes().isAfter(demand.opens())) {
            throw new InvalidFieldException("closes", "give opening hours that end after they start");
        }
        if (demand.stepMinutes() < 5 || demand.stepMinutes() > 120) {
            throw new InvalidFieldException("stepMinutes", "classes may start every 5 to 120 minutes");
        }
        List<WeeklyWindow> opening = demand.days().stream().sorted()
                .map(day -> new WeeklyWindow(day, demand.opens(), demand.closes())).toList();
        List<Trainer> trainers = new ArrayList<>();
        for (var coach : setup.coaches(caller)) {
            CoachHours hours = setup.hours(caller, coach.memberId());
            List<WeeklyWindow> available = merged(hours.weekly().stream().map(CoachHours.Weekly::hours).toList());
            if (available.isEmpty()) {
                continue;
            }
            Set<String> qualifications = new LinkedHashSet<>(hours.qualifications());
            qualifications.add(ANY_COACH);
            int minutes = available.stream().mapToInt(WeeklyWindow::minutes).sum();
            trainers.add(new Trainer(coach.memberId().toString(), coach.displayName(), qualifications, available,
                    Duration.ofMinutes(minutes), List.of()));
        }
        if (trainers.isEmpty()) {
            throw new InvalidFieldException("perWeek", "no coach has weekly hours yet; add them under Hours");
        }
        List<dev.spotter.scheduling.solver.Room> rooms = setup.locations(caller).stream()
                .flatMap(location -> location.rooms().stream())
                .map(room -> new dev.spotter.scheduling.solver.Room(room.id().toString(), room.name(),
                        room.capacity(), Set.copyOf(room.equipment())))
                .toList();
        if (rooms.isEmpty()) {
            throw new InvalidFieldException("perWeek", "the studio has no rooms yet; add one under Services and rooms");
        }
        return new TimetableProblem(opening, Duration.ofMinutes(demand.stepMinutes()), trainers, rooms, types,
                List.of());
    }

    /** A coach's weekly hours as availability windows, hours that overlap or touch joined into one. */
    static List<WeeklyWindow> merged(List<WeeklyHours> weekly) {
        List<WeeklyHours> sorted = weekly.stream().sorted(Comparator.comparing(WeeklyHours::day)
                .thenComparing(WeeklyHours::start)).toList();
        List<WeeklyWindow> windows = new ArrayList<>();
        for (WeeklyHours hours : sorted) {
            WeeklyWindow last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (last != null && last.day() == hours.day() && !hours.start().isAfter(last.to())) {
                LocalTime end = hours.end().isAfter(last.to()) ? hours.end() : last.to();
                windows.set(windows.size() - 1, new WeeklyWindow(last.day(), last.from(), end));
            } else {
                windows.add(new WeeklyWindow(hours.day(), hours.start(), hours.end()));
            }
        }
        return windows;
    }

    private static String qualification(String qualification) {
        return qualification == null || qualification.isBlank() ? ANY_COACH : qualification;
    }

    private static List<Placed> placed(Timetable timetable) {
        return timetable.getSessions().stream().filter(ClassSession::isPlaced)
                .sorted(Comparator.comparingInt(ClassSession::startMinute))
                .map(session -> new Placed(session.day(), session.start(), session.end(),
                        session.getClassType().name(), session.getTrainer().name(), session.getRoom().name()))
                .toList();
    }

    /** The application's solver, built on first use: building it costs half a second that start-up need not pay. */
    private TimetableSolver solver() {
        return solvers.getObject();
    }

    private static void requireOwner(SpotterPrincipal caller) {
        if (!caller.isOwner()) {
            throw new AccessDeniedException("Only the owner plans the timetable");
        }
    }

    private record Run(UUID jobId) {
    }
}
