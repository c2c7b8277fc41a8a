package dev.spotter.studios.internal;

import java.util.Locale;

import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.tenancy.Email;

/**
 * What a password must be: 12 to 128 characters (NIST SP 800-63B favours length over composition rules) and not
 * built from the person's own email address.
 */
public final class PasswordPolicy {

    public static final int MIN = 12;
    public static final int MAX = 128;

    private PasswordPolicy() {
    }

    public static void check(String password, Email email) {
        check("password", password, email);
    }

    public static void check(String field, String password, Email email) {
        if (password == null || password.isEmpty()) {
            throw new InvalidFieldException(field, "is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN) {
            throw new InvalidFieldException(field, "must be at least " + MIN + " characters");
        }
        if (length > MAX) {
            throw new InvalidFieldException(field, "must be at most " + MAX + " characters");
        }
        String local = email.value().substring(0, email.value().indexOf('@'));
        if (local.length() >= 4 && password.toLowerCase(Locale.ROOT).contains(local)) {
            throw new InvalidFieldException(field, "must not contain your email address");
        }
        if (password.chars().distinct().count() < 4) {
            throw new InvalidFieldException(field, "is too easy to guess; use a few different words");
        }
    }
}
