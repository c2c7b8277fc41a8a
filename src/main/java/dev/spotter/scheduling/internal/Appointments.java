package dev.spotter.scheduling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.scheduling.Booking;
import dev.spotter.scheduling.BookingStatus;
import dev.spotter.scheduling.engine.Interval;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The studio's 1:1 bookings. The table itself refuses overlapping live bookings of one coach. */
@Repository
public class Appointments {

    private final JdbcClient jdbc;

    Appointments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A booking with the name of its service, for lists. */
    public record Listed(Booking booking, String serviceName) {
    }

    /**
     * Stores a new booking unless one with the same request id exists (answers false then). A clash with another
     * live booking of the coach fails with the database's exclusion violation.
     */
    public boolean insert(StudioId studio, Booking booking, UUID requestId, MemberId bookedBy) {
        return jdbc.sql("""
                insert into booking (studio_id, booking_id, service_id, coach_id, client_id, starts_at, ends_at,
                                     busy_until, status, series_id, request_id, booked_by, created_at)
                values (:studio, :id, :service, :coach, :client, :starts, :ends, :busy, :status, :series, :request,
                        :bookedBy, :created)
                on conflict (studio_id, request_id) do nothing
                """)
                .param("studio", studio.value()).param("id", booking.id()).param("service", booking.serviceId())
                .param("coach", booking.coach().value()).param("client", booking.clientId())
                .param("starts", Timestamp.from(booking.startsAt())).param("ends", Timestamp.from(booking.endsAt()))
                .param("busy", Timestamp.from(booking.busyUntil())).param("status", booking.status().name())
                .param("series", booking.seriesId()).param("request", requestId)
                .param("bookedBy", bookedBy.value()).param("created", Timestamp.from(booking.createdAt()))
                .update() == 1;
    }

    public Optional<Booking> byRequest(StudioId studio, UUID requestId) {
        return jdbc.sql("select * from booking where studio_id = :studio and request_id = :request")
                .param("studio", studio.value()).param("request", requestId)
                .query((rs, row) -> booking(rs)).optional();
    }

    /** The booking, locked until the transaction ends so that two changes to it happen one after the other. */
    public Optional<Booking> lock(StudioId studio, UUID id) {
        return jdbc.sql("select * from booking where studio_id = :studio and booking_id = :id for update")
                .param("studio", studio.value()).param("id", id).query((rs, row) -> booking(rs)).optional();
    }

    public Optional<Listed> find(StudioId studio, UUID id) {
        return jdbc.sql("""
                select b.*, s.name as service_name from booking b
                  join service s on s.studio_id = b.studio_id and s.service_id = b.service_id
                 where b.studio_id = :studio and b.booking_id = :id
                """).param("studio", studio.value()).param("id", id)
                .query((rs, row) -> new Listed(booking(rs), rs.getString("service_name"))).optional();
    }

    public void update(StudioId studio, Booking booking) {
        jdbc.sql("""
                update booking set status = :status, cancelled_at = :cancelled, starts_at = :starts, ends_at = :ends,
                                   busy_until = :busy
                 where studio_id = :studio and booking_id = :id
                """)
                .param("status", booking.status().name())
                .param("cancelled", booking.cancelledAt() == null ? null : Timestamp.from(booking.cancelledAt()))
                .param("starts", Timestamp.from(booking.startsAt())).param("ends", Timestamp.from(booking.endsAt()))
                .param("busy", Timestamp.from(booking.busyUntil()))
                .param("studio", studio.value()).param("id", booking.id()).update();
    }

    /** The spans the coach's live bookings hold between the two instants, other than {@code except}. */
    public List<Interval> busy(StudioId studio, MemberId coach, Instant from, Instant to, UUID except) {
        return jdbc.sql("""
                select starts_at, busy_until from booking
                 where studio_id = :studio and coach_id = :coach and status = 'BOOKED'
                   and busy_until > :from and starts_at < :to and booking_id <> :except
                 order by starts_at
                """)
                .param("studio", studio.value()).param("coach", coach.value()).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to)).param("except", except == null ? new UUID(0, 0) : except)
                .query((rs, row) -> new Interval(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()))
                .list();
    }

    /** Bookings starting between the two instants, of one coach and/or one client when given, by start. */
    public List<Listed> between(StudioId studio, MemberId coach, UUID client, Instant from, Instant to) {
        return jdbc.sql("""
                select b.*, s.name as service_name from booking b
                  join service s on s.studio_id = b.studio_id and s.service_id = b.service_id
                 where b.studio_id = :studio and b.starts_at >= :from and b.starts_at < :to
                   and (cast(:coach as uuid) is null or b.coach_id = :coach)
                   and (cast(:client as uuid) is null or b.client_id = :client)
                 order by b.starts_at, b.booking_id
                """)
                .param("studio", studio.value()).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("coach", coach == null ? null : coach.value()).param("client", client)
                .query((rs, row) -> new Listed(booking(rs), rs.getString("service_name"))).list();
    }

    static Booking booking(ResultSet rs) throws SQLException {
        Timestamp cancelled = rs.getTimestamp("cancelled_at");
        return new Booking(rs.getObject("booking_id", UUID.class), rs.getObject("service_id", UUID.class),
                new MemberId(rs.getObject("coach_id", UUID.class)), rs.getObject("client_id", UUID.class),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                rs.getTimestamp("busy_until").toInstant(), BookingStatus.valueOf(rs.getString("status")),
                cancelled == null ? null : cancelled.toInstant(), rs.getObject("series_id", UUID.class),
                rs.getTimestamp("created_at").toInstant());
    }
}
