package dev.spotter.platform.tenancy;

import java.util.Objects;
import java.util.UUID;

/** Identifies a studio, the tenant that owns every piece of client and business data. */
public record StudioId(UUID value) {

    public StudioId {
        Objects.requireNonNull(value, "studio id");
    }

    public static StudioId random() {
        return new StudioId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
