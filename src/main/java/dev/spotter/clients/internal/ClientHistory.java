package dev.spotter.clients.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.spotter.platform.tenancy.StudioId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who changed what in a client's record, and when: every profile edit leaves one line per changed field. */
@Repository
public class ClientHistory {

    /** One changed field. */
    public record Change(Instant changedAt, String changedBy, String field, String oldValue, String newValue) {
    }

    private final JdbcClient jdbc;

    ClientHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(StudioId studio, UUID client, UUID changedBy, String field, Object oldValue, Object newValue) {
        String before = text(oldValue);
        String after = text(newValue);
        if (Objects.equals(before, after)) {
            return;
        }
        jdbc.sql("""
                insert into client_change (studio_id, change_id, client_id, changed_by, field, old_value, new_value)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(studio.value(), UUID.randomUUID(), client, changedBy, field, before, after).update();
    }

    public List<Change> of(StudioId studio, UUID client, int limit) {
        return jdbc.sql("""
                select c.changed_at, m.display_name, c.field, c.old_value, c.new_value
                  from client_change c
                  join member m on m.studio_id = c.studio_id and m.member_id = c.changed_by
                 where c.studio_id = ? and c.client_id = ?
                 order by c.changed_at desc, c.change_id
                 limit ?
                """).params(studio.value(), client, limit)
                .query((rs, row) -> new Change(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty() ? null : items.stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        String text = String.valueOf(value);
        return text.isBlank() ? null : text;
    }
}
