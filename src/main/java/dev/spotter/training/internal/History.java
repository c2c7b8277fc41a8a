package dev.spotter.training.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.science.Exposure;
import dev.spotter.science.LoggedSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A client's loaded sets as the autoregulation science reads them: per exercise, one exposure per finished workout,
 * oldest first. Sets without repetitions or load (cardio, holds, body weight) are not exposures.
 */
@Repository
public class History {

    private final JdbcClient jdbc;

    History(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest {@code perExercise} finished workouts of each exercise, oldest first; none excludes nothing. */
    public Map<String, List<Exposure>> latest(StudioId studio, UUID client, Collection<String> exercises,
                                              int perExercise, ZoneId zone) {
        if (exercises.isEmpty()) {
            return Map.of();
        }
        return exposures(jdbc.sql("""
                with ranked as (
                    select s.exercise_id, s.workout_id, s.set_number, s.logged_at, s.reps, s.load_kg, s.rpe, s.rir,
                           (w.started_at at time zone :zone)::date as day,
                           dense_rank() over (partition by s.exercise_id
                                              order by w.started_at desc, w.workout_id) as back
                      from logged_set s
                      join workout w on w.studio_id = s.studio_id and w.workout_id = s.workout_id
                     where s.studio_id = :studio and w.client_id = :client and w.status = 'DONE'
                       and s.exercise_id in (:exercises) and s.done and s.reps > 0 and s.load_kg > 0
                )
                select * from ranked where back <= :per
                 order by exercise_id, back desc, logged_at, set_number
                """)
                .param("zone", zone.getId()).param("studio", studio.value()).param("client", client)
                .param("exercises", exercises).param("per", perExercise));
    }

    /**
     * For each exercise of one workout, every earlier exposure of the client and, last, the workout's own: what a
     * session's personal records are measured against.
     */
    public Map<String, List<Exposure>> upTo(StudioId studio, UUID client, UUID workout, ZoneId zone) {
        return exposures(jdbc.sql("""
                with mine as (
                    select started_at from workout where studio_id = :studio and workout_id = :workout
                )
                select s.exercise_id, s.workout_id, s.set_number, s.logged_at, s.reps, s.load_kg, s.rpe, s.rir,
                       (w.started_at at time zone :zone)::date as day
                  from logged_set s
                  join workout w on w.studio_id = s.studio_id and w.workout_id = s.workout_id
                 where s.studio_id = :studio and w.client_id = :client and s.done and s.reps > 0 and s.load_kg > 0
                   and s.exercise_id in (select exercise_id from logged_set
                                          where studio_id = :studio and workout_id = :workout)
                   and (w.workout_id = :workout or (w.status = 'DONE' and w.started_at < (select started_at from mine)))
                 order by s.exercise_id, w.started_at, s.logged_at, s.set_number
                """)
                .param("zone", zone.getId()).param("studio", studio.value()).param("client", client)
                .param("workout", workout));
    }

    private static Map<String, List<Exposure>> exposures(JdbcClient.StatementSpec query) {
        record Row(String exercise, UUID workout, LocalDate day, LoggedSet set) {
        }
        List<Row> rows = query.query((rs, n) -> {
            double load = rs.getBigDecimal("load_kg").doubleValue();
            int reps = Math.min(rs.getInt("reps"), 100);
            Double rpe = null;
            if (rs.getBigDecimal("rpe") != null) {
                rpe = rs.getBigDecimal("rpe").doubleValue();
            } else if (rs.getObject("rir") != null && rs.getInt("rir") <= 9) {
                rpe = 10.0 - rs.getInt("rir");
            }
            return new Row(rs.getString("exercise_id"), rs.getObject("workout_id", UUID.class),
                    rs.getObject("day", LocalDate.class), new LoggedSet(load, reps, rpe));
        }).list();
        Map<String, Map<UUID, List<Row>>> grouped = new LinkedHashMap<>();
        for (Row row : rows) {
            grouped.computeIfAbsent(row.exercise(), key -> new LinkedHashMap<>())
                    .computeIfAbsent(row.workout(), key -> new ArrayList<>()).add(row);
        }
        Map<String, List<Exposure>> exposures = new LinkedHashMap<>();
        grouped.forEach((exercise, workouts) -> exposures.put(exercise, workouts.values().stream()
                .map(sets -> new Exposure(sets.get(0).day(), exercise, sets.stream().limit(100).map(Row::set)
                        .toList()))
                .toList()));
        return exposures;
    }
}
