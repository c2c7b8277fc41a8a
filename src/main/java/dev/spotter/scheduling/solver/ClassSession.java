package dev.spotter.scheduling.solver;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * One class the studio wants this week, such as the third Spin class; the solver chooses when it starts, the room
 * and the trainer.
 */
@PlanningEntity
public class ClassSession {

    @PlanningId
    private String id;
    private ClassType classType;

    @PlanningVariable
    private TimeSlot timeSlot;
    @PlanningVariable
    private Room room;
    @PlanningVariable
    private Trainer trainer;

    /** For the solver, which clones sessions through this constructor. */
    ClassSession() {
    }

    public ClassSession(String id, ClassType classType) {
        this(id, classType, null, null, null);
    }

    /** A session already placed, as a solved timetable or a test holds it. */
    public ClassSession(String id, ClassType classType, TimeSlot timeSlot, Room room, Trainer trainer) {
        this.id = Checks.named(id, "A class session's id");
        this.classType = Objects.requireNonNull(classType, "class type of " + id);
        this.timeSlot = timeSlot;
        this.room = room;
        this.trainer = trainer;
    }

    public String getId() {
        return id;
    }

    public ClassType getClassType() {
        return classType;
    }

    public TimeSlot getTimeSlot() {
        return timeSlot;
    }

    public Room getRoom() {
        return room;
    }

    public Trainer getTrainer() {
        return trainer;
    }

    public boolean isPlaced() {
        return timeSlot != null && room != null && trainer != null;
    }

    public DayOfWeek day() {
        return timeSlot.day();
    }

    public LocalTime start() {
        return timeSlot.start();
    }

    public LocalTime end() {
        return timeSlot.start().plusMinutes(durationMinutes());
    }

    public int startMinute() {
        return timeSlot.startMinute();
    }

    public int endMinute() {
        return timeSlot.startMinute() + classType.durationMinutes();
    }

    public int durationMinutes() {
        return classType.durationMinutes();
    }

    /** Minutes this session shares with another one. */
    public int overlapMinutes(ClassSession other) {
        return Math.max(0, Math.min(endMinute(), other.endMinute()) - Math.max(startMinute(), other.startMinute()));
    }

    /** "Spin at Tue 18:00", or "Spin (not placed yet)". */
    @Override
    public String toString() {
        return timeSlot == null ? classType.name() + " (not placed yet)" : classType.name() + " at " + timeSlot;
    }
}
