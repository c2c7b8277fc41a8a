package dev.spotter.clients;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.StudioId;

/**
 * A client's profile: who they are, what they want, how they train now, what they can use, and where screening
 * left them. Quantities are SI (centimetres, kilograms).
 */
public record Client(StudioId studioId, UUID id, MemberId memberId, String displayName, String email, String phone,
                     LocalDate dateOfBirth, String sex, BigDecimal heightCm, BigDecimal bodyMassKg, Integer restingHeartRate, Goal primaryGoal,
                     String goalTarget, LocalDate goalDate, Set<Goal> secondaryGoals, Experience experience,
                     Integer activityMinutesWeek, Integer activityDaysWeek, Integer activityMonths,
                     Integer daysAvailable, Integer minutesPerSession, Set<EquipmentAccess> equipmentAccess,
                     List<String> preferredExercises, List<String> dislikedExercises, String medications,
                     String notes, ClientStatus status, ClearanceStatus clearanceStatus,
                     IntensityCeiling intensityCeiling, Instant screenedAt, LocalDate rescreenDue,
                     Instant intakeConfirmedAt, Instant createdAt, Instant updatedAt) {

    public Client {
        secondaryGoals = secondaryGoals == null ? Set.of() : Set.copyOf(secondaryGoals);
        equipmentAccess = equipmentAccess == null ? Set.of() : Set.copyOf(equipmentAccess);
        preferredExercises = preferredExercises == null ? List.of() : List.copyOf(preferredExercises);
        dislikedExercises = dislikedExercises == null ? List.of() : List.copyOf(dislikedExercises);
    }

    /** Age in whole years on the given day, when the date of birth is known. */
    public Integer age(LocalDate today) {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, today).getYears();
    }

    /** Whether the ACSM "regular exercise" threshold is met: 30 min moderate, 3 days a week, for 3 months. */
    public boolean exercisesRegularly() {
        return activityMinutesWeek != null && activityDaysWeek != null && activityMonths != null
                && activityDaysWeek >= 3 && activityMinutesWeek >= 90 && activityMonths >= 3;
    }

    public boolean rescreenDue(LocalDate today) {
        return clearanceStatus == ClearanceStatus.NOT_SCREENED || rescreenDue == null || !rescreenDue.isAfter(today);
    }

    public String initials() {
        String[] parts = displayName.trim().split("\\s+");
        return (parts[0].substring(0, 1) + (parts.length > 1 ? parts[parts.length - 1].substring(0, 1) : ""))
                .toUpperCase();
    }
}
