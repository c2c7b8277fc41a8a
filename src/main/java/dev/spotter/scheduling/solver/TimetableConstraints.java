package dev.spotter.scheduling.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

/**
 * The rules of a good timetable. Hard rules weigh the minutes of timetable they spoil (minutes of overlap, of a class
 * outside a trainer's availability, of a class led by someone unqualified), so the solver is drawn towards smaller
 * breaches before it removes them; soft rules weigh members' wishes and trainers' comfort.
 */
public class TimetableConstraints implements ConstraintProvider {

    public static final String TRAINER_DOUBLE_BOOKED = "Trainer double-booked";
    public static final String ROOM_DOUBLE_BOOKED = "Room double-booked";
    public static final String TRAINER_NOT_QUALIFIED = "Trainer not qualified";
    public static final String TRAINER_UNAVAILABLE = "Trainer unavailable";
    public static final String TRAINER_OVER_WEEKLY_HOURS = "Trainer over weekly hours";
    public static final String ROOM_TOO_SMALL = "Room too small";
    public static final String ROOM_LACKS_EQUIPMENT = "Room lacks equipment";
    public static final String OUTSIDE_OPENING_HOURS = "Class outside opening hours";

    public static final String MEMBERS_PREFERRED_TIME = "Members' preferred time";
    public static final String UNFAIR_LOAD = "Unfair load across trainers";
    public static final String GAP_IN_TRAINERS_DAY = "Gap in a trainer's day";
    public static final String SAME_CLASS_SAME_DAY = "Same class twice in a day";
    public static final String OUTSIDE_TRAINERS_PREFERRED_TIMES = "Outside trainer's preferred times";

    /** A break this short between two classes is the changeover, not a gap in the trainer's day. */
    static final int CHANGEOVER_MINUTES = 15;

    // Soft weights, in points of soft score. A member preference rewards its own weight (members who would come),
    // so these read as "worth as much as that many members' wishes".
    static final int SAME_CLASS_SAME_DAY_WEIGHT = 3;
    static final int GAP_WEIGHT = 2;
    static final int OUTSIDE_TRAINERS_PREFERRED_TIMES_WEIGHT = 2;

