/**
 * The weekly class timetable solver, plain Java on Timefold Solver: a {@code TimetableProblem} describes the
 * studio's week (opening hours, trainers, rooms, class types and what members ask for), {@code TimetableSolver}
 * places every class at a time, in a room, with a trainer, and explains what the result breaks and why.
 */
package dev.spotter.scheduling.solver;
