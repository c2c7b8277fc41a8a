package dev.spotter.studios.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.spotter.platform.api.Paging;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.platform.tenancy.StudioId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations to join studios. */
@Repository
public class Invitations {

    private static final String SELECT = """
            select i.studio_id, i.invitation_id, i.email, i.role, i.invited_by, m.display_name as invited_by_name,
                   i.created_at, i.expires_at, i.accepted_at, i.revoked_at
              from invitation i
              join member m on m.studio_id = i.studio_id and m.member_id = i.invited_by
            """;

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Invitation invitation, String tokenHash) {
        jdbc.sql("""
                insert into invitation (studio_id, invitation_id, email, role, token_hash, invited_by, created_at,
                                        expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(invitation.studioId().value(), invitation.id(), invitation.email(),
                        invitation.role().name(), tokenHash, invitation.invitedBy().value(),
                        Timestamp.from(invitation.createdAt()), Timestamp.from(invitation.expiresAt()))
                .update();
    }

    public Optional<Invitation> find(StudioId studio, UUID id) {
        return jdbc.sql(SELECT + " where i.studio_id = ? and i.invitation_id = ?")
                .params(studio.value(), id)
                .query(Invitations::map)
                .optional();
    }

    /** Finds an invitation by the hash of the secret in its link; the link itself names no studio. */
    Optional<Invitation> findByTokenHash(String tokenHash) {
        return jdbc.sql(SELECT + " where i.token_hash = ?")
                .param(tokenHash)
                .query(Invitations::map)
                .optional();
    }

    /** Open invitations (not accepted or revoked; possibly expired) for the given roles, newest first. */
    public List<Invitation> open(StudioId studio, List<Role> roles, Paging paging) {
        return jdbc.sql(SELECT + """
                 where i.studio_id = :studio and i.role in (:roles)
                   and i.accepted_at is null and i.revoked_at is null
                 order by i.created_at desc, i.invitation_id
                 limit :limit offset :offset
                """)
                .param("studio", studio.value())
                .param("roles", roles.stream().map(Role::name).toList())
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(Invitations::map)
                .list();
    }

    public long countOpen(StudioId studio, List<Role> roles) {
        return jdbc.sql("""
                select count(*) from invitation
                 where studio_id = :studio and role in (:roles) and accepted_at is null and revoked_at is null
                """)
                .param("studio", studio.value())
                .param("roles", roles.stream().map(Role::name).toList())
                .query(Long.class)
                .single();
    }

    Optional<Invitation> openFor(StudioId studio, String email) {
        return jdbc.sql(SELECT + " where i.studio_id = ? and i.email = ? and i.accepted_at is null"
                        + " and i.revoked_at is null")
                .params(studio.value(), email)
                .query(Invitations::map)
                .optional();
    }

    /** Marks an invitation used; false if someone else used or revoked it first. */
    boolean accept(StudioId studio, UUID id, MemberId member, Instant now) {
        return jdbc.sql("""
                update invitation set accepted_at = ?, accepted_by = ?
                 where studio_id = ? and invitation_id = ? and accepted_at is null and revoked_at is null
                   and expires_at > ?
                """)
                .params(Timestamp.from(now), member.value(), studio.value(), id, Timestamp.from(now))
                .update() == 1;
    }

    boolean revoke(StudioId studio, UUID id, Instant now) {
        return jdbc.sql("""
                update invitation set revoked_at = ?
                 where studio_id = ? and invitation_id = ? and accepted_at is null and revoked_at is null
                """)
                .params(Timestamp.from(now), studio.value(), id)
                .update() == 1;
    }

    private static Invitation map(ResultSet rs, int row) throws SQLException {
        return new Invitation(new StudioId(rs.getObject("studio_id", UUID.class)),
                rs.getObject("invitation_id", UUID.class), rs.getString("email"), Role.valueOf(rs.getString("role")),
                new MemberId(rs.getObject("invited_by", UUID.class)), rs.getString("invited_by_name"),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "accepted_at"),
                instant(rs, "revoked_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
