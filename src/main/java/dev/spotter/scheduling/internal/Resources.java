package dev.spotter.scheduling.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.scheduling.CoachHours;
import dev.spotter.scheduling.Location;
import dev.spotter.scheduling.Room;
import dev.spotter.scheduling.Service;
import dev.spotter.scheduling.ServiceKind;
import dev.spotter.scheduling.engine.DateException;
import dev.spotter.scheduling.engine.WeeklyHours;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The studio's locations, rooms and services, and each coach's hours, exceptions, time off and qualifications. */
@Repository
public class Resources {

    private final JdbcClient jdbc;

    Resources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- services ----

    public List<Service> services(StudioId studio) {
        return jdbc.sql("select * from service where studio_id = :studio order by active desc, kind, name")
                .param("studio", studio.value()).query((rs, row) -> service(rs)).list();
    }

    public Optional<Service> service(StudioId studio, UUID id) {
        return jdbc.sql("select * from service where studio_id = :studio and service_id = :id")
                .param("studio", studio.value()).param("id", id).query((rs, row) -> service(rs)).optional();
    }

    public boolean serviceNameTaken(StudioId studio, String name, UUID except) {
        return jdbc.sql("""
                select count(*) from service where studio_id = :studio and lower(name) = lower(:name)
                   and service_id <> :except
                """).param("studio", studio.value()).param("name", name).param("except", except)
                .query(Integer.class).single() > 0;
    }

    public void saveService(StudioId studio, Service service) {
        jdbc.sql("""
                insert into service (studio_id, service_id, name, kind, duration_minutes, capacity, buffer_minutes,
                                     notice_minutes, cancellation_hours, qualification, active)
                values (:studio, :id, :name, :kind, :duration, :capacity, :buffer, :notice, :cancellation,
                        :qualification, :active)
                on conflict (studio_id, service_id) do update set name = excluded.name, kind = excluded.kind,
                    duration_minutes = excluded.duration_minutes, capacity = excluded.capacity,
                    buffer_minutes = excluded.buffer_minutes, notice_minutes = excluded.notice_minutes,
                    cancellation_hours = excluded.cancellation_hours, qualification = excluded.qualification,
                    active = excluded.active
                """)
                .param("studio", studio.value()).param("id", service.id()).param("name", service.name())
                .param("kind", service.kind().name()).param("duration", service.durationMinutes())
                .param("capacity", service.capacity()).param("buffer", service.bufferMinutes())
                .param("notice", service.noticeMinutes()).param("cancellation", service.cancellationHours())
                .param("qualification", service.qualification()).param("active", service.active())
                .update();
    }

    private static Service service(ResultSet rs) throws SQLException {
        return new Service(rs.getObject("service_id", UUID.class), rs.getString("name"),
                ServiceKind.valueOf(rs.getString("kind")), rs.getInt("duration_minutes"), rs.getInt("capacity"),
                rs.getInt("buffer_minutes"), rs.getInt("notice_minutes"), rs.getInt("cancellation_hours"),
                rs.getString("qualification"), rs.getBoolean("active"));
    }

    // ---- locations and rooms ----

    public List<Location> locations(StudioId studio) {
        Map<UUID, List<Room>> rooms = new LinkedHashMap<>();
        jdbc.sql("select * from room where studio_id = :studio order by name").param("studio", studio.value())
                .query((rs, row) -> new Room(rs.getObject("room_id", UUID.class),
                        rs.getObject("location_id", UUID.class), rs.getString("name"), rs.getInt("capacity"),
                        strings(rs.getArray("equipment"))))
                .list().forEach(room -> rooms.computeIfAbsent(room.locationId(), key -> new ArrayList<>()).add(room));
        return jdbc.sql("select * from location where studio_id = :studio order by name")
                .param("studio", studio.value())
                .query((rs, row) -> {
                    UUID id = rs.getObject("location_id", UUID.class);
                    return new Location(id, rs.getString("name"), rs.getString("address"),
                            rooms.getOrDefault(id, List.of()));
                }).list();
    }

    public boolean addLocation(StudioId studio, UUID id, String name, String address) {
        return jdbc.sql("""
                insert into location (studio_id, location_id, name, address) values (:studio, :id, :name, :address)
                on conflict do nothing
                """).param("studio", studio.value()).param("id", id).param("name", name).param("address", address)
                .update() == 1;
    }

    public boolean removeLocation(StudioId studio, UUID id) {
        return jdbc.sql("delete from location where studio_id = :studio and location_id = :id")
                .param("studio", studio.value()).param("id", id).update() == 1;
    }

    public boolean addRoom(StudioId studio, Room room) {
        return jdbc.sql("""
                insert into room (studio_id, room_id, location_id, name, capacity, equipment)
                values (:studio, :id, :location, :name, :capacity, :equipment)
                on conflict do nothing
                """).param("studio", studio.value()).param("id", room.id()).param("location", room.locationId())
                .param("name", room.name()).param("capacity", room.capacity())
                .param("equipment", room.equipment().toArray(String[]::new)).update() == 1;
    }

