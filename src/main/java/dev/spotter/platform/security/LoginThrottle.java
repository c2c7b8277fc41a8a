package dev.spotter.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits sign-in attempts per client address to a number in any sliding minute, so that password guessing across
 * many accounts is slow. Per-account lockout after repeated failures is handled by the account itself.
 */
@Component
public class LoginThrottle extends OncePerRequestFilter {

    private static final long WINDOW_MILLIS = 60_000;

    private final int attemptsPerMinute;
    private final Clock clock;
    private final ConcurrentHashMap<String, ArrayDeque<Long>> attempts = new ConcurrentHashMap<>();

    @Autowired
    LoginThrottle(@Value("${spotter.security.login-attempts-per-minute:20}") int attemptsPerMinute) {
        this(attemptsPerMinute, Clock.systemUTC());
    }

    LoginThrottle(int attemptsPerMinute, Clock clock) {
        this.attemptsPerMinute = attemptsPerMinute;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!tryAcquire(request.getRemoteAddr())) {
            response.setHeader("Retry-After", "60");
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Counts one attempt from {@code address}; false when it already made the limit in the last minute. */
    boolean tryAcquire(String address) {
        long now = clock.millis();
        if (attempts.size() > 10_000) {
            attempts.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || times.peekLast() <= now - WINDOW_MILLIS;
                }
            });
        }
        ArrayDeque<Long> times = attempts.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - WINDOW_MILLIS) {
                times.pollFirst();
            }
            if (times.size() >= attemptsPerMinute) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
