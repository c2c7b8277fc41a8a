package dev.spotter.platform.tenancy;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.spotter.platform.api.InvalidFieldException;

/** A person's email address, trimmed and lower-cased so that one person cannot register twice by changing case. */
public record Email(String value) {

    // Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is proven by the invitation mail.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public Email {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException("email", "is required");
        }
        value = value.trim().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new InvalidFieldException("email", "must be a valid email address");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
