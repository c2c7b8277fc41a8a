package dev.spotter.studios.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;

import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.platform.tenancy.Units;

/** A trainer's business or a gym: the tenant that owns its members and all their data. */
public record Studio(StudioId id, String name, ZoneId timeZone, Units units, Instant createdAt) {

    public Studio {
        name = requireName(name);
    }

    static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "is required");
        }
        String trimmed = name.strip();
        if (trimmed.length() > 120) {
            throw new InvalidFieldException("name", "must be at most 120 characters");
        }
        return trimmed;
    }

    static ZoneId zone(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(field, "is required");
        }
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new InvalidFieldException(field, "must be a time zone such as Europe/London");
        }
    }

    Studio withSettings(String newName, ZoneId newZone, Units newUnits) {
        return new Studio(id, newName, newZone, newUnits, createdAt);
    }
}
