package dev.spotter.training;

import java.util.List;

import dev.spotter.clients.Client;
import dev.spotter.programs.PublishedProgram;

/**
 * A client's training as their coach reads it: the program they follow (null when none is published), how closely
 * they follow it, a page of their workouts, newest first, their training load (null before the first session),
 * what needs the coach's attention, and the client's pain reports, open ones first.
 */
public record ClientTraining(Client client, PublishedProgram published, Compliance compliance, List<Workout> workouts,
                             long total, LoadSummary load, List<Attention> attention, List<PainReport> pain) {
}
