package dev.spotter.studios.internal;

import java.time.ZoneId;

import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Email;
import dev.spotter.platform.tenancy.Units;
import dev.spotter.studios.Loading;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The studio's own settings (name, time zone, default units) and each member's personal preferences. */
@Service
public class StudioSettings {

    private final Studios studios;
    private final Members members;
    private final Accounts accounts;
    private final AuditLog audit;
    private final PasswordEncoder passwords;
    private final Loadings loadings;

    StudioSettings(Studios studios, Members members, Accounts accounts, AuditLog audit, PasswordEncoder passwords,
                   Loadings loadings) {
        this.loadings = loadings;
        this.studios = studios;
        this.members = members;
        this.accounts = accounts;
        this.audit = audit;
        this.passwords = passwords;
    }

    public Studio studio(SpotterPrincipal caller) {
        return studios.find(caller.studioId()).orElseThrow(() -> new NotFoundException("Studio"));
    }

    public Member self(SpotterPrincipal caller) {
        return members.find(caller.studioId(), caller.memberId()).orElseThrow(() -> new NotFoundException("Member"));
    }

    @Transactional
    public Studio update(SpotterPrincipal owner, String name, String timeZone, Units units) {
        if (!owner.isOwner()) {
            throw new AccessDeniedException("Only an owner can change studio settings");
        }
        Studio current = studio(owner);
        String newName = Studio.requireName(name);
        ZoneId zone = Studio.zone("timeZone", timeZone);
        if (units == null) {
            throw new InvalidFieldException("units", "is required");
        }
        Studio changed = current.withSettings(newName, zone, units);
        studios.save(changed);
        audit.record(owner.studioId(), owner.memberId(), AuditLog.Action.SETTINGS_CHANGED, changed.name(),
                zone.getId() + ", " + units);
        return changed;
    }

    /** The studio's equipment for load rounding, or Spotter's defaults for its units. */
    public Loading loading(SpotterPrincipal caller) {
        return loadings.find(caller.studioId()).orElseGet(() -> Loading.defaults(studio(caller).units()));
    }

    /** Saves what the studio can load; {@code loading} null goes back to Spotter's defaults. */
    @Transactional
    public void saveLoading(SpotterPrincipal owner, Loading loading) {
        if (!owner.isOwner()) {
            throw new AccessDeniedException("Only an owner can change studio settings");
        }
        if (loading == null) {
            loadings.delete(owner.studioId());
        } else {
            loadings.save(owner.studioId(), loading, java.time.Instant.now());
        }
        audit.record(owner.studioId(), owner.memberId(), AuditLog.Action.SETTINGS_CHANGED, "Weights",
                loading == null ? "defaults" : loading.unit().symbol() + ": bar " + loading.bar().toPlainString()
                        + ", plates " + loading.platesText());
    }

    /** Changes the caller's own name and units; {@code units} null means "use the studio's default". */
    @Transactional
    public Member updateProfile(SpotterPrincipal caller, String displayName, Units units) {
        Member me = self(caller);
        Member changed = new Member(me.studioId(), me.id(), me.accountId(), Member.requireName(displayName),
                me.role(), me.active(), units, me.email(), me.joinedAt());
        members.save(changed);
        return changed;
    }

    @Transactional
    public void changePassword(SpotterPrincipal caller, String currentPassword, String newPassword) {
        Member me = self(caller);
        String hash = accounts.principal(me.email()).map(SpotterPrincipal::getPassword).orElseThrow();
        if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
            throw new InvalidFieldException("currentPassword", "is not your current password");
        }
        PasswordPolicy.check("newPassword", newPassword, new Email(me.email()));
        accounts.changePassword(me.accountId(), passwords.encode(newPassword));
        audit.record(caller.studioId(), caller.memberId(), AuditLog.Action.PASSWORD_CHANGED, me.email(), null);
    }
}
