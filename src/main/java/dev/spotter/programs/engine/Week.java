package dev.spotter.programs.engine;

import java.util.List;

/** One week of a program: its number from 1, whether it is a deload week, what it is for, and its sessions. */
public record Week(int number, boolean deload, String focus, List<Session> sessions) {

    public Week {
        if (number < 1) {
            throw new IllegalArgumentException("Weeks are numbered from 1");
        }
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }
}
