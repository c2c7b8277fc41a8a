package dev.spotter.training.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.spotter.platform.api.Paging;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.programs.engine.Session;
import dev.spotter.science.HeartRateAnalysis.Zone;
import dev.spotter.science.activity.Activity;
import dev.spotter.training.ActivityLog;
import dev.spotter.training.ImportedActivity;
import dev.spotter.training.WorkoutStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The studio's imported activities, each read with the exercise and session it is attached to, named as the
 * session was prescribed when the workout started.
 */
@Repository
public class Activities {

    private static final String ACTIVITY = """
            select a.*, w.session_name,
                   (select item ->> 'exerciseName'
                      from jsonb_array_elements(w.session -> 'blocks') as block,
                           jsonb_array_elements(block -> 'items') as item
                     where item ->> 'slot' = a.slot limit 1) as exercise_name
              from activity a
              left join workout w on w.studio_id = a.studio_id and w.workout_id = a.workout_id
            """;

    private static final List<Zone> ZONES = List.of(Zone.values());
    private static final List<String> ZONE_COLUMNS = List.of("below_zone_seconds", "zone_1_seconds",
            "zone_2_seconds", "zone_3_seconds", "zone_4_seconds", "zone_5_seconds");

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Activities(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores the activity unless the client imported the same file before; answers whether it was stored. */
    public boolean add(StudioId studio, ImportedActivity activity) {
        Map<Zone, Integer> zones = activity.zones() == null ? Map.of() : activity.zones();
        return jdbc.sql("""
                insert into activity (studio_id, activity_id, client_id, workout_id, slot, format, sport, started_at,
                                      seconds, metres, pace_seconds_per_km, avg_hr, max_hr, resting_hr, zone_max_hr,
                                      below_zone_seconds, zone_1_seconds, zone_2_seconds, zone_3_seconds,
                                      zone_4_seconds, zone_5_seconds, zones_missing, trimp, trimp_missing,
                                      file_name, content_sha256, imported_at)
                values (:studio, :id, :client, :workout, :slot, :format, :sport, :started, :seconds, :metres, :pace,
                        :avgHr, :maxHr, :resting, :maximal, :below, :zone1, :zone2, :zone3, :zone4, :zone5,
                        :zonesMissing, :trimp, :trimpMissing, :fileName, :sha, :imported)
                on conflict (studio_id, client_id, content_sha256) do nothing
                """)
                .param("studio", studio.value()).param("id", activity.id()).param("client", activity.clientId())
                .param("workout", activity.workoutId()).param("slot", activity.slot())
                .param("format", activity.format().name()).param("sport", activity.sport().name())
                .param("started", Timestamp.from(activity.startedAt())).param("seconds", activity.seconds())
                .param("metres", BigDecimal.valueOf(activity.metres()))
                .param("pace", activity.paceSecondsPerKm()).param("avgHr", activity.avgHr())
                .param("maxHr", activity.maxHr()).param("resting", activity.restingHr())
                .param("maximal", activity.maximalHr())
                .param("below", zones.get(Zone.BELOW_ZONE_1)).param("zone1", zones.get(Zone.ZONE_1))
                .param("zone2", zones.get(Zone.ZONE_2)).param("zone3", zones.get(Zone.ZONE_3))
                .param("zone4", zones.get(Zone.ZONE_4)).param("zone5", zones.get(Zone.ZONE_5))
                .param("zonesMissing", activity.zonesMissing())
                .param("trimp", activity.trimp() == null ? null : BigDecimal.valueOf(activity.trimp()))
                .param("trimpMissing", activity.trimpMissing()).param("fileName", activity.fileName())
                .param("sha", activity.sha256()).param("imported", Timestamp.from(activity.importedAt()))
                .update() == 1;
    }

    public Optional<ImportedActivity> find(StudioId studio, UUID id) {
        return jdbc.sql(ACTIVITY + " where a.studio_id = :studio and a.activity_id = :id")
                .param("studio", studio.value()).param("id", id)
                .query((rs, row) -> activity(rs)).optional();
    }

    /** The client's activity imported from a file with this SHA-256. */
    public Optional<ImportedActivity> byContent(StudioId studio, UUID client, String sha256) {
        return jdbc.sql(ACTIVITY + " where a.studio_id = :studio and a.client_id = :client and a.content_sha256 = :sha")
                .param("studio", studio.value()).param("client", client).param("sha", sha256)
                .query((rs, row) -> activity(rs)).optional();
    }

    /** The client's activities, the latest started first. */
    public ActivityLog.Page list(StudioId studio, UUID client, Paging paging) {
        List<ImportedActivity> items = jdbc.sql(ACTIVITY + """
                 where a.studio_id = :studio and a.client_id = :client
                 order by a.started_at desc, a.activity_id limit :limit offset :offset
                """)
                .param("studio", studio.value()).param("client", client).param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, row) -> activity(rs)).list();
        long total = jdbc.sql("select count(*) from activity where studio_id = :studio and client_id = :client")
                .param("studio", studio.value()).param("client", client).query(Long.class).single();
        return new ActivityLog.Page(items, total);
    }

    /** Removes the activity, and the set it logged (its id the activity's) on a workout that is still open. */
    public void remove(StudioId studio, ImportedActivity activity) {
        if (activity.workoutId() != null) {
            jdbc.sql("""
                    delete from logged_set s
                     using workout w
                     where s.studio_id = :studio and s.workout_id = :workout and s.set_id = :id
                       and w.studio_id = s.studio_id and w.workout_id = s.workout_id and w.status = 'IN_PROGRESS'
                    """)
                    .param("studio", studio.value()).param("workout", activity.workoutId())
                    .param("id", activity.id()).update();
        }
        jdbc.sql("delete from activity where studio_id = :studio and activity_id = :id")
                .param("studio", studio.value()).param("id", activity.id()).update();
    }

    /**
     * The workouts of the client an activity may be attached to, with the session each was started from: the open
     * one and the latest finished ones, newest first.
     */
    public List<ActivityLog.AttachableWorkout> attachable(StudioId studio, UUID client, int finished) {
        return jdbc.sql("""
                (select workout_id, session_name, status, started_at, session from workout
                  where studio_id = :studio and client_id = :client and status = 'IN_PROGRESS')
                union all
                (select workout_id, session_name, status, started_at, session from workout
                  where studio_id = :studio and client_id = :client and status = 'DONE'
                  order by finished_at desc limit :finished)
                order by started_at desc
                """)
                .param("studio", studio.value()).param("client", client).param("finished", finished)
                .query((rs, row) -> new ActivityLog.AttachableWorkout(rs.getObject("workout_id", UUID.class),
                        rs.getString("session_name"), WorkoutStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("started_at").toInstant(),
                        json.readValue(rs.getString("session"), Session.class)))
                .list();
    }

    private static ImportedActivity activity(ResultSet rs) throws SQLException {
        Map<Zone, Integer> zones = null;
        if (rs.getObject("zone_1_seconds") != null) {
            zones = new EnumMap<>(Zone.class);
            for (int i = 0; i < ZONES.size(); i++) {
                zones.put(ZONES.get(i), rs.getInt(ZONE_COLUMNS.get(i)));
            }
        }
        BigDecimal trimp = rs.getBigDecimal("trimp");
        return new ImportedActivity(rs.getObject("activity_id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getObject("workout_id", UUID.class), rs.getString("slot"), rs.getString("exercise_name"), rs.getString("session_name"),
                Activity.Format.valueOf(rs.getString("format")), Activity.Sport.valueOf(rs.getString("sport")),
                instant(rs, "started_at"), rs.getInt("seconds"), rs.getBigDecimal("metres").doubleValue(),
                (Integer) rs.getObject("pace_seconds_per_km"), (Integer) rs.getObject("avg_hr"),
                (Integer) rs.getObject("max_hr"), (Integer) rs.getObject("resting_hr"),
                (Integer) rs.getObject("zone_max_hr"), zones, rs.getString("zones_missing"),
                trimp == null ? null : trimp.doubleValue(), rs.getString("trimp_missing"), rs.getString("file_name"),
                rs.getString("content_sha256"), instant(rs, "imported_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
