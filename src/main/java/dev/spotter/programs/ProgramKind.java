package dev.spotter.programs;

/** Whether a program is written for one client or kept by the studio as a template to apply to clients. */
public enum ProgramKind {
    PROGRAM, TEMPLATE
}
