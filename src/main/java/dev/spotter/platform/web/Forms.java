package dev.spotter.platform.web;

import java.math.BigDecimal;

import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.InvalidFieldsException;
import org.springframework.validation.BindingResult;

/**
 * Puts a rule broken deep in the domain next to the form field it concerns, and reads numbers as people type them
 * into forms.
 */
public final class Forms {

    private Forms() {
    }

    /** Records the error of an {@link InvalidFieldException} or {@link ConflictException} on the form. */
    public static void reject(BindingResult binding, RuntimeException e) {
        if (e instanceof InvalidFieldsException many) {
            for (InvalidFieldsException.Problem problem : many.problems()) {
                reject(binding, new InvalidFieldException(problem.field(), problem.message()));
            }
            return;
        }
        String field = e instanceof InvalidFieldException invalid ? invalid.field()
                : e instanceof ConflictException conflict ? conflict.field() : null;
        // Domain messages read after the field name ("must be at least 12 characters"); next to a field they
        // stand alone, so they start with a capital, unless they start with the person's own input (an email).
        String first = e.getMessage().split(" ", 2)[0];
        String message = first.matches("[a-z]+") ? capitalise(e.getMessage()) : e.getMessage();
        if (field != null && binding.getFieldType(field) != null) {
            binding.rejectValue(field, "invalid", message);
        } else {
            binding.reject("invalid", message);
        }
    }

    /** A number as a person types it (a comma works as the decimal point), null when empty. */
    public static BigDecimal decimal(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "must be a number");
        }
    }

    /** A whole number as a person types it, null when empty. */
    public static Integer whole(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "must be a whole number");
        }
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + (text.endsWith(".") ? "" : ".");
    }
}
