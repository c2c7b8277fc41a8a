package dev.spotter.scheduling.solver;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * One class the studio wants this week, such as the third Spin class; the solver chooses when it starts, the room
 * and the trainer. It only ever offers the class the rooms that suit it and the trainers qualified to lead it, which
 * spares the search from trying the many that never could; when none suits or none is qualified, it offers them all,
 * so that the rule the studio cannot keep shows in the score and its explanation.
 */
@PlanningEntity
public class ClassSession {

    @PlanningId
    private String id;
    private ClassType classType;

    @PlanningVariable
    private TimeSlot timeSlot;
    @PlanningVariable(valueRangeProviderRefs = "candidateRooms")
    private Room room;
    @PlanningVariable(valueRangeProviderRefs = "candidateTrainers")
    private Trainer trainer;

    private List<Room> candidateRooms;
    private List<Trainer> candidateTrainers;

    /** For the solver, which clones sessions through this constructor. */
    ClassSession() {
    }

    /**
     * The {@code number}-th class of its type this week (its id reads {@code spin-3}), still to be placed in one of
     * the studio's rooms with one of its trainers. The rooms that suit it are offered starting from a different one
     * for each number, so that a first fit spreads the classes over them.
     */
    public ClassSession(ClassType classType, int number, List<Room> rooms, List<Trainer> trainers) {
        this(classType.id() + "-" + number, classType, null, null, null);
        List<Room> suiting = new ArrayList<>(suitingOrAll(rooms,
                room -> room.fits(classType) && room.hasEquipmentFor(classType)));
        Collections.rotate(suiting, -(number - 1));
        this.candidateRooms = List.copyOf(suiting);
        this.candidateTrainers = suitingOrAll(trainers, trainer -> trainer.isQualifiedFor(classType));
    }

    /**
     * A session already placed, to be scored (as the rules' tests do); its only candidates are its own room and
     * trainer, so a solver would only move it in time.
     */
    public ClassSession(String id, ClassType classType, TimeSlot timeSlot, Room room, Trainer trainer) {
        this.id = Checks.named(id, "A class session's id");
        this.classType = Objects.requireNonNull(classType, "class type of " + id);
        this.timeSlot = timeSlot;
        this.room = room;
        this.trainer = trainer;
        this.candidateRooms = room == null ? List.of() : List.of(room);
        this.candidateTrainers = trainer == null ? List.of() : List.of(trainer);
    }

    private static <T> List<T> suitingOrAll(List<T> all, Predicate<T> suits) {
        List<T> suiting = all.stream().filter(suits).toList();
        return suiting.isEmpty() ? List.copyOf(all) : suiting;
    }

    public String getId() {
        return id;
    }

    public ClassType getClassType() {
        return classType;
    }

    /** The rooms that suit this class, or every room when none does. */
    @ValueRangeProvider(id = "candidateRooms")
    public List<Room> getCandidateRooms() {
        return candidateRooms;
    }

    /** The trainers qualified to lead this class, or every trainer when nobody is. */
    @ValueRangeProvider(id = "candidateTrainers")
    public List<Trainer> getCandidateTrainers() {
        return candidateTrainers;
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
