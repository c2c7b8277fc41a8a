package dev.spotter.platform.api;

import java.util.Arrays;
import java.util.Locale;

/** Reads a choice a form or request gives by name as one of an enum's constants, naming the field when it is not. */
public final class Choices {

    private Choices() {
    }

    /** The constant named {@code text} (any case), null for no text; others are refused naming {@code field}. */
    public static <E extends Enum<E>> E of(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, "must be one of " + String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }
}
