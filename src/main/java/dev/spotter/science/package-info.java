/**
 * Published exercise science as plain Java, each formula with its citation and a test that reproduces a
 * worked example: heart rate, and later energy, strength estimates and norm tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Science", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.spotter.science;
