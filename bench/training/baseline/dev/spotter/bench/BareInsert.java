package dev.spotter.bench;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Benchmark baseline, never part of the product: bench/training/run.sh compiles it against the built jar and puts
 * it on the class path with PropertiesLauncher. It takes the same JSON body as the set-logging API, does one
 * INSERT into a table of its own and answers the row, with nothing else: no validation, no tenant, no
 * idempotency. /bench/sets passes no authentication at all; /api/v1/bench/sets goes through the API's security
 * chain and so checks the Bearer token like the real endpoint.
 */
@RestController
class BareInsert {

    private final JdbcClient jdbc;

    BareInsert(JdbcClient jdbc) {
        this.jdbc = jdbc;
        jdbc.sql("""
                create table if not exists bench_insert (
                    set_id uuid primary key, slot text not null, set_number integer not null, reps integer,
                    load_kg numeric(5, 2), rpe numeric(3, 1), done boolean not null, logged_at timestamptz not null)
                """).update();
    }

    record SetBody(UUID setId, String slot, Integer setNumber, Integer reps, BigDecimal loadKg, BigDecimal rpe,
                   Boolean done) {
    }

    record Row(UUID id, String slot, int setNumber, Integer reps, BigDecimal loadKg, BigDecimal rpe, boolean done,
               Instant loggedAt) {
    }

    @PostMapping({"/bench/sets", "/api/v1/bench/sets"})
    ResponseEntity<Row> insert(@RequestBody SetBody body) {
        Row row = new Row(body.setId(), body.slot(), body.setNumber(), body.reps(), body.loadKg(), body.rpe(),
                body.done() == null || body.done(), Instant.now());
        jdbc.sql("""
                insert into bench_insert (set_id, slot, set_number, reps, load_kg, rpe, done, logged_at)
                values (:id, :slot, :number, :reps, :load, :rpe, :done, :at)
                """)
                .param("id", row.id()).param("slot", row.slot()).param("number", row.setNumber())
                .param("reps", row.reps()).param("load", row.loadKg()).param("rpe", row.rpe())
                .param("done", row.done()).param("at", Timestamp.from(row.loggedAt()))
                .update();
        return ResponseEntity.status(HttpStatus.CREATED).body(row);
    }

    /** Lets /bench/** through without authentication, ahead of Spotter's own chains. */
    @Configuration(proxyBeanMethods = false)
    static class Open {

        @Bean
        @Order(0)
        SecurityFilterChain benchChain(HttpSecurity http) throws Exception {
            http.securityMatcher("/bench/**")
                    .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable())
                    .requestCache(cache -> cache.disable());
            return http.build();
        }
    }
}
