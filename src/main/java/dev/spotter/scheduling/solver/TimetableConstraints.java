package dev.spotter.scheduling.solver;

import java.util.Comparator;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.common.ConnectedRangeChain;
import ai.timefold.solver.core.api.score.stream.common.LoadBalance;
import ai.timefold.solver.core.api.score.stream.common.RangeGap;

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
    /** Load is measured in tenths of a percent of each trainer's weekly hours; this many tenths cost one point. */
    static final int UNFAIRNESS_PER_POINT = 20;

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
        return factory.forEachUniquePair(ClassSession.class,
                        Joiners.equal(ClassSession::getTrainer),
                        Joiners.overlapping(ClassSession::startMinute, ClassSession::endMinute))
                .penalize(HardSoftScore.ONE_HARD, ClassSession::overlapMinutes)
                .justifyWith((a, b, score) -> new Reason(a.getTrainer() + " leads " + inWeekOrder(a, b)
                        + ", which overlap by " + WeekClock.hours(a.overlapMinutes(b))))
                .asConstraint(TRAINER_DOUBLE_BOOKED);
    }

    Constraint roomDoubleBooked(ConstraintFactory factory) {
        return factory.forEachUniquePair(ClassSession.class,
                        Joiners.equal(ClassSession::getRoom),
                        Joiners.overlapping(ClassSession::startMinute, ClassSession::endMinute))
                .penalize(HardSoftScore.ONE_HARD, ClassSession::overlapMinutes)
                .justifyWith((a, b, score) -> new Reason(a.getRoom() + " holds " + inWeekOrder(a, b)
                        + ", which overlap by " + WeekClock.hours(a.overlapMinutes(b))))
                .asConstraint(ROOM_DOUBLE_BOOKED);
    }

    Constraint trainerNotQualified(ConstraintFactory factory) {
        return factory.forEach(ClassSession.class)
                .filter(session -> !session.getTrainer().isQualifiedFor(session.getClassType()))
                .penalize(HardSoftScore.ONE_HARD, ClassSession::durationMinutes)
                .justifyWith((session, score) -> new Reason(session.getTrainer() + " is not qualified for "
                        + session))
                .asConstraint(TRAINER_NOT_QUALIFIED);
    }

    Constraint trainerUnavailable(ConstraintFactory factory) {
        return factory.forEach(ClassSession.class)
                .filter(session -> unavailableMinutes(session) > 0)
                .penalize(HardSoftScore.ONE_HARD, TimetableConstraints::unavailableMinutes)
                .justifyWith((session, score) -> new Reason(session.getTrainer() + " is not available for "
                        + (unavailableMinutes(session) == session.durationMinutes()
                                ? session.toString()
                                : WeekClock.hours(unavailableMinutes(session)) + " of " + session)))
                .asConstraint(TRAINER_UNAVAILABLE);
    }

    Constraint trainerOverWeeklyHours(ConstraintFactory factory) {
        return factory.forEach(ClassSession.class)
                .groupBy(ClassSession::getTrainer, ConstraintCollectors.sum(ClassSession::durationMinutes))
                .filter((trainer, minutes) -> minutes > trainer.maxWeeklyMinutes())
                .penalize(HardSoftScore.ONE_HARD, (trainer, minutes) -> minutes - trainer.maxWeeklyMinutes())
                .justifyWith((trainer, minutes, score) -> new Reason(trainer + " would lead "
                        + WeekClock.hours(minutes) + " a week, more than the " + WeekClock.hours(
                        trainer.maxWeeklyMinutes()) + " agreed"))
                .asConstraint(TRAINER_OVER_WEEKLY_HOURS);
    }

    Constraint roomTooSmall(ConstraintFactory factory) {
        return factory.forEach(ClassSession.class)
                .filter(session -> !session.getRoom().fits(session.getClassType()))
                .penalize(HardSoftScore.ONE_HARD, ClassSession::durationMinutes)
                .justifyWith((session, score) -> new Reason(session.getRoom() + " holds "
                        + session.getRoom().capacity() + ", too few for the "
                        + session.getClassType().expectedAttendance() + " expected at " + session))
                .asConstraint(ROOM_TOO_SMALL);
    }

    Constraint roomLacksEquipment(ConstraintFactory factory) {
        return factory.forEach(ClassSession.class)
                .filter(session -> !session.getRoom().hasEquipmentFor(session.getClassType()))
                .penalize(HardSoftScore.ONE_HARD, ClassSession::durationMinutes)
                .justifyWith((session, score) -> new Reason(session.getRoom() + " has no "
                        + String.join(", ", session.getRoom().missingFor(session.getClassType())) + " for "
                        + session))
                .asConstraint(ROOM_LACKS_EQUIPMENT);
    }

    Constraint outsideOpeningHours(ConstraintFactory factory) {
        return factory.forEach(ClassSession.class)
                .filter(session -> session.endMinute() > session.getTimeSlot().closingMinute())
                .penalize(HardSoftScore.ONE_HARD,
                        session -> session.endMinute() - session.getTimeSlot().closingMinute())
                .justifyWith((session, score) -> new Reason(session + " runs "
                        + WeekClock.hours(session.endMinute() - session.getTimeSlot().closingMinute())
                        + " past closing at " + session.getTimeSlot().studioCloses()))
                .asConstraint(OUTSIDE_OPENING_HOURS);
    }

    Constraint membersPreferredTime(ConstraintFactory factory) {
        return factory.forEach(ClassSession.class)
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
        // Load is a share of each trainer's own weekly hours, so a part-timer is not handed a full-timer's week.
        return factory.forEach(ClassSession.class)
                .groupBy(ConstraintCollectors.loadBalance(ClassSession::getTrainer,
                        session -> session.durationMinutes() * 1000L / session.getTrainer().maxWeeklyMinutes()))
                .filter(balance -> balance.unfairness().intValue() >= UNFAIRNESS_PER_POINT)
                .penalize(HardSoftScore.ONE_SOFT, balance -> balance.unfairness().intValue() / UNFAIRNESS_PER_POINT)
                .justifyWith((balance, score) -> new Reason(describeLoad(balance)))
                .asConstraint(UNFAIR_LOAD);
    }

    Constraint gapInTrainersDay(ConstraintFactory factory) {
        return factory.forEach(ClassSession.class)
                .groupBy(ClassSession::getTrainer, ClassSession::day,
                        ConstraintCollectors.toConnectedRanges(ClassSession::startMinute, ClassSession::endMinute))
                .filter((trainer, day, chain) -> gaps(chain) > 0)
                .penalize(HardSoftScore.ofSoft(GAP_WEIGHT), (trainer, day, chain) -> gaps(chain))
                .justifyWith((trainer, day, chain, score) -> new Reason(trainer + " waits between classes "
                        + gaps(chain) + (gaps(chain) == 1 ? " time" : " times") + " on "
                        + WeekClock.dayLabel(day)))
                .asConstraint(GAP_IN_TRAINERS_DAY);
    }

    Constraint sameClassSameDay(ConstraintFactory factory) {
        return factory.forEachUniquePair(ClassSession.class,
                        Joiners.equal(ClassSession::getClassType),
                        Joiners.equal(ClassSession::day))
                .penalize(HardSoftScore.ofSoft(SAME_CLASS_SAME_DAY_WEIGHT))
                .justifyWith((a, b, score) -> new Reason(inWeekOrder(a, b) + " fall on the same day"))
                .asConstraint(SAME_CLASS_SAME_DAY);
    }

    Constraint outsideTrainersPreferredTimes(ConstraintFactory factory) {
        return factory.forEach(ClassSession.class)
                .filter(session -> !session.getTrainer().prefersStartAt(session.startMinute()))
                .penalize(HardSoftScore.ofSoft(OUTSIDE_TRAINERS_PREFERRED_TIMES_WEIGHT))
                .justifyWith((session, score) -> new Reason(session + " is outside " + session.getTrainer()
                        + "'s preferred times"))
                .asConstraint(OUTSIDE_TRAINERS_PREFERRED_TIMES);
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

    private static int gaps(ConnectedRangeChain<ClassSession, Long, Long> chain) {
        int gaps = 0;
        for (RangeGap<Long, Long> gap : chain.getGaps()) {
            if (gap.getLength() > CHANGEOVER_MINUTES) {
                gaps++;
            }
        }
        return gaps;
    }

    private static String describeLoad(LoadBalance<Trainer> balance) {
        Map.Entry<Trainer, Long> lightest = balance.loads().entrySet().stream()
                .min(Map.Entry.<Trainer, Long>comparingByValue().thenComparing(e -> e.getKey().id())).orElseThrow();
        Map.Entry<Trainer, Long> heaviest = balance.loads().entrySet().stream()
                .max(Map.Entry.<Trainer, Long>comparingByValue().thenComparing(e -> e.getKey().id(),
                        Comparator.reverseOrder())).orElseThrow();
        return "Weekly load is uneven: from " + lightest.getKey() + " at " + lightest.getValue() / 10
                + " % of their hours to " + heaviest.getKey() + " at " + heaviest.getValue() / 10 + " %";
    }
}
