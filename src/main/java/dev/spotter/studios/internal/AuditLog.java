package dev.spotter.studios.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.spotter.platform.api.Paging;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.studios.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The studio's record of sign-ins, invitations, tokens and permission changes: who did what, when, from where. */
@Repository
public class AuditLog implements AuditTrail {

    /** What happened. */
    public enum Action {
        STUDIO_CREATED, SIGNED_IN, SIGN_IN_FAILED, ACCOUNT_LOCKED, INVITATION_SENT, INVITATION_ACCEPTED,
        INVITATION_REVOKED, ROLE_CHANGED, MEMBER_DEACTIVATED, MEMBER_REACTIVATED, TOKEN_CREATED, TOKEN_REVOKED,
        SETTINGS_CHANGED, PASSWORD_CHANGED, HEALTH_DATA_VIEWED, HEALTH_DATA_CHANGED, SCREENING_COMPLETED,
        CLEARANCE_RECORDED, CONDITION_RECORDED, PROGRAM_PUBLISHED, PROGRAM_OVERRIDDEN
    }

    /** One line of the log. */
    public record Entry(Instant occurredAt, Action action, String actorName, String subject, String detail,
                        String remoteAddress) {
    }

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(StudioId studio, MemberId actor, Action action, String subject, String detail) {
        jdbc.sql("""
                insert into audit_event (studio_id, event_id, occurred_at, actor_id, action, subject, detail,
                                         remote_address)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(studio.value(), UUID.randomUUID(), Timestamp.from(Instant.now()),
                        actor == null ? null : actor.value(), action.name(), subject, detail, remoteAddress())
                .update();
    }

    @Override
    public void record(StudioId studio, MemberId actor, Event event, String subject, String detail) {
        record(studio, actor, Action.valueOf(event.name()), subject, detail);
    }

    public List<Entry> page(StudioId studio, Paging paging) {
        return jdbc.sql("""
                select e.occurred_at, e.action, m.display_name, e.subject, e.detail, e.remote_address
                  from audit_event e
                  left join member m on m.studio_id = e.studio_id and m.member_id = e.actor_id
                 where e.studio_id = ?
                 order by e.occurred_at desc, e.event_id
                 limit ? offset ?
                """)
                .params(studio.value(), paging.size(), paging.offset())
                .query((rs, row) -> new Entry(rs.getTimestamp(1).toInstant(), Action.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    public long count(StudioId studio) {
        return jdbc.sql("select count(*) from audit_event where studio_id = ?").param(studio.value())
                .query(Long.class).single();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
