package dev.spotter.platform.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import dev.spotter.platform.security.ProblemResponses;
import dev.spotter.platform.security.SpotterPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes API writes safe to retry. A write that carries an {@code Idempotency-Key} is performed once per studio
 * and key; a retry with the same key and body gets the first response replayed instead of doing the work again.
 */
@Component
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    /** A claim this old without a response was abandoned (the process died mid-request) and may be taken over. */
    private static final Duration ABANDONED = Duration.ofMinutes(2);
    private static final int MAX_BODY = 10 * 1_048_576;

    private final JdbcClient jdbc;
    private final ProblemResponses problems;

    IdempotencyFilter(JdbcClient jdbc, ProblemResponses problems) {
        this.jdbc = jdbc;
        this.problems = problems;
    }

    private record Stored(String requestHash, Integer status, String contentType, byte[] body) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return request.getHeader(HEADER) == null
                || !("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method)
                || "DELETE".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SpotterPrincipal caller)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER).trim();
        if (key.isEmpty() || key.length() > 200) {
            problems.write(request, response, 400, "Invalid request",
                    "Idempotency-Key must be 1 to 200 characters.");
            return;
        }
        MessageDigest digest = digest(caller, request);
        HttpServletRequest forwarded = request;
        if (multipart(request)) {
            // The container parses a multipart body from the raw stream and keeps the parts, so the parts are
            // fingerprinted instead: reading the stream here would leave nothing for the parser.
            Collection<Part> parts;
            try {
                parts = request.getParts();
            } catch (IllegalStateException | ServletException e) {
                // Too large or malformed: the application answers it as it would without a key.
                chain.doFilter(request, response);
                return;
            }
            for (Part part : parts) {
                digest.update(part.getName().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                if (part.getSubmittedFileName() != null) {
                    digest.update(part.getSubmittedFileName().getBytes(StandardCharsets.UTF_8));
                }
                digest.update((byte) 0);
                try (InputStream in = part.getInputStream()) {
                    in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
                }
            }
        } else {
            byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                problems.write(request, response, 413, "Content Too Large", "The request body exceeds 10 MiB.");
                return;
            }
            digest.update(body);
            forwarded = new ReplayableRequest(request, body);
        }
        String hash = HexFormat.of().formatHex(digest.digest());

        if (!claim(caller, key, hash)) {
            Optional<Stored> stored = find(caller, key);
            if (stored.isEmpty()) {
                problems.write(request, response, 409, "Conflict",
                        "A request with this Idempotency-Key is still being processed; retry shortly.");
                return;
            }
            Stored previous = stored.get();
            if (!previous.requestHash().equals(hash)) {
                problems.write(request, response, 422, "Unprocessable Content",
                        "This Idempotency-Key was already used for a different request.");
                return;
            }
            if (previous.status() == null) {
                problems.write(request, response, 409, "Conflict",
                        "A request with this Idempotency-Key is still being processed; retry shortly.");
                return;
            }
            response.setStatus(previous.status());
            response.setHeader("Idempotent-Replayed", "true");
            if (previous.contentType() != null) {
                response.setContentType(previous.contentType());
            }
            response.getOutputStream().write(previous.body());
            return;
        }

        ContentCachingResponseWrapper cachedResponse = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(forwarded, cachedResponse);
            completed = true;
        } finally {
            int status = cachedResponse.getStatus();
            if (completed && status < 500) {
                jdbc.sql("""
                        update idempotent_request
                           set response_status = :status, response_content_type = :type, response_body = :body
                         where studio_id = :studio and idempotency_key = :key
                        """)
                        .param("status", status)
                        .param("type", cachedResponse.getContentType())
                        .param("body", cachedResponse.getContentAsByteArray())
                        .param("studio", caller.studioId().value())
                        .param("key", key)
                        .update();
            } else {
                // A failure the server caused is not remembered: the client's retry should really run again.
                jdbc.sql("delete from idempotent_request where studio_id = :studio and idempotency_key = :key")
                        .param("studio", caller.studioId().value())
                        .param("key", key)
                        .update();
            }
            cachedResponse.copyBodyToResponse();
        }
    }

    private boolean claim(SpotterPrincipal caller, String key, String hash) {
        int claimed = jdbc.sql("""
                insert into idempotent_request (studio_id, idempotency_key, member_id, request_hash, created_at)
                values (:studio, :key, :member, :hash, now())
                on conflict (studio_id, idempotency_key) do update
                   set request_hash = excluded.request_hash, member_id = excluded.member_id, created_at = now()
                 where idempotent_request.response_status is null
                   and idempotent_request.created_at < now() - make_interval(secs => :abandoned)
                """)
                .param("studio", caller.studioId().value())
                .param("key", key)
                .param("member", caller.memberId().value())
                .param("hash", hash)
                .param("abandoned", ABANDONED.toSeconds())
                .update();
        return claimed == 1;
    }

    private Optional<Stored> find(SpotterPrincipal caller, String key) {
        return jdbc.sql("""
                select request_hash, response_status, response_content_type, response_body
                  from idempotent_request
                 where studio_id = :studio and idempotency_key = :key
                """)
                .param("studio", caller.studioId().value())
                .param("key", key)
                .query((rs, row) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3),
                        rs.getBytes(4)))
                .optional();
    }

    /** A fingerprint of who sends what where, to which the body is added. */
    private static MessageDigest digest(SpotterPrincipal caller, HttpServletRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(caller.memberId().toString().getBytes(StandardCharsets.UTF_8));
            digest.update(request.getMethod().getBytes(StandardCharsets.UTF_8));
            digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean multipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }
}
