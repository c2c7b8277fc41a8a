package dev.spotter.studios.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.security.AccessTokenAuthenticator;
import dev.spotter.platform.security.Secrets;
import dev.spotter.platform.security.SpotterPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, revokes and checks personal access tokens. The secret is shown once when issued; only its SHA-256 hash
 * is kept, so a copy of the database cannot be used to call the API.
 */
@Service
public class PersonalAccessTokens implements AccessTokenAuthenticator {

    static final String PREFIX = "spt_";

    private final AccessTokens tokens;
    private final AuditLog audit;
    private final Clock clock;

    PersonalAccessTokens(AccessTokens tokens, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token just issued, with the secret the member must copy now. */
    public record IssuedToken(AccessToken token, String secret) {
    }

    @Transactional
    public IssuedToken issue(SpotterPrincipal owner, String nameText, Integer expiresInDays) {
        if (nameText == null || nameText.isBlank()) {
            throw new InvalidFieldException("name", "is required");
        }
        String name = nameText.strip();
        if (name.length() > 80) {
            throw new InvalidFieldException("name", "must be at most 80 characters");
        }
        if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > 3650)) {
            throw new InvalidFieldException("expiresInDays", "must be between 1 and 3650");
        }
        Instant now = clock.instant();
        String secret = Secrets.generate(PREFIX);
        AccessToken token = new AccessToken(owner.studioId(), UUID.randomUUID(), owner.memberId(), name,
                secret.substring(0, PREFIX.length() + 6), now,
                expiresInDays == null ? null : now.plusSeconds(expiresInDays * 86_400L), null, null);
        tokens.add(token, Secrets.hash(secret));
        audit.record(owner.studioId(), owner.memberId(), AuditLog.Action.TOKEN_CREATED, name, token.prefix());
        return new IssuedToken(token, secret);
    }

    @Transactional
    public void revoke(SpotterPrincipal owner, UUID tokenId) {
        AccessToken token = tokens.find(owner.studioId(), owner.memberId(), tokenId)
                .orElseThrow(() -> new NotFoundException("Token"));
        if (tokens.revoke(owner.studioId(), owner.memberId(), tokenId, clock.instant())) {
            audit.record(owner.studioId(), owner.memberId(), AuditLog.Action.TOKEN_REVOKED, token.name(),
                    token.prefix());
        }
    }

    /** Runs on every API request: one statement, atomic by itself, so no transaction and no extra commit. */
    @Override
    public Optional<SpotterPrincipal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.authenticate(Secrets.hash(secret), clock.instant());
    }
}
