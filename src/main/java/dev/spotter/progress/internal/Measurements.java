package dev.spotter.progress.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.progress.BodyMeasurement;
import dev.spotter.progress.Site;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Clients' body measurements, one row per day measured, every site a column in SI. */
@Repository
public class Measurements {

    private static final String COLUMNS = Arrays.stream(Site.values()).map(Site::column)
            .collect(Collectors.joining(", "));

    private final JdbcClient jdbc;

    Measurements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(StudioId studio, BodyMeasurement m, UUID recordedBy) {
        String params = Arrays.stream(Site.values()).map(site -> ":" + site.column())
                .collect(Collectors.joining(", "));
        var statement = jdbc.sql("insert into body_measurement (studio_id, measurement_id, client_id, measured_on, "
                        + COLUMNS + ", notes, recorded_by, recorded_at) values (:studio, :id, :client, :day, " + params
                        + ", :notes, :by, :at)")
                .param("studio", studio.value()).param("id", m.id()).param("client", m.clientId())
                .param("day", m.measuredOn()).param("notes", m.notes()).param("by", recordedBy)
                .param("at", Timestamp.from(m.recordedAt()));
        for (Site site : Site.values()) {
            Double value = m.value(site);
            statement = statement.param(site.column(), value == null ? null : BigDecimal.valueOf(value),
                    java.sql.Types.NUMERIC);
        }
        statement.update();
    }

    /** Every measurement of the client, oldest first. */
    public List<BodyMeasurement> ofClient(StudioId studio, UUID client) {
        return jdbc.sql("select measurement_id, client_id, measured_on, " + COLUMNS + ", notes, recorded_at "
                        + "from body_measurement where studio_id = :studio and client_id = :client "
                        + "order by measured_on, recorded_at")
                .param("studio", studio.value()).param("client", client)
                .query(Measurements::row).list();
    }

    /** The client's measurements from one day to another, both included, oldest first. */
    public List<BodyMeasurement> between(StudioId studio, UUID client, LocalDate from, LocalDate to) {
        return jdbc.sql("select measurement_id, client_id, measured_on, " + COLUMNS + ", notes, recorded_at "
                        + "from body_measurement where studio_id = :studio and client_id = :client "
                        + "and measured_on between :from and :to order by measured_on, recorded_at")
                .param("studio", studio.value()).param("client", client).param("from", from).param("to", to)
                .query(Measurements::row).list();
    }

    public Optional<BodyMeasurement> find(StudioId studio, UUID id) {
        return jdbc.sql("select measurement_id, client_id, measured_on, " + COLUMNS + ", notes, recorded_at "
                        + "from body_measurement where studio_id = :studio and measurement_id = :id")
                .param("studio", studio.value()).param("id", id).query(Measurements::row).optional();
    }

    public void delete(StudioId studio, UUID id) {
        jdbc.sql("delete from body_measurement where studio_id = :studio and measurement_id = :id")
                .param("studio", studio.value()).param("id", id).update();
    }

    private static BodyMeasurement row(ResultSet rs, int n) throws SQLException {
        Map<Site, Double> values = new EnumMap<>(Site.class);
        for (Site site : Site.values()) {
            BigDecimal value = rs.getBigDecimal(site.column());
            if (value != null) {
                values.put(site, value.doubleValue());
            }
        }
        return new BodyMeasurement(rs.getObject("measurement_id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getObject("measured_on", LocalDate.class), values, rs.getString("notes"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
