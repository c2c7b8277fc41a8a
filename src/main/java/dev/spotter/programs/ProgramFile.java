package dev.spotter.programs;

import java.util.List;

import dev.spotter.clients.Client;
import dev.spotter.clients.SafetyProfile;
import dev.spotter.programs.engine.CheckReport;

/**
 * Everything the builder shows: the program, the version on screen, the checker's verdict on it for the client as
 * they are today, the client (none for a template) and the history, newest first. A client reading their own
 * program gets the published version only, without findings or history.
 */
public record ProgramFile(ProgramSummary program, ProgramVersion shown, CheckReport report, Client client,
                          SafetyProfile safety, List<VersionEntry> history) {

    /** Whether the version on screen is the one edits apply to. */
    public boolean current() {
        return shown.version() == program.currentVersion();
    }

    public boolean editable() {
        return current() && !program.archived();
    }
}
