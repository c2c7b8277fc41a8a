package dev.spotter.programs.engine;

import java.util.ArrayList;
import java.util.List;

import dev.spotter.clients.ClearanceStatus;
import dev.spotter.clients.IntensityCeiling;

/**
 * What the generator needs before it writes anything, and what stops it: missing profile data, an unfinished
 * screening, or a screening that asks for medical clearance first. Each item names the field and says why.
 */
final class Readiness {

    static final int MIN_MINUTES = 20;
    static final int MAX_MINUTES = 180;

    private Readiness() {
    }

    static List<Generation.Missing> check(Athlete athlete, Specialisation specialisation, int weeks) {
        List<Generation.Missing> missing = new ArrayList<>();
        if (athlete.clearance() == null || athlete.clearance() == ClearanceStatus.NOT_SCREENED) {
            missing.add(new Generation.Missing("screening", "Finish the health screening first: it decides how "
                    + "hard this client may train."));
        } else if (athlete.clearance().blocksTraining() || athlete.ceiling() == IntensityCeiling.NONE) {
            missing.add(new Generation.Missing("clearance", "Screening recommends medical clearance before any "
                    + "exercise (ACSM 2015 pre-participation screening). Record the clinician's clearance, then "
                    + "generate the program."));
        }
        if (athlete.age() == null) {
            missing.add(new Generation.Missing("dateOfBirth", "Needed for age-appropriate rules (youth, senior) "
                    + "and heart-rate zones."));
        } else if (athlete.age() < 7) {
            missing.add(new Generation.Missing("dateOfBirth", "Spotter writes programs from 7 years of age; "
                    + "younger children need active play rather than a program."));
        }
        if (athlete.experience() == null) {
            missing.add(new Generation.Missing("experience", "It sets the starting level, exercise choice and "
                    + "progression model."));
        }
        if (athlete.daysAvailable() == null) {
            missing.add(new Generation.Missing("daysAvailable", "Days a week the client can train."));
        } else if (athlete.daysAvailable() < 1) {
            missing.add(new Generation.Missing("daysAvailable", "The client needs at least one training day."));
        }
        if (athlete.minutesPerSession() == null) {
            missing.add(new Generation.Missing("minutesPerSession", "Minutes the client has for each session."));
        } else if (athlete.minutesPerSession() < MIN_MINUTES || athlete.minutesPerSession() > MAX_MINUTES) {
            missing.add(new Generation.Missing("minutesPerSession", "Sessions must be " + MIN_MINUTES + " to "
                    + MAX_MINUTES + " minutes: enough to warm up, train and cool down."));
        }
        if (athlete.equipment() == null || athlete.equipment().isEmpty()) {
            missing.add(new Generation.Missing("equipmentAccess", "Where the client trains and with what "
                    + "equipment."));
        }
        if (weeks < ProgramGenerator.MIN_WEEKS || weeks > ProgramGenerator.MAX_WEEKS) {
            missing.add(new Generation.Missing("weeks", "A program runs " + ProgramGenerator.MIN_WEEKS + " to "
                    + ProgramGenerator.MAX_WEEKS + " weeks."));
        }
        if (specialisation == null) {
            missing.add(new Generation.Missing("specialisation", "Choose the kind of program."));
        } else if (specialisation == Specialisation.YOUTH && athlete.age() != null && athlete.age() >= 18) {
            missing.add(new Generation.Missing("specialisation", "Youth programs are for clients under 18."));
        }
        boolean senior = athlete.senior() || specialisation == Specialisation.SENIOR;
        if (senior && athlete.daysAvailable() != null && athlete.daysAvailable() < 2) {
            missing.add(new Generation.Missing("daysAvailable", "Older adults need balance work at least twice a "
                    + "week (ACSM 2009), so a senior program needs at least 2 days."));
        }
        return missing;
    }
}
