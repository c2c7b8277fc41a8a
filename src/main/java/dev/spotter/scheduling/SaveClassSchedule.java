package dev.spotter.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import dev.spotter.platform.tenancy.MemberId;

/** Puts a class on the timetable: which class, who leads it, where, from when, and how it repeats. */
public record SaveClassSchedule(UUID serviceId, MemberId coach, UUID roomId, LocalDate firstDate, LocalTime startTime,
                                String rule) {
}
