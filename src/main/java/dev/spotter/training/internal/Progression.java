package dev.spotter.training.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.spotter.platform.tenancy.StudioId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A client's finished training summed up in the database, so that years of logged sets come back as a few
 * hundred rows: the best estimated 1RM per lift per day, sets per lift per week, and adherence over a period.
 */
@Repository
public class Progression {

    /** The best estimated 1RM of one lift on one day. */
    public record DayBest(String exerciseId, LocalDate day, double estimatedMaxKg) {
    }

    /** Sets of one lift done in the week starting on Monday {@code week}. */
    public record WeekSets(LocalDate week, String exerciseId, int sets) {
    }

    /** Finished workouts started in a period, and their sets done against prescribed. */
    public record Done(int workouts, int setsDone, int setsPrescribed) {
    }

    private final JdbcClient jdbc;

    Progression(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Epley's estimate, load x (1 + reps / 30) as {@code OneRepMax.estimate} computes it, from sets of 1 to 10
     * repetitions (the range the equations were validated on), best per lift and day.
     */
    public List<DayBest> bestEstimatedMaxes(StudioId studio, UUID client, ZoneId zone, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select s.exercise_id, (w.started_at at time zone :zone)::date as day,
                       max(s.load_kg * (1 + s.reps / 30.0)) as best
                  from workout w
                  join logged_set s on s.studio_id = w.studio_id and s.workout_id = w.workout_id
                 where w.studio_id = :studio and w.client_id = :client and w.status = 'DONE'
                   and w.started_at >= :from and w.started_at < :to
                   and s.done and s.reps between 1 and 10 and s.load_kg > 0
                 group by s.exercise_id, day
                 order by s.exercise_id, day
                """)
                .param("zone", zone.getId()).param("studio", studio.value()).param("client", client)
                .param("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, n) -> new DayBest(rs.getString(1), rs.getObject(2, LocalDate.class),
                        rs.getBigDecimal(3).doubleValue()))
                .list();
    }

    public List<WeekSets> weeklySets(StudioId studio, UUID client, ZoneId zone, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select date_trunc('week', w.started_at at time zone :zone)::date as week, s.exercise_id,
                       count(*) as sets
                  from workout w
                  join logged_set s on s.studio_id = w.studio_id and s.workout_id = w.workout_id
                 where w.studio_id = :studio and w.client_id = :client and w.status = 'DONE'
                   and w.started_at >= :from and w.started_at < :to and s.done
                 group by week, s.exercise_id
                 order by week
                """)
                .param("zone", zone.getId()).param("studio", studio.value()).param("client", client)
                .param("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, n) -> new WeekSets(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getInt(3)))
                .list();
    }

    public Done done(StudioId studio, UUID client, ZoneId zone, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select count(*) as workouts, coalesce(sum(w.prescribed_sets), 0) as prescribed,
                       coalesce(sum((select count(*) from logged_set s
                                      where s.studio_id = w.studio_id and s.workout_id = w.workout_id and s.done)), 0)
                           as done
                  from workout w
                 where w.studio_id = :studio and w.client_id = :client and w.status = 'DONE'
                   and w.started_at >= :from and w.started_at < :to
                """)
                .param("studio", studio.value()).param("client", client)
                .param("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, n) -> new Done(rs.getInt("workouts"), rs.getInt("done"), rs.getInt("prescribed")))
                .single();
    }
}
