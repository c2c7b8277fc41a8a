/**
 * Scheduling: a trainer's weekly hours with exceptions and time off, the studio's locations, rooms and services,
 * 1:1 bookings from free slots, and group classes (recurring by an RFC 5545 rule, places up to the capacity, a
 * waitlist promoted when a place frees up, check-in, the instructor's roster with safety flags), calendar feeds and
 * booking emails with the session attached, reminder emails 24 h and 2 h before a 1:1 session sent by a
 * cluster-safe db-scheduler job; the weekly class timetable solver is plain Java in {@code solver}. Times
 * are stored as UTC instants and shown and entered in the studio's time zone.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling")
package dev.spotter.scheduling;
