/**
 * Progress: body measurements with their body-composition estimates, fitness assessments rated against published
 * norms, goals with a trend and a projected date, charts of all of it, and the progress report a coach sends.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Progress")
package dev.spotter.progress;
