package dev.spotter.clients.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.spotter.clients.ProfileUpdate;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.InvalidFieldsException;
import dev.spotter.platform.tenancy.Email;

/** Refuses values no human profile can have, naming each field: a height of 0, an age of 200, a birth tomorrow. */
final class ProfileRules {

    private ProfileRules() {
    }

    /** Checks a new lead's name and optional email; returns the email as stored, or null. */
    static String checkLead(String name, String email) {
        List<String> problems = new ArrayList<>();
        name(problems, name);
        String stored = email(problems, email);
        if (!problems.isEmpty()) {
            throw InvalidFieldsException.of(problems);
        }
        return stored;
    }

    static void check(ProfileUpdate p, LocalDate today) {
        List<String> problems = new ArrayList<>();
        name(problems, p.displayName());
        email(problems, p.email());
        if (p.phone() != null && p.phone().length() > 40) {
            problems.add("phone: must be at most 40 characters");
        }
        if (p.dateOfBirth() != null) {
            if (p.dateOfBirth().isAfter(today)) {
                problems.add("dateOfBirth: cannot be in the future");
            } else if (p.dateOfBirth().isBefore(today.minusYears(120))) {
                problems.add("dateOfBirth: gives an age over 120 years");
            } else if (p.dateOfBirth().isAfter(today.minusYears(5))) {
                problems.add("dateOfBirth: gives an age under 5 years");
            }
        }
        if (p.sex() != null && !p.sex().isBlank() && !p.sex().equals("FEMALE") && !p.sex().equals("MALE")) {
            problems.add("sex: must be FEMALE or MALE (used only by equations that need it)");
        }
        range(problems, "heightCm", p.heightCm(), "50", "250", "cm");
        range(problems, "bodyMassKg", p.bodyMassKg(), "20", "400", "kg");
        if (p.goalDate() != null && p.goalDate().isBefore(today.minusDays(1)) && p.goalTarget() != null
                && !p.goalTarget().isBlank()) {
            problems.add("goalDate: is already past");
        }
        range(problems, "activityMinutesWeek", p.activityMinutesWeek(), 0, 3000);
        range(problems, "activityDaysWeek", p.activityDaysWeek(), 0, 7);
        range(problems, "activityMonths", p.activityMonths(), 0, 600);
        range(problems, "restingHeartRate", p.restingHeartRate(), 25, 150);
        range(problems, "daysAvailable", p.daysAvailable(), 1, 7);
        range(problems, "minutesPerSession", p.minutesPerSession(), 10, 240);
        if (p.status() == null) {
            problems.add("status: is required");
        }
        if (!problems.isEmpty()) {
            throw InvalidFieldsException.of(problems);
        }
    }

    private static void name(List<String> problems, String name) {
        if (name == null || name.isBlank()) {
            problems.add("displayName: is required");
        } else if (name.strip().length() > 120) {
            problems.add("displayName: must be at most 120 characters");
        }
    }

    /** The same address rule as sign-up and invitations; blank means "no email". */
    private static String email(List<String> problems, String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        try {
            return new Email(email).value();
        } catch (InvalidFieldException e) {
            problems.add("email: " + e.getMessage());
            return null;
        }
    }

    private static void range(List<String> problems, String field, BigDecimal value, String min, String max,
                              String unit) {
        if (value != null && (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0)) {
            problems.add(field + ": must be between " + min + " and " + max + " " + unit);
        }
    }

    private static void range(List<String> problems, String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            problems.add(field + ": must be between " + min + " and " + max);
        }
    }
}