    // The construction heuristic sets a session's trainer, then its room, then its time, one step each; every rule
    // reads only the variables it needs, so that each step is already judged by the rules it can affect.
    private static final Predicate<ClassSession> TIME = session -> session.getTimeSlot() != null;
    private static final Predicate<ClassSession> ROOM = session -> session.getRoom() != null;
    private static final Predicate<ClassSession> TRAINER = session -> session.getTrainer() != null;
    private static final Predicate<ClassSession> TIME_AND_ROOM = TIME.and(ROOM);
    private static final Predicate<ClassSession> TIME_AND_TRAINER = TIME.and(TRAINER);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                trainerDoubleBooked(factory),
                roomDoubleBooked(factory),
                trainerNotQualified(factory),
                trainerUnavailable(factory),
                trainerOverWeeklyHours(factory),
                roomTooSmall(factory),
                roomLacksEquipment(factory),
                outsideOpeningHours(factory),
                membersPreferredTime(factory),
                unfairLoad(factory),
                gapInTrainersDay(factory),
                sameClassSameDay(factory),
                outsideTrainersPreferredTimes(factory)
        };
    }

    Constraint trainerDoubleBooked(ConstraintFactory factory) {
        // Durations differ, so two classes clash when their times overlap, not only when they start together.
        return sessionsWith(factory, TIME_AND_TRAINER)
                .join(sessionsWith(factory, TIME_AND_TRAINER),
                        Joiners.equal(ClassSession::getTrainer),
                        Joiners.overlapping(ClassSession::startMinute, ClassSession::endMinute),
                        Joiners.lessThan(ClassSession::getId))
                .penalize(HardSoftScore.ONE_HARD, ClassSession::overlapMinutes)
                .justifyWith((a, b, score) -> new Reason(a.getTrainer() + " leads " + inWeekOrder(a, b)
                        + ", which overlap by " + WeekClock.hours(a.overlapMinutes(b))))
                .asConstraint(TRAINER_DOUBLE_BOOKED);
    }

    Constraint roomDoubleBooked(ConstraintFactory factory) {
        return sessionsWith(factory, TIME_AND_ROOM)
                .join(sessionsWith(factory, TIME_AND_ROOM),
                        Joiners.equal(ClassSession::getRoom),
                        Joiners.overlapping(ClassSession::startMinute, ClassSession::endMinute),
                        Joiners.lessThan(ClassSession::getId))
                .penalize(HardSoftScore.ONE_HARD, ClassSession::overlapMinutes)
                .justifyWith((a, b, score) -> new Reason(a.getRoom() + " holds " + inWeekOrder(a, b)
                        + ", which overlap by " + WeekClock.hours(a.overlapMinutes(b))))
                .asConstraint(ROOM_DOUBLE_BOOKED);
    }

    Constraint trainerNotQualified(ConstraintFactory factory) {
        return sessionsWith(factory, TRAINER)
                .filter(session -> !session.getTrainer().isQualifiedFor(session.getClassType()))
                .penalize(HardSoftScore.ONE_HARD, ClassSession::durationMinutes)
                .justifyWith((session, score) -> new Reason(session.getTrainer() + " is not qualified for "
                        + session))
                .asConstraint(TRAINER_NOT_QUALIFIED);
    }

    Constraint trainerUnavailable(ConstraintFactory factory) {
        return sessionsWith(factory, TIME_AND_TRAINER)
                .filter(session -> unavailableMinutes(session) > 0)
                .penalize(HardSoftScore.ONE_HARD, TimetableConstraints::unavailableMinutes)
                .justifyWith((session, score) -> new Reason(session.getTrainer() + " is not available for "
                        + (unavailableMinutes(session) == session.durationMinutes()
                                ? session.toString()
                                : WeekClock.hours(unavailableMinutes(session)) + " of " + session)))
                .asConstraint(TRAINER_UNAVAILABLE);
    }

    Constraint trainerOverWeeklyHours(ConstraintFactory factory) {
        return sessionsWith(factory, TRAINER)
                .groupBy(ClassSession::getTrainer, ConstraintCollectors.sum(ClassSession::durationMinutes))
                .filter((trainer, minutes) -> minutes > trainer.maxWeeklyMinutes())
                .penalize(HardSoftScore.ONE_HARD, (trainer, minutes) -> minutes - trainer.maxWeeklyMinutes())
                .justifyWith((trainer, minutes, score) -> new Reason(trainer + " would lead "
                        + WeekClock.hours(minutes) + " a week, more than the " + WeekClock.hours(
                        trainer.maxWeeklyMinutes()) + " agreed"))
                .asConstraint(TRAINER_OVER_WEEKLY_HOURS);
    }

    Constraint roomTooSmall(ConstraintFactory factory) {
        return sessionsWith(factory, ROOM)
                .filter(session -> !session.getRoom().fits(session.getClassType()))
                .penalize(HardSoftScore.ONE_HARD, ClassSession::durationMinutes)
                .justifyWith((session, score) -> new Reason(session.getRoom() + " holds "
                        + session.getRoom().capacity() + ", too few for the "
                        + session.getClassType().expectedAttendance() + " expected at " + session))
                .asConstraint(ROOM_TOO_SMALL);
    }

    Constraint roomLacksEquipment(ConstraintFactory factory) {
        return sessionsWith(factory, ROOM)
                .filter(session -> !session.getRoom().hasEquipmentFor(session.getClassType()))
                .penalize(HardSoftScore.ONE_HARD, ClassSession::durationMinutes)
                .justifyWith((session, score) -> new Reason(session.getRoom() + " has no "
                        + String.join(", ", session.getRoom().missingFor(session.getClassType())) + " for "
                        + session))
                .asConstraint(ROOM_LACKS_EQUIPMENT);
    }

    Constraint outsideOpeningHours(ConstraintFactory factory) {
        return sessionsWith(factory, TIME)
                .filter(session -> session.endMinute() > session.getTimeSlot().closingMinute())
                .penalize(HardSoftScore.ONE_HARD,
                        session -> session.endMinute() - session.getTimeSlot().closingMinute())
                .justifyWith((session, score) -> new Reason(session + " runs "
                        + WeekClock.hours(session.endMinute() - session.getTimeSlot().closingMinute())
                        + " past closing at " + session.getTimeSlot().studioCloses()))
                .asConstraint(OUTSIDE_OPENING_HOURS);
    }

    Constraint membersPreferredTime(ConstraintFactory factory) {
        return sessionsWith(factory, TIME)
                .join(MemberPreference.class,
                        Joiners.equal(session -> session.getClassType().id(), MemberPreference::classTypeId),
                        Joiners.equal(ClassSession::day, preference -> preference.window().day()))
                .filter((session, preference) -> preference.includesStart(session.startMinute()))
                .reward(HardSoftScore.ONE_SOFT, (session, preference) -> preference.weight())
                .justifyWith((session, preference, score) -> new Reason(session + " meets a wish of "
                        + preference.weight() + " members for " + session.getClassType() + " on "
                        + preference.window()))
                .asConstraint(MEMBERS_PREFERRED_TIME);
    }

    Constraint unfairLoad(ConstraintFactory factory) {
        // Each trainer's load is the share of their own weekly hours they lead, so that a part-timer is not handed a
        // full-timer's week. Squaring it makes one busy trainer cost more than two half-busy ones, which pulls the
        // shares together; unlike a standard deviation over all trainers, a move only rescores the trainers it
        // touches.
        return sessionsWith(factory, TRAINER)
                .groupBy(ClassSession::getTrainer, ConstraintCollectors.sum(ClassSession::durationMinutes))
                .filter((trainer, minutes) -> squaredLoad(trainer, minutes) > 0)
                .penalize(HardSoftScore.ONE_SOFT, TimetableConstraints::squaredLoad)
                .justifyWith((trainer, minutes, score) -> new Reason(trainer + " leads " + WeekClock.hours(minutes)
                        + ", " + minutes * 100 / trainer.maxWeeklyMinutes() + " % of their "
                        + WeekClock.hours(trainer.maxWeeklyMinutes())))
                .asConstraint(UNFAIR_LOAD);
    }

    Constraint gapInTrainersDay(ConstraintFactory factory) {
        // A trainer leads a handful of classes a day, so sorting them costs less than an interval tree would.
        return sessionsWith(factory, TIME_AND_TRAINER)
                .groupBy(ClassSession::getTrainer, ClassSession::day, ConstraintCollectors.toList())
                .filter((trainer, day, sessions) -> gaps(sessions) > 0)
                .penalize(HardSoftScore.ofSoft(GAP_WEIGHT), (trainer, day, sessions) -> gaps(sessions))
                .justifyWith((trainer, day, sessions, score) -> new Reason(trainer + " waits between classes "
                        + gaps(sessions) + (gaps(sessions) == 1 ? " time" : " times") + " on "
                        + WeekClock.dayLabel(day)))
                .asConstraint(GAP_IN_TRAINERS_DAY);
    }

    Constraint sameClassSameDay(ConstraintFactory factory) {
        return sessionsWith(factory, TIME)
                .join(sessionsWith(factory, TIME),
                        Joiners.equal(ClassSession::getClassType),
                        Joiners.equal(ClassSession::day),
                        Joiners.lessThan(ClassSession::getId))
                .penalize(HardSoftScore.ofSoft(SAME_CLASS_SAME_DAY_WEIGHT))
                .justifyWith((a, b, score) -> new Reason(inWeekOrder(a, b) + " fall on the same day"))
                .asConstraint(SAME_CLASS_SAME_DAY);
    }

    Constraint outsideTrainersPreferredTimes(ConstraintFactory factory) {
        return sessionsWith(factory, TIME_AND_TRAINER)
                .filter(session -> !session.getTrainer().prefersStartAt(session.startMinute()))
                .penalize(HardSoftScore.ofSoft(OUTSIDE_TRAINERS_PREFERRED_TIMES_WEIGHT))
                .justifyWith((session, score) -> new Reason(session + " is outside " + session.getTrainer()
                        + "'s preferred times"))
                .asConstraint(OUTSIDE_TRAINERS_PREFERRED_TIMES);
    }

    private static UniConstraintStream<ClassSession> sessionsWith(ConstraintFactory factory,
                                                                  Predicate<ClassSession> placed) {
        return factory.forEachIncludingUnassigned(ClassSession.class).filter(placed);
    }

    /** "Spin at Tue 18:00 and HIIT at Tue 18:30", the earlier first whatever order the solver paired them in. */
    private static String inWeekOrder(ClassSession a, ClassSession b) {
        boolean aFirst = a.startMinute() < b.startMinute()
                || a.startMinute() == b.startMinute() && a.getId().compareTo(b.getId()) <= 0;
        return aFirst ? a + " and " + b : b + " and " + a;
    }

    private static int unavailableMinutes(ClassSession session) {
        return session.getTrainer().minutesUnavailable(session.startMinute(), session.endMinute());
    }

    /** Breaks longer than a changeover between one day's classes, however the classes overlap. */
    private static int gaps(List<ClassSession> sessions) {
        if (sessions.size() < 2) {
            return 0;
        }
        List<ClassSession> inOrder = new ArrayList<>(sessions);
        inOrder.sort(Comparator.comparingInt(ClassSession::startMinute));
        int gaps = 0;
        int busyUntil = inOrder.get(0).endMinute();
        for (ClassSession next : inOrder.subList(1, inOrder.size())) {
            if (next.startMinute() - busyUntil > CHANGEOVER_MINUTES) {
                gaps++;
            }
            busyUntil = Math.max(busyUntil, next.endMinute());
        }
        return gaps;
    }

    /** The square of the load in tenths of a percent of the trainer's weekly hours, over 10,000: 80 % costs 64. */
    static int squaredLoad(Trainer trainer, int minutes) {
        long perMille = minutes * 1000L / trainer.maxWeeklyMinutes();
        return (int) (perMille * perMille / 10_000);
    }

}
