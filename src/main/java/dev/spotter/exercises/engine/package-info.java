/**
 * The substitution engine, plain Java: other modules describe a client with a {@code ClientContext} and read the
 * {@code Substitution} that {@code ExerciseCatalog.alternatives} returns.
 */
@org.springframework.modulith.NamedInterface("engine")
package dev.spotter.exercises.engine;
