package dev.spotter.programs.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.spotter.clients.Client;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.programs.ProgramBook;
import dev.spotter.programs.engine.Specialisation;

/**
 * The "Generate program" form on a client's file: the kind of program, preselected with what suits the client's
 * goal and age, and its length; with the error of the last attempt next to its field.
 */
record GenerateForm(UUID clientId, List<Specialisation> specialisations, Specialisation selected,
                    Specialisation suggested, String weeks, int minWeeks, int maxWeeks, String errorField, String error,
                    boolean blocked) {

    /** The form for a client, showing what was typed ({@code chosen}, {@code weeks}) when an attempt failed. */
    static GenerateForm of(Client client, LocalDate today, String chosen, String weeks,
                           InvalidFieldException invalid) {
        Specialisation suggested = Specialisation.suggested(client.primaryGoal(), client.age(today));
        Specialisation selected = suggested;
        if (chosen != null) {
            for (Specialisation value : Specialisation.values()) {
                if (value.name().equals(chosen)) {
                    selected = value;
                }
            }
        }
        String message = invalid == null ? null
                : Character.toUpperCase(invalid.getMessage().charAt(0)) + invalid.getMessage().substring(1) + ".";
        return new GenerateForm(client.id(), List.of(Specialisation.values()), selected, suggested,
                weeks == null || weeks.isBlank() ? String.valueOf(ProgramBook.DEFAULT_WEEKS) : weeks,
                ProgramBook.MIN_WEEKS, ProgramBook.MAX_WEEKS,
                invalid == null ? null : invalid.field(), message, client.clearanceStatus().blocksTraining());
    }
}
