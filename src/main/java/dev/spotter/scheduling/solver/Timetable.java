package dev.spotter.scheduling.solver;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;

/**
 * A week of classes: the studio's trainers, rooms, start times, class types and member preferences, and a session
 * for every class wanted. Before solving the sessions are unplaced; after, each has a time, a room and a trainer,
 * and the score says how good that is (hard: rules broken, soft: wishes met).
 */
@PlanningSolution
public class Timetable {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<TimeSlot> timeSlots;
    @ProblemFactCollectionProperty
    private List<Room> rooms;
    @ProblemFactCollectionProperty
    private List<Trainer> trainers;
    @ProblemFactCollectionProperty
    private List<ClassType> classTypes;
    @ProblemFactCollectionProperty
    private List<MemberPreference> memberPreferences;

    @PlanningEntityCollectionProperty
    private List<ClassSession> sessions;

    @PlanningScore
    private HardSoftScore score;

    /** For the solver, which clones timetables through this constructor. */
    Timetable() {
    }

    public Timetable(List<TimeSlot> timeSlots, List<Room> rooms, List<Trainer> trainers, List<ClassType> classTypes,
                     List<MemberPreference> memberPreferences, List<ClassSession> sessions) {
        this.timeSlots = List.copyOf(timeSlots);
        this.rooms = List.copyOf(rooms);
        this.trainers = List.copyOf(trainers);
        this.classTypes = List.copyOf(classTypes);
        this.memberPreferences = List.copyOf(memberPreferences);
        this.sessions = List.copyOf(sessions);
    }

    public List<TimeSlot> getTimeSlots() {
        return timeSlots;
    }

    public List<Room> getRooms() {
        return rooms;
    }

    public List<Trainer> getTrainers() {
        return trainers;
    }

    public List<ClassType> getClassTypes() {
        return classTypes;
    }

    public List<MemberPreference> getMemberPreferences() {
        return memberPreferences;
    }

    public List<ClassSession> getSessions() {
        return sessions;
    }

    /** Null until the solver or {@code TimetableSolver.explain} has scored the timetable. */
    public HardSoftScore getScore() {
        return score;
    }

    /** True when every session is placed and no hard rule is broken. */
    public boolean isFeasible() {
        return score != null && score.isFeasible() && isPlaced();
    }

    /** True when every session has a time, a room and a trainer. */
    public boolean isPlaced() {
        return sessions.stream().allMatch(ClassSession::isPlaced);
    }
}
