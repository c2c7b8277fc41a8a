package dev.spotter.platform.security;

import java.util.Optional;

/** Turns the secret of a personal access token into the member it belongs to, if it is valid and not revoked. */
public interface AccessTokenAuthenticator {

    Optional<SpotterPrincipal> authenticate(String secret);
}
