package dev.spotter.progress;

import java.time.LocalDate;
import java.time.Period;

import dev.spotter.clients.Client;
import dev.spotter.science.body.Sex;

/** What the equations need to know about a client besides the day's measurements: sex, birth date, height. */
public record ClientBody(Sex sex, LocalDate dateOfBirth, Double profileHeightM) {

    public static ClientBody of(Client client) {
        Sex sex = client.sex() == null ? null : switch (client.sex()) {
            case "MALE" -> Sex.MALE;
            case "FEMALE" -> Sex.FEMALE;
            default -> null;
        };
        return new ClientBody(sex, client.dateOfBirth(),
                client.heightCm() == null ? null : client.heightCm().doubleValue() / 100);
    }

    /** Whole years on the day, or null without a birth date. */
    public Integer ageOn(LocalDate day) {
        return dateOfBirth == null || day.isBefore(dateOfBirth) ? null : Period.between(dateOfBirth, day).getYears();
    }
}
