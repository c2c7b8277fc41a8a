package dev.spotter.training.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.training.BodyRegion;
import dev.spotter.training.PainReport;
import dev.spotter.training.Swap;
import dev.spotter.training.SwapReason;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What changed a workout on the way: exercises swapped in a slot, and the client's pain reports.
 */
@Repository
public class Adjustments {

    private final JdbcClient jdbc;

    Adjustments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- swaps ----

    /** Stores the swap unless a swap with its id exists; answers whether. */
    public boolean swap(StudioId studio, Swap swap) {
        return jdbc.sql("""
                insert into workout_swap (studio_id, swap_id, workout_id, slot, from_exercise_id, from_exercise_name,
                                          to_exercise_id, to_exercise_name, reason, note, swapped_at)
                values (:studio, :id, :workout, :slot, :fromId, :fromName, :toId, :toName, :reason, :note, :at)
                on conflict do nothing
                """)
                .param("studio", studio.value()).param("id", swap.id()).param("workout", swap.workoutId())
                .param("slot", swap.slot()).param("fromId", swap.fromExerciseId())
                .param("fromName", swap.fromExerciseName()).param("toId", swap.toExerciseId())
                .param("toName", swap.toExerciseName()).param("reason", swap.reason().name())
                .param("note", swap.note()).param("at", Timestamp.from(swap.swappedAt()))
                .update() == 1;
    }

    public Optional<Swap> findSwap(StudioId studio, UUID id) {
        return jdbc.sql("select * from workout_swap where studio_id = :studio and swap_id = :id")
                .param("studio", studio.value()).param("id", id)
                .query((rs, row) -> swap(rs)).optional();
    }

    /** Each workout's swaps, in the order they were made. */
    public Map<UUID, List<Swap>> swaps(StudioId studio, Collection<UUID> workouts) {
        return byWorkout("select * from workout_swap where studio_id = :studio and workout_id in (:workouts) "
                + "order by swapped_at, swap_id", studio, workouts, (rs, row) -> swap(rs), Swap::workoutId);
    }

    // ---- pain ----

    /** Stores the report unless one with its id exists; answers whether. */
    public boolean report(StudioId studio, PainReport report) {
        return jdbc.sql("""
                insert into pain_report (studio_id, report_id, client_id, workout_id, slot, exercise_id, exercise_name,
                                         pattern, score, region, side, note, suggested_condition, reported_at)
                values (:studio, :id, :client, :workout, :slot, :exercise, :name, :pattern, :score, :region, :side,
                        :note, :suggested, :at)
                on conflict do nothing
                """)
                .param("studio", studio.value()).param("id", report.id()).param("client", report.clientId())
                .param("workout", report.workoutId()).param("slot", report.slot())
                .param("exercise", report.exerciseId()).param("name", report.exerciseName())
                .param("pattern", report.pattern()).param("score", report.score())
                .param("region", report.region().name()).param("side", report.side()).param("note", report.note())
                .param("suggested", report.suggestedCondition()).param("at", Timestamp.from(report.reportedAt()))
                .update() == 1;
    }

    public Optional<PainReport> findReport(StudioId studio, UUID id) {
        return jdbc.sql("select * from pain_report where studio_id = :studio and report_id = :id")
                .param("studio", studio.value()).param("id", id)
                .query((rs, row) -> report(rs)).optional();
    }

    /** The client's reports, open ones first, newest first within each. */
    public List<PainReport> reports(StudioId studio, UUID client, int limit) {
        return jdbc.sql("""
                select * from pain_report where studio_id = :studio and client_id = :client
                 order by resolved_at is not null, reported_at desc limit :limit
                """)
                .param("studio", studio.value()).param("client", client).param("limit", limit)
                .query((rs, row) -> report(rs)).list();
    }

    /** The client's open reports, newest first. */
    public List<PainReport> openReports(StudioId studio, UUID client) {
        return jdbc.sql("""
                select * from pain_report where studio_id = :studio and client_id = :client and resolved_at is null
                 order by reported_at desc
                """)
                .param("studio", studio.value()).param("client", client)
                .query((rs, row) -> report(rs)).list();
    }

    /** Each workout's pain reports. */
    public Map<UUID, List<PainReport>> reportsOf(StudioId studio, Collection<UUID> workouts) {
        return byWorkout("select * from pain_report where studio_id = :studio and workout_id in (:workouts) "
                + "order by reported_at, report_id", studio, workouts, (rs, row) -> report(rs), PainReport::workoutId);
    }

    private <T> Map<UUID, List<T>> byWorkout(String sql, StudioId studio, Collection<UUID> workouts,
                                             RowMapper<T> rows, Function<T, UUID> workout) {
        Map<UUID, List<T>> byWorkout = new LinkedHashMap<>();
        if (!workouts.isEmpty()) {
            jdbc.sql(sql).param("studio", studio.value()).param("workouts", workouts).query(rows).list()
                    .forEach(item -> byWorkout.computeIfAbsent(workout.apply(item), key -> new ArrayList<>())
                            .add(item));
        }
        return byWorkout;
    }

    /** Closes an open report; answers whether it was open. */
    public boolean resolve(StudioId studio, UUID id, UUID by, String resolution, Instant at) {
        return jdbc.sql("""
                update pain_report set resolved_at = :at, resolved_by = :by, resolution = :resolution
                 where studio_id = :studio and report_id = :id and resolved_at is null
                """)
                .param("at", Timestamp.from(at)).param("by", by).param("resolution", resolution)
                .param("studio", studio.value()).param("id", id)
                .update() == 1;
    }

    private static Swap swap(ResultSet rs) throws SQLException {
        return new Swap(rs.getObject("swap_id", UUID.class), rs.getObject("workout_id", UUID.class),
                rs.getString("slot"), rs.getString("from_exercise_id"), rs.getString("from_exercise_name"),
                rs.getString("to_exercise_id"), rs.getString("to_exercise_name"),
                SwapReason.valueOf(rs.getString("reason")), rs.getString("note"),
                rs.getTimestamp("swapped_at").toInstant());
    }

    private static PainReport report(ResultSet rs) throws SQLException {
        Timestamp resolved = rs.getTimestamp("resolved_at");
        return new PainReport(rs.getObject("report_id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getObject("workout_id", UUID.class), rs.getString("slot"), rs.getString("exercise_id"),
                rs.getString("exercise_name"), rs.getString("pattern"), rs.getInt("score"),
                BodyRegion.valueOf(rs.getString("region")), rs.getString("side"), rs.getString("note"),
                rs.getString("suggested_condition"), rs.getTimestamp("reported_at").toInstant(),
                resolved == null ? null : resolved.toInstant(), rs.getString("resolution"));
    }
}
