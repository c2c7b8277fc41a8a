package dev.spotter.studios.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.platform.tenancy.Units;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All studios. */
@Repository
public class Studios {

    private final JdbcClient jdbc;

    Studios(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Studio studio) {
        jdbc.sql("insert into studio (studio_id, name, time_zone, units, created_at) values (?, ?, ?, ?, ?)")
                .params(studio.id().value(), studio.name(), studio.timeZone().getId(), studio.units().name(),
                        Timestamp.from(studio.createdAt()))
                .update();
    }

    public Optional<Studio> find(StudioId id) {
        return jdbc.sql("select studio_id, name, time_zone, units, created_at from studio where studio_id = ?")
                .param(id.value())
                .query(Studios::map)
                .optional();
    }

    void save(Studio studio) {
        jdbc.sql("update studio set name = ?, time_zone = ?, units = ? where studio_id = ?")
                .params(studio.name(), studio.timeZone().getId(), studio.units().name(), studio.id().value())
                .update();
    }

    boolean none() {
        return jdbc.sql("select not exists (select 1 from studio)").query(Boolean.class).single();
    }

    private static Studio map(ResultSet rs, int row) throws SQLException {
        return new Studio(new StudioId(rs.getObject("studio_id", UUID.class)), rs.getString("name"),
                ZoneId.of(rs.getString("time_zone")), Units.valueOf(rs.getString("units")),
                rs.getTimestamp("created_at").toInstant());
    }
}
