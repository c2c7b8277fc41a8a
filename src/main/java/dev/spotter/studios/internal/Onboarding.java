package dev.spotter.studios.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.security.Secrets;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Email;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.platform.tenancy.Units;
import dev.spotter.studios.MemberJoined;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How people get into Spotter: signing up a new studio as its owner, inviting trainers and clients, and accepting
 * an invitation. Each is one transaction, so a failure leaves nothing half-made.
 */
@Service
public class Onboarding {

    static final Duration INVITATION_VALID_FOR = Duration.ofDays(7);

    private final Studios studios;
    private final Accounts accounts;
    private final Members members;
    private final Invitations invitations;
    private final AuditLog audit;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Onboarding(Studios studios, Accounts accounts, Members members, Invitations invitations, AuditLog audit,
               PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
        this.studios = studios;
        this.accounts = accounts;
        this.members = members;
        this.invitations = invitations;
        this.audit = audit;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    /** What a new studio starts with. */
    public record SignUp(String studioName, String displayName, String email, String password, String timeZone,
                         Units units) {
    }

    /** An invitation just made, with the secret for its link (shown or mailed once, stored only as a hash). */
    public record IssuedInvitation(Invitation invitation, String secret) {
    }

    /** An invitation as the invited person sees it before accepting. */
    public record InvitationPreview(Invitation invitation, String studioName, Invitation.State state) {
    }

    @Transactional
    public SpotterPrincipal signUp(SignUp command) {
        String studioName = Studio.requireName(command.studioName());
        String displayName = Member.requireName(command.displayName());
        Email email = new Email(command.email());
        PasswordPolicy.check(command.password(), email);
        ZoneId zone = Studio.zone("timeZone", command.timeZone());
        Units units = command.units() == null ? Units.METRIC : command.units();
        requireUnregistered(email);

        Instant now = clock.instant();
        Studio studio = new Studio(StudioId.random(), studioName, zone, units, now);
        studios.add(studio);
        Member owner = createMember(studio.id(), email, command.password(), displayName, Role.OWNER, now);
        audit.record(studio.id(), owner.id(), AuditLog.Action.STUDIO_CREATED, studio.name(), null);
        return principal(owner);
    }

    /**
     * Invites someone into the caller's studio. With {@code linkBase} (the absolute address that the secret is
     * appended to) the invitation is also emailed once the transaction commits.
     */
    @Transactional
    public IssuedInvitation invite(SpotterPrincipal inviter, String emailText, Role role, String linkBase) {
        if (role == null) {
            throw new InvalidFieldException("role", "is required");
        }
        if (role == Role.OWNER) {
            throw new InvalidFieldException("role", "must be TRAINER or CLIENT; promote a trainer to make an owner");
        }
        if (!mayInvite(inviter.role(), role)) {
            throw new AccessDeniedException("A " + inviter.role().label() + " cannot invite a " + role.label());
        }
        Email email = new Email(emailText);
        requireUnregistered(email);
        Instant now = clock.instant();
        Optional<Invitation> open = invitations.openFor(inviter.studioId(), email.value());
        if (open.isPresent()) {
            if (open.get().pending(now)) {
                throw new ConflictException("email", email + " already has a pending invitation");
            }
            invitations.revoke(inviter.studioId(), open.get().id(), now);
        }
        String secret = Secrets.generate("inv_");
        Invitation invitation = new Invitation(inviter.studioId(), UUID.randomUUID(), email.value(), role,
                inviter.memberId(), inviter.displayName(), now, now.plus(INVITATION_VALID_FOR), null, null);
        try {
            invitations.add(invitation, Secrets.hash(secret));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("email", email + " already has a pending invitation");
        }
        audit.record(inviter.studioId(), inviter.memberId(), AuditLog.Action.INVITATION_SENT, email.value(),
                role.name());
        if (linkBase != null) {
            String studioName = studios.find(inviter.studioId()).map(Studio::name).orElseThrow();
            events.publishEvent(new InvitationMail.InvitationIssued(invitation, studioName, linkBase + secret));
        }
        return new IssuedInvitation(invitation, secret);
    }

    public static boolean mayInvite(Role inviter, Role invitee) {
        return switch (inviter) {
            case OWNER -> invitee == Role.TRAINER || invitee == Role.CLIENT;
            case TRAINER -> invitee == Role.CLIENT;
            case CLIENT -> false;
        };
    }

    @Transactional(readOnly = true)
    public Optional<InvitationPreview> preview(String secret) {
        if (secret == null || !secret.startsWith("inv_") || secret.length() > 100) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(Secrets.hash(secret)).map(invitation -> new InvitationPreview(invitation,
                studios.find(invitation.studioId()).map(Studio::name).orElse("your studio"),
                invitation.state(clock.instant())));
    }

    /** Creates the invited person's account and membership; refuses an invitation that is used, revoked or old. */
    @Transactional
    public SpotterPrincipal accept(String secret, String displayNameText, String password) {
        InvitationPreview preview = preview(secret).orElseThrow(() -> new NotFoundException("Invitation"));
        Invitation invitation = preview.invitation();
        Instant now = clock.instant();
        if (!invitation.pending(now)) {
            throw new ConflictException(null, "This invitation can no longer be used");
        }
        String displayName = Member.requireName(displayNameText);
        Email email = new Email(invitation.email());
        PasswordPolicy.check(password, email);
        requireUnregistered(email);
        Member member = createMember(invitation.studioId(), email, password, displayName, invitation.role(), now);
        if (!invitations.accept(invitation.studioId(), invitation.id(), member.id(), now)) {
            // Another tab accepted it a moment ago; the transaction rolls back the account made above.
            throw new ConflictException(null, "This invitation can no longer be used");
        }
        audit.record(invitation.studioId(), member.id(), AuditLog.Action.INVITATION_ACCEPTED, email.value(),
                invitation.role().name());
        return principal(member);
    }

    @Transactional
    public void revoke(SpotterPrincipal caller, UUID invitationId) {
        Invitation invitation = invitations.find(caller.studioId(), invitationId)
                .orElseThrow(() -> new NotFoundException("Invitation"));
        if (!mayInvite(caller.role(), invitation.role())) {
            throw new AccessDeniedException("Only an owner can revoke a trainer's invitation");
        }
        if (!invitation.pending(clock.instant()) && invitation.state(clock.instant()) != Invitation.State.EXPIRED) {
            throw new ConflictException(null, "This invitation was already " + invitation.state(clock.instant())
                    .name().toLowerCase());
        }
        invitations.revoke(caller.studioId(), invitationId, clock.instant());
        audit.record(caller.studioId(), caller.memberId(), AuditLog.Action.INVITATION_REVOKED, invitation.email(),
                invitation.role().name());
    }

    private void requireUnregistered(Email email) {
        if (accounts.exists(email)) {
            throw new ConflictException("email", email + " is already registered");
        }
    }

    private Member createMember(StudioId studio, Email email, String password, String displayName, Role role,
                                Instant now) {
        UUID accountId = UUID.randomUUID();
        try {
            accounts.add(accountId, email, passwords.encode(password));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("email", email + " is already registered");
        }
        Member member = new Member(studio, MemberId.random(), accountId, displayName, role, true, null,
                email.value(), now);
        members.add(member);
        events.publishEvent(new MemberJoined(studio, member.id(), role, displayName, email.value()));
        return member;
    }

    private static SpotterPrincipal principal(Member member) {
        return new SpotterPrincipal(member.accountId(), member.studioId(), member.id(), member.role(),
                member.email(), member.displayName(), null, true, null);
    }
}
