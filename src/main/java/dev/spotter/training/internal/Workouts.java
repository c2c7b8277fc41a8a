package dev.spotter.training.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.spotter.platform.api.Paging;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.programs.engine.Prescription;
import dev.spotter.programs.engine.Session;
import dev.spotter.science.TrainingLoad;
import dev.spotter.training.LoggedSet;
import dev.spotter.training.TrainingLog;
import dev.spotter.training.Workout;
import dev.spotter.training.WorkoutComment;
import dev.spotter.training.WorkoutStatus;
import dev.spotter.training.engine.PlanOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The studio's workouts and their logged sets. A workout keeps the session it was started from (as the program
 * had it then), so that what was prescribed still reads the same after the program is edited.
 */
@Repository
public class Workouts {

    private static final String WORKOUT = """
            select w.*, (select count(*) from logged_set s
                          where s.studio_id = w.studio_id and s.workout_id = w.workout_id and s.done) as sets_done
              from workout w
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Workouts(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores a new open workout unless the client has one open or did this session already; answers whether. */
    public boolean start(StudioId studio, Workout workout, Session session) {
        return jdbc.sql("""
                insert into workout (studio_id, workout_id, client_id, program_id, program_version, week_number,
                                     session_index, session_name, prescribed_sets, session, status, started_at)
                values (:studio, :id, :client, :program, :version, :week, :index, :name, :prescribed,
                        :session::jsonb, 'IN_PROGRESS', :at)
                on conflict do nothing
                """)
                .param("studio", studio.value()).param("id", workout.id()).param("client", workout.clientId())
                .param("program", workout.programId()).param("version", workout.programVersion())
                .param("week", workout.weekNumber()).param("index", workout.sessionIndex())
                .param("name", workout.sessionName()).param("prescribed", workout.prescribedSets())
                .param("session", json.writeValueAsString(session)).param("at", Timestamp.from(workout.startedAt()))
                .update() == 1;
    }

    public Optional<Workout> find(StudioId studio, UUID id) {
        return jdbc.sql(WORKOUT + " where w.studio_id = :studio and w.workout_id = :id")
                .param("studio", studio.value()).param("id", id)
                .query((rs, row) -> workout(rs)).optional();
    }

    /** The session as it was prescribed when the workout started. */
    public Session session(StudioId studio, UUID id) {
        return jdbc.sql("select session from workout where studio_id = :studio and workout_id = :id")
                .param("studio", studio.value()).param("id", id)
                .query((rs, row) -> json.readValue(rs.getString(1), Session.class)).single();
    }

    /** Replaces the session a workout trains, as a swap made in it changes it. */
    public void replaceSession(StudioId studio, UUID id, Session session) {
        jdbc.sql("update workout set session = :session::jsonb where studio_id = :studio and workout_id = :id")
                .param("session", json.writeValueAsString(session)).param("studio", studio.value())
                .param("id", id)
                .update();
    }

    /** The client's open workout, whichever program it belongs to. */
    public Optional<Workout> open(StudioId studio, UUID client) {
        return jdbc.sql(WORKOUT + " where w.studio_id = :studio and w.client_id = :client and w.status = 'IN_PROGRESS'")
                .param("studio", studio.value()).param("client", client)
                .query((rs, row) -> workout(rs)).optional();
    }

    /** The sessions of the program the client finished. */
    public Set<PlanOrder.Done> done(StudioId studio, UUID client, UUID program) {
        return new HashSet<>(jdbc.sql("""
                select week_number, session_index from workout
                 where studio_id = :studio and client_id = :client and program_id = :program and status = 'DONE'
                """)
                .param("studio", studio.value()).param("client", client).param("program", program)
                .query((rs, row) -> new PlanOrder.Done(rs.getInt(1), rs.getInt(2))).list());
    }

    /** Each finished session's load (session RPE x minutes) on the day it ended in the studio's time zone. */
    public List<TrainingLoad.Session> loads(StudioId studio, UUID client, ZoneId zone, Instant since) {
        return jdbc.sql("""
                select (finished_at at time zone :zone)::date as day, session_rpe * minutes as load
                  from workout
                 where studio_id = :studio and client_id = :client and status = 'DONE'
                   and session_rpe is not null and minutes is not null and finished_at >= :since
                """)
                .param("zone", zone.getId()).param("studio", studio.value()).param("client", client)
                .param("since", Timestamp.from(since))
                .query((rs, row) -> new TrainingLoad.Session(rs.getObject("day", LocalDate.class),
                        rs.getInt("load")))
                .list();
    }

    /** Newest first; every client's when {@code client} is null. */
    public TrainingLog.Page list(StudioId studio, UUID client, Paging paging) {
        String where = " where w.studio_id = :studio" + (client == null ? "" : " and w.client_id = :client");
        var items = jdbc.sql(WORKOUT + where + " order by w.started_at desc, w.workout_id limit :limit offset :offset")
                .param("studio", studio.value()).param("limit", paging.size()).param("offset", paging.offset());
        var count = jdbc.sql("select count(*) from workout w" + where).param("studio", studio.value());
        if (client != null) {
            items = items.param("client", client);
            count = count.param("client", client);
        }
        return new TrainingLog.Page(items.query((rs, row) -> workout(rs)).list(), count.query(Long.class).single());
    }

    /**
     * What logging a set needs of a workout: whose it is, whether it is finished, and the prescription of one slot
     * of its session (null when the session has no such slot).
     */
    public record SetTarget(UUID clientId, boolean done, Prescription prescription) {
    }

    /** Reads only the slot's prescription out of the stored session, not the whole session, and counts no sets. */
    public Optional<SetTarget> setTarget(StudioId studio, UUID id, String slot) {
        return jdbc.sql("""
                select client_id, status,
                       jsonb_path_query_first(session, '$.blocks[*].items[*] ? (@.slot == $slot)',
                                              jsonb_build_object('slot', :slot::text)) as prescription
                  from workout
                 where studio_id = :studio and workout_id = :id
                """)
                .param("slot", slot).param("studio", studio.value()).param("id", id)
                .query((rs, row) -> {
                    String prescription = rs.getString("prescription");
                    return new SetTarget(rs.getObject("client_id", UUID.class),
                            WorkoutStatus.valueOf(rs.getString("status")) == WorkoutStatus.DONE,
                            prescription == null ? null : json.readValue(prescription, Prescription.class));
                })
                .optional();
    }

    /**
     * Stores the set unless the workout already has a set with its id, and answers the set as stored: the new one,
     * or the one sent before with the same id.
     */
    public LoggedSet addSet(StudioId studio, LoggedSet set) {
        return jdbc.sql("""
                insert into logged_set (studio_id, workout_id, set_id, slot, exercise_id, set_number, reps, load_kg,
                                        rpe, rir, seconds, metres, avg_hr, max_hr, done, logged_at)
                values (:studio, :workout, :id, :slot, :exercise, :number, :reps, :load, :rpe, :rir, :seconds,
                        :metres, :avgHr, :maxHr, :done, :at)
                on conflict (studio_id, workout_id, set_id) do nothing
                returning *
                """)
                .param("studio", studio.value()).param("workout", set.workoutId()).param("id", set.id())
                .param("slot", set.slot()).param("exercise", set.exerciseId()).param("number", set.setNumber())
                .param("reps", set.reps()).param("load", set.loadKg()).param("rpe", set.rpe())
                .param("rir", set.rir()).param("seconds", set.seconds()).param("metres", set.metres())
                .param("avgHr", set.avgHr()).param("maxHr", set.maxHr()).param("done", set.done())
                .param("at", Timestamp.from(set.loggedAt()))
                .query((rs, row) -> set(rs)).optional()
                .or(() -> set(studio, set.workoutId(), set.id()))
                .orElseThrow();
    }

    public Optional<LoggedSet> set(StudioId studio, UUID workout, UUID id) {
        return jdbc.sql("select * from logged_set where studio_id = :studio and workout_id = :workout and set_id = :id")
                .param("studio", studio.value()).param("workout", workout).param("id", id)
                .query((rs, row) -> set(rs)).optional();
    }

    /** The workout's sets in the order they were logged. */
    public List<LoggedSet> sets(StudioId studio, UUID workout) {
        return jdbc.sql("""
                select * from logged_set where studio_id = :studio and workout_id = :workout
                 order by logged_at, set_number
                """)
                .param("studio", studio.value()).param("workout", workout)
                .query((rs, row) -> set(rs)).list();
    }

    /**
     * For each exercise, the sets of the latest other workout of the client that had it, in set order: what the
     * client did last time.
     */
    public Map<String, List<LoggedSet>> lastTime(StudioId studio, UUID client, Collection<String> exercises,
                                                 UUID excluding) {
        Map<String, List<LoggedSet>> last = new LinkedHashMap<>();
        if (exercises.isEmpty()) {
            return last;
        }
        jdbc.sql("""
                with latest as (
                    select distinct on (s.exercise_id) s.exercise_id, s.workout_id
                      from logged_set s
                      join workout w on w.studio_id = s.studio_id and w.workout_id = s.workout_id
                     where s.studio_id = :studio and w.client_id = :client and s.exercise_id in (:exercises)
                       and s.done and w.workout_id <> :excluding
                     order by s.exercise_id, s.logged_at desc
                )
                select s.* from logged_set s
                  join latest l on l.exercise_id = s.exercise_id and l.workout_id = s.workout_id
                 where s.studio_id = :studio and s.done
                 order by s.exercise_id, s.set_number, s.logged_at
                """)
                .param("studio", studio.value()).param("client", client).param("exercises", exercises)
                .param("excluding", excluding == null ? new UUID(0, 0) : excluding)
                .query((rs, row) -> set(rs)).list()
                .forEach(set -> last.computeIfAbsent(set.exerciseId(), key -> new ArrayList<>()).add(set));
        return last;
    }

    /** The client's latest finished workouts, newest first. */
    public List<Workout> recentDone(StudioId studio, UUID client, int limit) {
        return jdbc.sql(WORKOUT + """
                 where w.studio_id = :studio and w.client_id = :client and w.status = 'DONE'
                 order by w.finished_at desc limit :limit
                """)
                .param("studio", studio.value()).param("client", client).param("limit", limit)
                .query((rs, row) -> workout(rs)).list();
    }

    public void addComment(StudioId studio, WorkoutComment comment, UUID author) {
        jdbc.sql("""
                insert into workout_comment (studio_id, comment_id, workout_id, author_id, author, body, created_at)
                values (:studio, :id, :workout, :authorId, :author, :body, :at)
                """)
                .param("studio", studio.value()).param("id", comment.id()).param("workout", comment.workoutId())
                .param("authorId", author).param("author", comment.author()).param("body", comment.body())
                .param("at", Timestamp.from(comment.createdAt()))
                .update();
    }

    /** The comments on each of the workouts, oldest first. */
    public Map<UUID, List<WorkoutComment>> comments(StudioId studio, Collection<UUID> workouts) {
        Map<UUID, List<WorkoutComment>> byWorkout = new LinkedHashMap<>();
        if (workouts.isEmpty()) {
            return byWorkout;
        }
        jdbc.sql("""
                select * from workout_comment where studio_id = :studio and workout_id in (:workouts)
                 order by created_at, comment_id
                """)
                .param("studio", studio.value()).param("workouts", workouts)
                .query((rs, row) -> new WorkoutComment(rs.getObject("comment_id", UUID.class),
                        rs.getObject("workout_id", UUID.class), rs.getString("author"), rs.getString("body"),
                        instant(rs, "created_at")))
                .list()
                .forEach(comment -> byWorkout.computeIfAbsent(comment.workoutId(), key -> new ArrayList<>())
                        .add(comment));
        return byWorkout;
    }

    /** Closes an open workout; answers whether it was open. */
    public boolean finish(StudioId studio, UUID id, Integer sessionRpe, Integer minutes, String notes, Instant at) {
        return jdbc.sql("""
                update workout set status = 'DONE', finished_at = :at, session_rpe = :rpe, minutes = :minutes,
                                   notes = :notes
                 where studio_id = :studio and workout_id = :id and status = 'IN_PROGRESS'
                """)
                .param("at", Timestamp.from(at)).param("rpe", sessionRpe).param("minutes", minutes)
                .param("notes", notes).param("studio", studio.value()).param("id", id)
                .update() == 1;
    }

    private static Workout workout(ResultSet rs) throws SQLException {
        return new Workout(rs.getObject("workout_id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getObject("program_id", UUID.class), rs.getInt("program_version"), rs.getInt("week_number"),
                rs.getInt("session_index"), rs.getString("session_name"), rs.getInt("prescribed_sets"),
                WorkoutStatus.valueOf(rs.getString("status")), instant(rs, "started_at"),
                instant(rs, "finished_at"), (Integer) rs.getObject("session_rpe"), (Integer) rs.getObject("minutes"),
                rs.getString("notes"), rs.getInt("sets_done"));
    }

    private static LoggedSet set(ResultSet rs) throws SQLException {
        return new LoggedSet(rs.getObject("set_id", UUID.class), rs.getObject("workout_id", UUID.class),
                rs.getString("slot"), rs.getString("exercise_id"), rs.getInt("set_number"),
                (Integer) rs.getObject("reps"), decimal(rs, "load_kg"), decimal(rs, "rpe"),
                (Integer) rs.getObject("rir"), (Integer) rs.getObject("seconds"), (Integer) rs.getObject("metres"),
                (Integer) rs.getObject("avg_hr"), (Integer) rs.getObject("max_hr"), rs.getBoolean("done"),
                instant(rs, "logged_at"));
    }

    private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
