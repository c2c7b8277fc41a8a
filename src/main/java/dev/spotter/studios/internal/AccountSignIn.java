package dev.spotter.studios.internal;

import java.time.Clock;

import dev.spotter.platform.security.SpotterPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the person behind an email for form sign-in, counts failures towards the account lockout and writes
 * sign-ins to the studio's audit log.
 */
@Service
class AccountSignIn implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(AccountSignIn.class);

    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    AccountSignIn(Accounts accounts, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.principal(email).orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SpotterPrincipal me) {
            accounts.recordSuccess(me.accountId(), clock.instant());
            audit.record(me.studioId(), me.memberId(), AuditLog.Action.SIGNED_IN, me.email(), null);
        }
    }

    @EventListener
    @Transactional
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String email = String.valueOf(event.getAuthentication().getPrincipal());
        accounts.principal(email).ifPresentOrElse(account -> {
            boolean locked = accounts.recordFailure(email, clock.instant());
            audit.record(account.studioId(), null, AuditLog.Action.SIGN_IN_FAILED, account.email(), null);
            if (locked) {
                audit.record(account.studioId(), null, AuditLog.Action.ACCOUNT_LOCKED, account.email(),
                        "locked for " + Accounts.LOCK_FOR.toMinutes() + " minutes after "
                                + Accounts.LOCK_AFTER_FAILURES + " failed sign-ins");
            }
        }, () -> log.info("Failed sign-in for an unknown email"));
    }
}
