package dev.spotter.clients.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.spotter.clients.IntensityCeiling;
import dev.spotter.platform.tenancy.StudioId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Medical clearances recorded for clients, with the clinician's document when one was uploaded. */
@Repository
public class Clearances {

    /** A recorded clearance, without the document's bytes. */
    public record Entry(UUID id, UUID clientId, LocalDate clearedOn, String clinician, String restrictions,
                        IntensityCeiling ceiling, String documentName, Instant recordedAt) {
    }

    /** An uploaded document. */
    public record Document(String name, String type, byte[] content) {
    }

    private final JdbcClient jdbc;

    Clearances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> ofClient(StudioId studio, UUID client) {
        return jdbc.sql("""
                select clearance_id, client_id, cleared_on, clinician, restrictions, intensity_ceiling, document_name,
                       recorded_at
                  from clearance where studio_id = ? and client_id = ? order by cleared_on desc, recorded_at desc
                """).params(studio.value(), client)
                .query((rs, row) -> new Entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5),
                        rs.getString(6) == null ? null : IntensityCeiling.valueOf(rs.getString(6)), rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    public Optional<Document> document(StudioId studio, UUID client, UUID clearance) {
        return jdbc.sql("""
                select document_name, document_type, document from clearance
                 where studio_id = ? and client_id = ? and clearance_id = ? and document is not null
                """).params(studio.value(), client, clearance)
                .query((rs, row) -> new Document(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    void add(StudioId studio, UUID client, Entry entry, Document document, UUID recordedBy) {
        jdbc.sql("""
                insert into clearance (studio_id, clearance_id, client_id, cleared_on, clinician, restrictions,
                    intensity_ceiling, document_name, document_type, document, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(studio.value(), entry.id(), client, Date.valueOf(entry.clearedOn()), entry.clinician(),
                        entry.restrictions(), entry.ceiling() == null ? null : entry.ceiling().name(),
                        document == null ? null : document.name(), document == null ? null : document.type(),
                        document == null ? null : document.content(), recordedBy,
                        Timestamp.from(entry.recordedAt()))
                .update();
    }
}
