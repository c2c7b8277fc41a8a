/**
 * The exercise knowledge base: the built-in library and each studio's own exercises, search, safe substitution,
 * and import/export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exercises")
package dev.spotter.exercises;
