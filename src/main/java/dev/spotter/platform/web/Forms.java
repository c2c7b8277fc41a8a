package dev.spotter.platform.web;

import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import org.springframework.validation.BindingResult;

/** Puts a rule broken deep in the domain next to the form field it concerns. */
public final class Forms {

    private Forms() {
    }

    /** Records the error of an {@link InvalidFieldException} or {@link ConflictException} on the form. */
    public static void reject(BindingResult binding, RuntimeException e) {
        String field = e instanceof InvalidFieldException invalid ? invalid.field()
                : e instanceof ConflictException conflict ? conflict.field() : null;
        // Domain messages read after the field name ("must be at least 12 characters"); next to a field they
        // stand alone, so they start with a capital.
        String message = e.getMessage().startsWith("is ") || e.getMessage().startsWith("must ")
                ? capitalise(e.getMessage()) : e.getMessage();
        if (field != null && binding.getFieldType(field) != null) {
            binding.rejectValue(field, "invalid", message);
        } else {
            binding.reject("invalid", message);
        }
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + (text.endsWith(".") ? "" : ".");
    }
}
