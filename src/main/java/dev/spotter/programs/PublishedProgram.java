package dev.spotter.programs;

import dev.spotter.programs.engine.Program;

/** The program a client follows: the version their coach published, and who published it. */
public record PublishedProgram(ProgramSummary program, Program body, String publishedBy) {
}
