package dev.spotter.platform.tenancy;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a person inside a studio: an owner, a trainer or a client. */
public record MemberId(UUID value) {

    public MemberId {
        Objects.requireNonNull(value, "member id");
    }

    public static MemberId random() {
        return new MemberId(UUID.randomUUID());
    }

    /** Parses an id from a URL; anything that is not a UUID simply names no member. */
    public static Optional<MemberId> parse(String text) {
        try {
            return Optional.of(new MemberId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
