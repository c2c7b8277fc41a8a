package dev.spotter.clients.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientStatus;
import dev.spotter.clients.EquipmentAccess;
import dev.spotter.clients.Experience;
import dev.spotter.clients.Goal;
import dev.spotter.clients.ProfileUpdate;
import dev.spotter.platform.tenancy.Units;

/**
 * The profile as edited on a page, in the reader's units: centimetres and kilograms, or inches and pounds.
 * Spotter stores SI and converts here, at the edge.
 */
record ProfileForm(String displayName, String email, String phone, LocalDate dateOfBirth, String sex,
                   BigDecimal height, BigDecimal bodyMass, Integer restingHeartRate, Goal primaryGoal, String goalTarget, LocalDate goalDate,
                   Set<Goal> secondaryGoals, Experience experience, Integer activityMinutesWeek,
                   Integer activityDaysWeek, Integer activityMonths, Integer daysAvailable, Integer minutesPerSession,
                   Set<EquipmentAccess> equipmentAccess, String preferredExercises, String dislikedExercises,
                   String medications, String notes, ClientStatus status) {

    private static final BigDecimal CM_PER_INCH = new BigDecimal("2.54");
    private static final BigDecimal KG_PER_POUND = new BigDecimal("0.45359237");

    static ProfileForm of(Client c, Units units) {
        boolean imperial = units == Units.IMPERIAL;
        return new ProfileForm(c.displayName(), c.email(), c.phone(), c.dateOfBirth(), c.sex(),
                c.heightCm() == null ? null : imperial ? c.heightCm().divide(CM_PER_INCH, 1, RoundingMode.HALF_UP)
                        : c.heightCm(),
                c.bodyMassKg() == null ? null : imperial ? c.bodyMassKg().divide(KG_PER_POUND, 1, RoundingMode.HALF_UP)
                        : c.bodyMassKg(),
                c.restingHeartRate(), c.primaryGoal(), c.goalTarget(), c.goalDate(), c.secondaryGoals(), c.experience(),
                c.activityMinutesWeek(), c.activityDaysWeek(), c.activityMonths(), c.daysAvailable(),
                c.minutesPerSession(), c.equipmentAccess(), String.join(", ", c.preferredExercises()),
                String.join(", ", c.dislikedExercises()), c.medications(), c.notes(), c.status());
    }

    ProfileUpdate update(Units units, ClientStatus fallbackStatus) {
        boolean imperial = units == Units.IMPERIAL;
        BigDecimal heightCm = height == null ? null : imperial ? height.multiply(CM_PER_INCH).setScale(1,
                RoundingMode.HALF_UP) : height;
        BigDecimal massKg = bodyMass == null ? null : imperial ? bodyMass.multiply(KG_PER_POUND).setScale(1,
                RoundingMode.HALF_UP) : bodyMass;
        return new ProfileUpdate(displayName, email, phone, dateOfBirth, sex, heightCm, massKg, restingHeartRate,
                primaryGoal,
                goalTarget, goalDate, secondaryGoals, experience, activityMinutesWeek, activityDaysWeek,
                activityMonths, daysAvailable, minutesPerSession, equipmentAccess, words(preferredExercises),
                words(dislikedExercises), medications, notes, status == null ? fallbackStatus : status);
    }

    private static List<String> words(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip)
                .filter(word -> !word.isEmpty()).toList();
    }
}
