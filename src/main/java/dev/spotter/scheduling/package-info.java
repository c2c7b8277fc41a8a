/**
 * Scheduling: when and where the studio's classes run and who leads them. So far it holds the weekly class
 * timetable solver, plain Java in {@code solver}, which the module's pages and API will drive.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling")
package dev.spotter.scheduling;
