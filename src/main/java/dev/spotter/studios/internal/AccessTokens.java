package dev.spotter.studios.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.platform.tenancy.StudioId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal access tokens, stored as hashes. */
@Repository
public class AccessTokens {

    private static final String SELECT = """
            select studio_id, token_id, member_id, name, prefix, created_at, expires_at, last_used_at, revoked_at
              from access_token
            """;

    private final JdbcClient jdbc;

    AccessTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(AccessToken token, String tokenHash) {
        jdbc.sql("""
                insert into access_token (studio_id, token_id, member_id, name, token_hash, prefix, created_at,
                                          expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(token.studioId().value(), token.id(), token.memberId().value(), token.name(), tokenHash,
                        token.prefix(), Timestamp.from(token.createdAt()),
                        token.expiresAt() == null ? null : Timestamp.from(token.expiresAt()))
                .update();
    }

    public List<AccessToken> ofMember(StudioId studio, MemberId member, Paging paging) {
        return jdbc.sql(SELECT + """
                 where studio_id = ? and member_id = ?
                 order by revoked_at is not null, created_at desc, token_id
                 limit ? offset ?
                """)
                .params(studio.value(), member.value(), paging.size(), paging.offset())
                .query(AccessTokens::map)
                .list();
    }

    public long countOfMember(StudioId studio, MemberId member) {
        return jdbc.sql("select count(*) from access_token where studio_id = ? and member_id = ?")
                .params(studio.value(), member.value())
                .query(Long.class)
                .single();
    }

    Optional<AccessToken> find(StudioId studio, MemberId member, UUID id) {
        return jdbc.sql(SELECT + " where studio_id = ? and member_id = ? and token_id = ?")
                .params(studio.value(), member.value(), id)
                .query(AccessTokens::map)
                .optional();
    }

    /**
     * The member a usable token belongs to, in one round trip that also records the use (at most once a minute
     * per token, so that busy API clients do not write on every request).
     */
    Optional<SpotterPrincipal> authenticate(String tokenHash, Instant now) {
        return jdbc.sql("""
                with token as (
                    select t.studio_id, t.token_id, m.member_id, m.role, m.display_name, a.account_id, a.email
                      from access_token t
                      join member m on m.studio_id = t.studio_id and m.member_id = t.member_id
                      join account a on a.account_id = m.account_id
                     where t.token_hash = :hash and t.revoked_at is null
                       and (t.expires_at is null or t.expires_at > :now) and m.active
                ), touched as (
                    update access_token set last_used_at = :now
                     where (studio_id, token_id) in (select studio_id, token_id from token)
                       and (last_used_at is null or last_used_at < :stale)
                )
                select * from token
                """)
                .param("hash", tokenHash)
                .param("now", Timestamp.from(now))
                .param("stale", Timestamp.from(now.minusSeconds(60)))
                .query((rs, row) -> new SpotterPrincipal(rs.getObject("account_id", UUID.class),
                        new StudioId(rs.getObject("studio_id", UUID.class)),
                        new MemberId(rs.getObject("member_id", UUID.class)), Role.valueOf(rs.getString("role")),
                        rs.getString("email"), rs.getString("display_name"), null, true, null))
                .optional();
    }

    boolean revoke(StudioId studio, MemberId member, UUID id, Instant now) {
        return jdbc.sql("""
                update access_token set revoked_at = ?
                 where studio_id = ? and member_id = ? and token_id = ? and revoked_at is null
                """)
                .params(Timestamp.from(now), studio.value(), member.value(), id)
                .update() == 1;
    }

    private static AccessToken map(ResultSet rs, int row) throws SQLException {
        return new AccessToken(new StudioId(rs.getObject("studio_id", UUID.class)),
                rs.getObject("token_id", UUID.class), new MemberId(rs.getObject("member_id", UUID.class)),
                rs.getString("name"), rs.getString("prefix"), Invitations.instant(rs, "created_at"),
                Invitations.instant(rs, "expires_at"), Invitations.instant(rs, "last_used_at"),
                Invitations.instant(rs, "revoked_at"));
    }
}
