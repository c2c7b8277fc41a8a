package dev.spotter.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits sign-in attempts per client address (a fixed one-minute window), so that password guessing across many
 * accounts is slow. Per-account lockout after repeated failures is handled by the account itself.
 */
@Component
public class LoginThrottle extends OncePerRequestFilter {

    private final int attemptsPerMinute;
    private final Clock clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    @Autowired
    LoginThrottle(@Value("${spotter.security.login-attempts-per-minute:20}") int attemptsPerMinute) {
        this(attemptsPerMinute, Clock.systemUTC());
    }

    LoginThrottle(int attemptsPerMinute, Clock clock) {
        this.attemptsPerMinute = attemptsPerMinute;
        this.clock = clock;
    }

    private record Window(long minute, AtomicInteger count) {
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

    /** Counts one attempt from {@code address}; false once the address has used up this minute's attempts. */
    boolean tryAcquire(String address) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > 10_000) {
            windows.values().removeIf(window -> window.minute() < minute);
        }
        Window window = windows.compute(address, (key, current) ->
                current == null || current.minute() != minute ? new Window(minute, new AtomicInteger()) : current);
        return window.count().incrementAndGet() <= attemptsPerMinute;
    }
}
