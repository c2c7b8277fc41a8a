package dev.spotter.studios.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Email;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.platform.tenancy.StudioId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sign-in identities, each with the one studio membership it signs in to. */
@Repository
class Accounts {

    /** Consecutive failures that lock an account, and for how long (OWASP authentication guidance). */
    static final int LOCK_AFTER_FAILURES = 5;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(Email email) {
        return jdbc.sql("select exists (select 1 from account where email = ?)").param(email.value())
                .query(Boolean.class).single();
    }

    void add(UUID accountId, Email email, String passwordHash) {
        jdbc.sql("insert into account (account_id, email, password_hash) values (?, ?, ?)")
                .params(accountId, email.value(), passwordHash)
                .update();
    }

    void changePassword(UUID accountId, String passwordHash) {
        jdbc.sql("update account set password_hash = ? where account_id = ?").params(passwordHash, accountId).update();
    }

    Optional<SpotterPrincipal> principal(String email) {
        return jdbc.sql("""
                select a.account_id, a.email, a.password_hash, a.locked_until,
                       m.studio_id, m.member_id, m.role, m.display_name, m.active
                  from account a
                  join member m on m.account_id = a.account_id
                 where a.email = ?
                """)
                .param(email.trim().toLowerCase(Locale.ROOT))
                .query((rs, row) -> {
                    Timestamp locked = rs.getTimestamp("locked_until");
                    return new SpotterPrincipal(rs.getObject("account_id", UUID.class),
                            new StudioId(rs.getObject("studio_id", UUID.class)),
                            new MemberId(rs.getObject("member_id", UUID.class)),
                            Role.valueOf(rs.getString("role")), rs.getString("email"),
                            rs.getString("display_name"), rs.getString("password_hash"), rs.getBoolean("active"),
                            locked == null ? null : locked.toInstant());
                })
                .optional();
    }

    /**
     * Counts a failed sign-in; returns true when this failure locked the account. A lock that has run out starts
     * the count again, so one more wrong password after a lockout does not lock the account at once.
     */
    boolean recordFailure(String email, Instant now) {
        return jdbc.sql("""
                with counted as (
                    select account_id,
                           case when locked_until is not null and locked_until <= :now then 1
                                else failed_logins + 1 end as failures
                      from account
                     where email = :email
                )
                update account a
                   set failed_logins = c.failures,
                       locked_until = case when c.failures >= :limit then :until
                                           when a.locked_until <= :now then null
                                           else a.locked_until end
                  from counted c
                 where a.account_id = c.account_id
                returning c.failures >= :limit
                """)
                .param("limit", LOCK_AFTER_FAILURES)
                .param("now", Timestamp.from(now))
                .param("until", Timestamp.from(now.plus(LOCK_FOR)))
                .param("email", email.trim().toLowerCase(Locale.ROOT))
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    void recordSuccess(UUID accountId, Instant now) {
        jdbc.sql("update account set failed_logins = 0, locked_until = null, last_sign_in_at = ? where account_id = ?")
                .params(Timestamp.from(now), accountId)
                .update();
    }
}
