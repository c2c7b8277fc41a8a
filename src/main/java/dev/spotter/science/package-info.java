/**
 * Published exercise science as plain Java, each formula or table with its citation and a test that reproduces a
 * worked example: heart rate and heart-rate zones, TRIMP, energy from METs, one-rep-max equations, the RPE chart,
 * load rounding to real plates and dumbbells, next-load progression rules, personal records, training load, body
 * composition ({@code body}), fitness assessments against published norms ({@code assessment}), and
 * ({@code activity}) GPX, TCX and FIT device files.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Science", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.spotter.science;
