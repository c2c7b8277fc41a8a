package dev.spotter.scheduling;

import java.time.Instant;

/** One occurrence of a class with how full it is and, for a member, their own place in it (or null). */
public record ClassOccurrence(ClassSchedule schedule, Instant startsAt, String coachName, int booked,
                              int waitlisted, ClassPlace mine) {

    public Instant endsAt() {
        return startsAt.plus(schedule.duration());
    }

    public int placesLeft() {
        return Math.max(0, schedule.capacity() - booked);
    }

    public boolean full() {
        return placesLeft() == 0;
    }
}