    public boolean removeRoom(StudioId studio, UUID id) {
        return jdbc.sql("delete from room where studio_id = :studio and room_id = :id")
                .param("studio", studio.value()).param("id", id).update() == 1;
    }

    public Optional<Room> room(StudioId studio, UUID id) {
        return jdbc.sql("select * from room where studio_id = :studio and room_id = :id")
                .param("studio", studio.value()).param("id", id)
                .query((rs, row) -> new Room(rs.getObject("room_id", UUID.class),
                        rs.getObject("location_id", UUID.class), rs.getString("name"), rs.getInt("capacity"),
                        strings(rs.getArray("equipment")))).optional();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    // ---- a coach's hours ----

    public CoachHours hours(StudioId studio, MemberId coach, Instant timeOffFrom) {
        var weekly = jdbc.sql("""
                select hours_id, day_of_week, starts, ends from weekly_hours
                 where studio_id = :studio and member_id = :member order by day_of_week, starts
                """).param("studio", studio.value()).param("member", coach.value())
                .query((rs, row) -> new CoachHours.Weekly(rs.getObject(1, UUID.class),
                        new WeeklyHours(DayOfWeek.of(rs.getInt(2)), rs.getObject(3, LocalTime.class),
                                rs.getObject(4, LocalTime.class)))).list();
        var exceptions = jdbc.sql("""
                select exception_id, on_date, starts, ends, available, note from hours_exception
                 where studio_id = :studio and member_id = :member and on_date >= :from order by on_date, starts
                """).param("studio", studio.value()).param("member", coach.value())
                .param("from", LocalDate.ofInstant(timeOffFrom, java.time.ZoneOffset.UTC).minusDays(1))
                .query((rs, row) -> new CoachHours.Exception(rs.getObject(1, UUID.class),
                        new DateException(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalTime.class),
                                rs.getObject(4, LocalTime.class), rs.getBoolean(5)), rs.getString(6))).list();
        var away = jdbc.sql("""
                select time_off_id, starts_at, ends_at, reason from time_off
                 where studio_id = :studio and member_id = :member and ends_at > :from order by starts_at
                """).param("studio", studio.value()).param("member", coach.value())
                .param("from", Timestamp.from(timeOffFrom))
                .query((rs, row) -> new CoachHours.Away(rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant(), rs.getString(4))).list();
        return new CoachHours(coach, weekly, exceptions, away, qualifications(studio, coach));
    }

    public List<String> qualifications(StudioId studio, MemberId coach) {
        return jdbc.sql("""
                select qualification from coach_qualification where studio_id = :studio and member_id = :member
                 order by qualification
                """).param("studio", studio.value()).param("member", coach.value()).query(String.class).list();
    }

    public void replaceQualifications(StudioId studio, MemberId coach, Set<String> qualifications) {
        jdbc.sql("delete from coach_qualification where studio_id = :studio and member_id = :member")
                .param("studio", studio.value()).param("member", coach.value()).update();
        for (String qualification : qualifications) {
            jdbc.sql("""
                    insert into coach_qualification (studio_id, member_id, qualification)
                    values (:studio, :member, :qualification)
                    """).param("studio", studio.value()).param("member", coach.value())
                    .param("qualification", qualification).update();
        }
    }

    public void addWeekly(StudioId studio, MemberId coach, UUID id, WeeklyHours hours) {
        jdbc.sql("""
                insert into weekly_hours (studio_id, hours_id, member_id, day_of_week, starts, ends)
                values (:studio, :id, :member, :day, :starts, :ends)
                """).param("studio", studio.value()).param("id", id).param("member", coach.value())
                .param("day", hours.day().getValue()).param("starts", hours.start()).param("ends", hours.end())
                .update();
    }

    public void addException(StudioId studio, MemberId coach, UUID id, DateException change, String note) {
        jdbc.sql("""
                insert into hours_exception (studio_id, exception_id, member_id, on_date, starts, ends, available, note)
                values (:studio, :id, :member, :date, :starts, :ends, :available, :note)
                """).param("studio", studio.value()).param("id", id).param("member", coach.value())
                .param("date", change.date()).param("starts", change.start()).param("ends", change.end())
                .param("available", change.available()).param("note", note).update();
    }

    public void addTimeOff(StudioId studio, MemberId coach, UUID id, Instant start, Instant end, String reason) {
        jdbc.sql("""
                insert into time_off (studio_id, time_off_id, member_id, starts_at, ends_at, reason)
                values (:studio, :id, :member, :start, :end, :reason)
                """).param("studio", studio.value()).param("id", id).param("member", coach.value())
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end)).param("reason", reason)
                .update();
    }

    /** Removes one of the coach's weekly hours, exceptions or time off; answers whether it was theirs. */
    public boolean removeHours(StudioId studio, MemberId coach, UUID id) {
        int removed = 0;
        for (String table : List.of("weekly_hours:hours_id", "hours_exception:exception_id", "time_off:time_off_id")) {
            String[] parts = table.split(":");
            removed += jdbc.sql("delete from " + parts[0] + " where studio_id = :studio and member_id = :member and "
                            + parts[1] + " = :id")
                    .param("studio", studio.value()).param("member", coach.value()).param("id", id).update();
        }
        return removed > 0;
    }
}
