package dev.spotter.scheduling.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.scheduling.ClassPlace;
import dev.spotter.scheduling.ClassSchedule;
import dev.spotter.scheduling.PlaceStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The studio's class schedules, their skipped dates, and members' places. An occurrence's row is created on its
 * first join and locked while its places are counted, so the last place goes to exactly one member.
 */
@Repository
public class Classes {

    private static final String SCHEDULES = """
            select cs.*, s.name as service_name, s.duration_minutes, s.buffer_minutes, s.cancellation_hours,
                   r.name as room_name,
                   array(select k.on_date from class_skip k
                          where k.studio_id = cs.studio_id and k.schedule_id = cs.schedule_id) as skipped
              from class_schedule cs
              join service s on s.studio_id = cs.studio_id and s.service_id = cs.service_id
              join room r on r.studio_id = cs.studio_id and r.room_id = cs.room_id
            """;

    private final JdbcClient jdbc;

    Classes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many members hold a place and how many wait, for one occurrence. */
    public record Counts(int booked, int waitlisted) {
    }

    public void insert(StudioId studio, ClassSchedule schedule, Instant createdAt) {
        jdbc.sql("""
                insert into class_schedule (studio_id, schedule_id, service_id, coach_id, room_id, first_date,
                                            start_time, rrule, capacity, active, created_at)
                values (:studio, :id, :service, :coach, :room, :first, :start, :rule, :capacity, :active, :created)
                """)
                .param("studio", studio.value()).param("id", schedule.id()).param("service", schedule.serviceId())
                .param("coach", schedule.coach().value()).param("room", schedule.roomId())
                .param("first", schedule.firstDate()).param("start", schedule.startTime())
                .param("rule", schedule.rule()).param("capacity", schedule.capacity())
                .param("active", schedule.active()).param("created", Timestamp.from(createdAt)).update();
    }

    /** The studio's schedules, active first, by start time; of one coach when given. */
    public List<ClassSchedule> schedules(StudioId studio, MemberId coach) {
        return jdbc.sql(SCHEDULES + """
                 where cs.studio_id = :studio and (cast(:coach as uuid) is null or cs.coach_id = :coach)
                 order by cs.active desc, cs.start_time, s.name
                """).param("studio", studio.value()).param("coach", coach == null ? null : coach.value())
                .query((rs, row) -> schedule(rs)).list();
    }

    public Optional<ClassSchedule> schedule(StudioId studio, UUID id) {
        return jdbc.sql(SCHEDULES + " where cs.studio_id = :studio and cs.schedule_id = :id")
                .param("studio", studio.value()).param("id", id).query((rs, row) -> schedule(rs)).optional();
    }

    public void skip(StudioId studio, UUID schedule, LocalDate date, String reason) {
        jdbc.sql("""
                insert into class_skip (studio_id, schedule_id, on_date, reason) values (:studio, :schedule, :date,
                :reason) on conflict do nothing
                """).param("studio", studio.value()).param("schedule", schedule).param("date", date)
                .param("reason", reason).update();
    }

    /** Creates the occurrence's row if this is its first join, then locks it until the transaction ends. */
    public void lockOccurrence(StudioId studio, UUID schedule, Instant start) {
        jdbc.sql("""
                insert into class_occurrence (studio_id, schedule_id, starts_at) values (:studio, :schedule, :start)
                on conflict do nothing
                """).param("studio", studio.value()).param("schedule", schedule).param("start", Timestamp.from(start))
                .update();
        jdbc.sql("""
                select starts_at from class_occurrence
                 where studio_id = :studio and schedule_id = :schedule and starts_at = :start for update
                """).param("studio", studio.value()).param("schedule", schedule).param("start", Timestamp.from(start))
                .query(Timestamp.class).single();
    }

    public void insertPlace(StudioId studio, ClassPlace place, UUID requestId) {
        jdbc.sql("""
                insert into class_place (studio_id, place_id, schedule_id, starts_at, client_id, status, request_id,
                                         created_at)
                values (:studio, :id, :schedule, :start, :client, :status, :request, :created)
                """)
                .param("studio", studio.value()).param("id", place.id()).param("schedule", place.scheduleId())
                .param("start", Timestamp.from(place.startsAt())).param("client", place.clientId())
                .param("status", place.status().name()).param("request", requestId)
                .param("created", Timestamp.from(place.createdAt())).update();
    }

    public void updatePlace(StudioId studio, ClassPlace place) {
        jdbc.sql("""
                update class_place set status = :status, promoted_at = :promoted, cancelled_at = :cancelled,
                                       checked_in_at = :checkedIn
                 where studio_id = :studio and place_id = :id
                """)
                .param("status", place.status().name()).param("promoted", timestamp(place.promotedAt()))
                .param("cancelled", timestamp(place.cancelledAt())).param("checkedIn", timestamp(place.checkedInAt()))
                .param("studio", studio.value()).param("id", place.id()).update();
    }

