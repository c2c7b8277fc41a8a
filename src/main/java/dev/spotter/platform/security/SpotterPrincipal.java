package dev.spotter.platform.security;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.platform.tenancy.StudioId;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person: their account, their membership and the studio every query of theirs is scoped to.
 * Controllers take it with {@code @AuthenticationPrincipal}; the studio never comes from the request.
 */
public final class SpotterPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final StudioId studioId;
    private final MemberId memberId;
    private final Role role;
    private final String email;
    private final String displayName;
    private final boolean active;
    private final Instant lockedUntil;
    private String passwordHash;

    public SpotterPrincipal(UUID accountId, StudioId studioId, MemberId memberId, Role role, String email,
                            String displayName, String passwordHash, boolean active, Instant lockedUntil) {
        this.accountId = accountId;
        this.studioId = studioId;
        this.memberId = memberId;
        this.role = role;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.active = active;
        this.lockedUntil = lockedUntil;
    }

    public UUID accountId() {
        return accountId;
    }

    public StudioId studioId() {
        return studioId;
    }

    public MemberId memberId() {
        return memberId;
    }

    public Role role() {
        return role;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isOwner() {
        return role == Role.OWNER;
    }

    public boolean coaches() {
        return role.coaches();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SpotterPrincipal that && accountId.equals(that.accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }

    @Override
    public String toString() {
        return "SpotterPrincipal[" + memberId + " " + role + " in " + studioId + "]";
    }
}
