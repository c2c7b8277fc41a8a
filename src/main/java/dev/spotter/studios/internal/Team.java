package dev.spotter.studios.internal;

import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Permission changes an owner makes: promoting and demoting trainers, and turning a member's access off or on. */
@Service
public class Team {

    private final Members members;
    private final AuditLog audit;

    Team(Members members, AuditLog audit) {
        this.members = members;
        this.audit = audit;
    }

    public Member member(SpotterPrincipal caller, MemberId id) {
        return members.find(caller.studioId(), id).orElseThrow(() -> new NotFoundException("Member"));
    }

    @Transactional
    public Member changeRole(SpotterPrincipal owner, MemberId id, Role role) {
        requireOwner(owner);
        Member member = member(owner, id);
        Member changed = member.changeRole(role, members.activeOwnersOtherThan(owner.studioId(), id));
        if (changed != member) {
            members.save(changed);
            audit.record(owner.studioId(), owner.memberId(), AuditLog.Action.ROLE_CHANGED, member.email(),
                    member.role() + " -> " + role);
        }
        return changed;
    }

    @Transactional
    public Member setActive(SpotterPrincipal owner, MemberId id, boolean active) {
        requireOwner(owner);
        Member member = member(owner, id);
        if (member.active() == active) {
            return member;
        }
        Member changed = active ? member.reactivate()
                : member.deactivate(members.activeOwnersOtherThan(owner.studioId(), id));
        members.save(changed);
        audit.record(owner.studioId(), owner.memberId(),
                active ? AuditLog.Action.MEMBER_REACTIVATED : AuditLog.Action.MEMBER_DEACTIVATED,
                member.email(), member.role().name());
        return changed;
    }

    private static void requireOwner(SpotterPrincipal caller) {
        if (!caller.isOwner()) {
            throw new AccessDeniedException("Only an owner can change roles and access");
        }
    }
}
