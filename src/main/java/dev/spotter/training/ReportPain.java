package dev.spotter.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.spotter.platform.api.InvalidFieldsException;

/**
 * What a client reports when something hurts: the score on a 0-10 numeric rating scale, where, which side, the
 * exercise's slot if it happened in one, and a note. The device names the report, so a resend stores it once.
 */
public record ReportPain(UUID reportId, String slot, Integer score, BodyRegion region, String side, String note) {

    public static final int MAX_NOTE = 500;

    public ReportPain {
        List<InvalidFieldsException.Problem> problems = new ArrayList<>();
        if (reportId == null) {
            problems.add(new InvalidFieldsException.Problem("reportId", "is required: a new UUID for every report"));
        }
        if (score == null || score < 0 || score > 10) {
            problems.add(new InvalidFieldsException.Problem("score", "must be between 0 (no pain) and 10 (worst "
                    + "imaginable)"));
        }
        if (region == null) {
            problems.add(new InvalidFieldsException.Problem("region", "is required: say where it hurts"));
        }
        side = side == null || side.isBlank() ? null : side.strip().toUpperCase(Locale.ROOT);
        if (side != null && !List.of("LEFT", "RIGHT", "BOTH").contains(side)) {
            problems.add(new InvalidFieldsException.Problem("side", "must be left, right or both"));
        } else if (side != null && region != null && !region.sided()) {
            side = null;
        }
        note = note == null || note.isBlank() ? null : note.strip();
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new InvalidFieldsException.Problem("note", "must be at most " + MAX_NOTE + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        slot = slot == null || slot.isBlank() ? null : slot.strip();
    }
}
