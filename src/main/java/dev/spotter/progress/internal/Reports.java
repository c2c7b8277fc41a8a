package dev.spotter.progress.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.progress.ProgressReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Progress reports, scoped by studio. */
@Repository
public class Reports {

    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(StudioId studio, ProgressReport report, UUID authorId) {
        jdbc.sql("""
                insert into progress_report (studio_id, report_id, client_id, period_from, period_to, comments,
                                             author_id, author, created_at)
                values (:studio, :id, :client, :from, :to, :comments, :authorId, :author, :at)
                """).param("studio", studio.value()).param("id", report.id()).param("client", report.clientId())
                .param("from", report.from()).param("to", report.to()).param("comments", report.comments())
                .param("authorId", authorId).param("author", report.author())
                .param("at", Timestamp.from(report.createdAt())).update();
    }

    public Optional<ProgressReport> find(StudioId studio, UUID id) {
        return jdbc.sql("select * from progress_report where studio_id = :studio and report_id = :id")
                .param("studio", studio.value()).param("id", id).query(Reports::row).optional();
    }

    public List<ProgressReport> ofClient(StudioId studio, UUID client, boolean sentOnly) {
        return jdbc.sql("""
                select * from progress_report where studio_id = :studio and client_id = :client
                   and (not :sentOnly or sent_at is not null)
                 order by created_at desc
                """).param("studio", studio.value()).param("client", client).param("sentOnly", sentOnly)
                .query(Reports::row).list();
    }

    public void sent(StudioId studio, UUID id, Instant at) {
        jdbc.sql("update progress_report set sent_at = :at where studio_id = :studio and report_id = :id")
                .param("studio", studio.value()).param("id", id).param("at", Timestamp.from(at)).update();
    }

    private static ProgressReport row(ResultSet rs, int n) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new ProgressReport(rs.getObject("report_id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                rs.getString("comments"), rs.getString("author"), rs.getTimestamp("created_at").toInstant(),
                sent == null ? null : sent.toInstant());
    }
}
