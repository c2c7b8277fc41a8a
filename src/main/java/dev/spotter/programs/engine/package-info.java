/**
 * The program engine, plain Java: the program model, the generator that drafts a program from a client's
 * profile and the published guidance in {@code Guidance}, and the checker that judges any program, generated
 * or edited, against the client's safety profile.
 */
@org.springframework.modulith.NamedInterface("engine")
package dev.spotter.programs.engine;
