package dev.spotter.scheduling.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.StudioId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Calendar feeds by the hash of their secret; at most one live feed per member. */
@Repository
public class Feeds {

    private final JdbcClient jdbc;

    Feeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A live feed found by its secret's hash: whose it is (a client's names their client record). */
    public record Feed(StudioId studio, MemberId member, UUID clientId) {
    }

    public Optional<Instant> liveSince(StudioId studio, MemberId member) {
        return jdbc.sql("""
                select created_at from calendar_feed
                 where studio_id = ? and member_id = ? and revoked_at is null
                """).params(studio.value(), member.value()).query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    /** Revokes the member's live feed, if any; answers whether there was one. */
    public boolean revoke(StudioId studio, MemberId member, Instant now) {
        return jdbc.sql("""
                update calendar_feed set revoked_at = ?
                 where studio_id = ? and member_id = ? and revoked_at is null
                """).params(Timestamp.from(now), studio.value(), member.value()).update() > 0;
    }

    public void add(StudioId studio, MemberId member, UUID clientId, String secretHash, Instant now) {
        jdbc.sql("""
                insert into calendar_feed (studio_id, feed_id, member_id, client_id, secret_hash, created_at)
                values (?, ?, ?, ?, ?, ?)
                """).params(studio.value(), UUID.randomUUID(), member.value(), clientId, secretHash,
                Timestamp.from(now)).update();
    }

    public Optional<Feed> live(String secretHash) {
        return jdbc.sql("""
                select studio_id, member_id, client_id from calendar_feed
                 where secret_hash = ? and revoked_at is null
                """).param(secretHash).query((rs, row) -> new Feed(new StudioId(rs.getObject("studio_id", UUID.class)),
                new MemberId(rs.getObject("member_id", UUID.class)), rs.getObject("client_id", UUID.class)))
                .optional();
    }
}