    public Optional<ClassPlace> place(StudioId studio, UUID id) {
        return jdbc.sql("select * from class_place where studio_id = :studio and place_id = :id")
                .param("studio", studio.value()).param("id", id).query((rs, row) -> place(rs)).optional();
    }

    public Optional<ClassPlace> byRequest(StudioId studio, UUID request) {
        return jdbc.sql("select * from class_place where studio_id = :studio and request_id = :request")
                .param("studio", studio.value()).param("request", request).query((rs, row) -> place(rs)).optional();
    }

    /** The places and waitlist of one occurrence: booked by when they joined, then the waitlist in order. */
    public List<ClassPlace> places(StudioId studio, UUID schedule, Instant start) {
        return jdbc.sql("""
                select * from class_place
                 where studio_id = :studio and schedule_id = :schedule and starts_at = :start
                 order by case status when 'WAITLISTED' then 1 when 'CANCELLED' then 2 when 'LATE_CANCELLED' then 2
                          else 0 end, coalesce(promoted_at, created_at), place_id
                """).param("studio", studio.value()).param("schedule", schedule)
                .param("start", Timestamp.from(start)).query((rs, row) -> place(rs)).list();
    }

    /** Booked and waitlisted counts of every occurrence starting in the span, keyed by schedule and start. */
    public Map<String, Counts> counts(StudioId studio, Instant from, Instant to) {
        Map<String, Counts> counts = new HashMap<>();
        jdbc.sql("""
                select schedule_id, starts_at, count(*) filter (where status in ('BOOKED', 'ATTENDED', 'NO_SHOW')),
                       count(*) filter (where status = 'WAITLISTED')
                  from class_place where studio_id = :studio and starts_at >= :from and starts_at < :to
                 group by schedule_id, starts_at
                """).param("studio", studio.value()).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(rs -> {
                    counts.put(key(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()),
                            new Counts(rs.getInt(3), rs.getInt(4)));
                });
        return counts;
    }

    /** The client's places (all statuses) starting in the span. */
    public List<ClassPlace> placesOf(StudioId studio, UUID client, Instant from, Instant to) {
        return jdbc.sql("""
                select * from class_place where studio_id = :studio and client_id = :client
                   and starts_at >= :from and starts_at < :to order by starts_at, created_at
                """).param("studio", studio.value()).param("client", client).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)).query((rs, row) -> place(rs)).list();
    }

    /** Ends every live place of an occurrence that will not run; answers the places that were ended. */
    public List<UUID> cancelAll(StudioId studio, UUID schedule, Instant start, Instant now) {
        return jdbc.sql("""
                update class_place set status = 'CANCELLED', cancelled_at = :now
                 where studio_id = :studio and schedule_id = :schedule and starts_at = :start
                   and status in ('BOOKED', 'WAITLISTED')
                returning place_id
                """).param("now", Timestamp.from(now)).param("studio", studio.value()).param("schedule", schedule)
                .param("start", Timestamp.from(start)).query(UUID.class).list();
    }

    public static String key(UUID schedule, Instant start) {
        return schedule + "@" + start;
    }

    private static ClassSchedule schedule(ResultSet rs) throws SQLException {
        Set<LocalDate> skipped = new HashSet<>();
        Array array = rs.getArray("skipped");
        if (array != null) {
            Arrays.stream((Object[]) array.getArray()).map(value -> ((java.sql.Date) value).toLocalDate())
                    .forEach(skipped::add);
        }
        return new ClassSchedule(rs.getObject("schedule_id", UUID.class), rs.getObject("service_id", UUID.class),
                rs.getString("service_name"), rs.getInt("duration_minutes"), rs.getInt("buffer_minutes"),
                rs.getInt("cancellation_hours"), new MemberId(rs.getObject("coach_id", UUID.class)),
                rs.getObject("room_id", UUID.class), rs.getString("room_name"),
                rs.getObject("first_date", LocalDate.class), rs.getObject("start_time", LocalTime.class),
                rs.getString("rrule"), rs.getInt("capacity"), rs.getBoolean("active"), skipped);
    }

    static ClassPlace place(ResultSet rs) throws SQLException {
        return new ClassPlace(rs.getObject("place_id", UUID.class), rs.getObject("schedule_id", UUID.class),
                rs.getTimestamp("starts_at").toInstant(), rs.getObject("client_id", UUID.class),
                PlaceStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                instant(rs, "promoted_at"), instant(rs, "cancelled_at"), instant(rs, "checked_in_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
