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

    Optional<AccessToken> findByHash(String tokenHash) {
        return jdbc.sql(SELECT + " where token_hash = ?").param(tokenHash).query(AccessTokens::map).optional();
    }

    boolean revoke(StudioId studio, MemberId member, UUID id, Instant now) {
        return jdbc.sql("""
                update access_token set revoked_at = ?
                 where studio_id = ? and member_id = ? and token_id = ? and revoked_at is null
                """)
                .params(Timestamp.from(now), studio.value(), member.value(), id)
                .update() == 1;
    }

    /** Records use at most once a minute per token, so that busy API clients do not write on every request. */
    void touch(StudioId studio, UUID id, Instant now) {
        jdbc.sql("""
                update access_token set last_used_at = ?
                 where studio_id = ? and token_id = ?
                   and (last_used_at is null or last_used_at < ?)
                """)
                .params(Timestamp.from(now), studio.value(), id, Timestamp.from(now.minusSeconds(60)))
                .update();
    }

    private static AccessToken map(ResultSet rs, int row) throws SQLException {
        return new AccessToken(new StudioId(rs.getObject("studio_id", UUID.class)),
                rs.getObject("token_id", UUID.class), new MemberId(rs.getObject("member_id", UUID.class)),
                rs.getString("name"), rs.getString("prefix"), Invitations.instant(rs, "created_at"),
                Invitations.instant(rs, "expires_at"), Invitations.instant(rs, "last_used_at"),
                Invitations.instant(rs, "revoked_at"));
    }
}
