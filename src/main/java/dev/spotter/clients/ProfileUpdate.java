package dev.spotter.clients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The profile fields a trainer (or the client, in their intake) may change; SI units, heart rate in beats a minute. */
public record ProfileUpdate(String displayName, String email, String phone, LocalDate dateOfBirth, String sex,
                            BigDecimal heightCm, BigDecimal bodyMassKg, Integer restingHeartRate, Goal primaryGoal, String goalTarget,
                            LocalDate goalDate, Set<Goal> secondaryGoals, Experience experience,
                            Integer activityMinutesWeek, Integer activityDaysWeek, Integer activityMonths,
                            Integer daysAvailable, Integer minutesPerSession, Set<EquipmentAccess> equipmentAccess,
                            List<String> preferredExercises, List<String> dislikedExercises, String medications,
                            String notes, ClientStatus status) {

    /** The update that leaves every field as the client has it. */
    public static ProfileUpdate of(Client c) {
        return new ProfileUpdate(c.displayName(), c.email(), c.phone(), c.dateOfBirth(), c.sex(), c.heightCm(),
                c.bodyMassKg(), c.restingHeartRate(), c.primaryGoal(), c.goalTarget(), c.goalDate(), c.secondaryGoals(), c.experience(),
                c.activityMinutesWeek(), c.activityDaysWeek(), c.activityMonths(), c.daysAvailable(),
                c.minutesPerSession(), c.equipmentAccess(), c.preferredExercises(), c.dislikedExercises(),
                c.medications(), c.notes(), c.status());
    }

    /** The same update with different notes from the coach. */
    public ProfileUpdate withNotes(String newNotes) {
        return new ProfileUpdate(displayName, email, phone, dateOfBirth, sex, heightCm, bodyMassKg, restingHeartRate,
                primaryGoal, goalTarget, goalDate, secondaryGoals, experience, activityMinutesWeek, activityDaysWeek,
                activityMonths, daysAvailable, minutesPerSession, equipmentAccess, preferredExercises,
                dislikedExercises, medications, newNotes, status);
    }
}
