package dev.spotter.progress.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.progress.AssessmentSession;
import dev.spotter.science.assessment.AssessmentKind;
import dev.spotter.science.assessment.Input;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** Assessment sessions and the raw inputs of each test result, scoped by studio. */
@Repository
public class Assessments {

    /** A result as stored: its raw inputs, before they are scored. */
    public record Stored(UUID id, UUID clientId, UUID sessionId, LocalDate testedOn, AssessmentKind kind,
                         Map<Input, Double> inputs, String lift, String notes, Instant recordedAt) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    Assessments(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void addSession(StudioId studio, AssessmentSession session, UUID createdBy, Instant now) {
        jdbc.sql("""
                insert into assessment_session (studio_id, session_id, client_id, scheduled_on, title, kinds, status,
                                                created_by, created_at)
                values (:studio, :id, :client, :day, :title, :kinds, 'PLANNED', :by, :at)
                """).param("studio", studio.value()).param("id", session.id()).param("client", session.clientId())
                .param("day", session.scheduledOn()).param("title", session.title())
                .param("kinds", session.kinds().stream().map(AssessmentKind::code).toArray(String[]::new))
                .param("by", createdBy).param("at", Timestamp.from(now)).update();
    }

    public Optional<AssessmentSession> session(StudioId studio, UUID id) {
        return jdbc.sql("select * from assessment_session where studio_id = :studio and session_id = :id")
                .param("studio", studio.value()).param("id", id).query(Assessments::session).optional();
    }

    /** The client's sessions, planned ones first by day, then those done, newest first. */
    public List<AssessmentSession> sessions(StudioId studio, UUID client, int limit) {
        return jdbc.sql("""
                select * from assessment_session where studio_id = :studio and client_id = :client
                 order by status = 'DONE', case when status = 'DONE' then null else scheduled_on end,
                          scheduled_on desc
                 limit :limit
                """).param("studio", studio.value()).param("client", client).param("limit", limit)
                .query(Assessments::session).list();
    }

    public void finish(StudioId studio, UUID id, Instant now) {
        jdbc.sql("""
                update assessment_session set status = 'DONE', completed_at = :at
                 where studio_id = :studio and session_id = :id and status = 'PLANNED'
                """).param("studio", studio.value()).param("id", id).param("at", Timestamp.from(now)).update();
    }

    public void add(StudioId studio, Stored result, UUID recordedBy) {
        Map<String, Double> inputs = new java.util.LinkedHashMap<>();
        result.inputs().forEach((input, value) -> inputs.put(input.name(), value));
        jdbc.sql("""
                insert into assessment_result (studio_id, result_id, client_id, session_id, kind, tested_on, inputs,
                                               lift, notes, recorded_by, recorded_at)
                values (:studio, :id, :client, :session, :kind, :day, :inputs::jsonb, :lift, :notes, :by, :at)
                """).param("studio", studio.value()).param("id", result.id()).param("client", result.clientId())
                .param("session", result.sessionId()).param("kind", result.kind().code())
                .param("day", result.testedOn()).param("inputs", json.writeValueAsString(inputs))
                .param("lift", result.lift()).param("notes", result.notes()).param("by", recordedBy)
                .param("at", Timestamp.from(result.recordedAt())).update();
    }

    /** Removes a session's result of one test, which a corrected one replaces. */
    public void deleteInSession(StudioId studio, UUID session, AssessmentKind kind) {
        jdbc.sql("delete from assessment_result where studio_id = :studio and session_id = :session and kind = :kind")
                .param("studio", studio.value()).param("session", session).param("kind", kind.code()).update();
    }

    /** Every result of the client, oldest first. */
    public List<Stored> ofClient(StudioId studio, UUID client) {
        return jdbc.sql("""
                select * from assessment_result where studio_id = :studio and client_id = :client
                 order by tested_on, recorded_at
                """).param("studio", studio.value()).param("client", client).query(this::stored).list();
    }

    public Optional<Stored> find(StudioId studio, UUID id) {
        return jdbc.sql("select * from assessment_result where studio_id = :studio and result_id = :id")
                .param("studio", studio.value()).param("id", id).query(this::stored).optional();
    }

    public void delete(StudioId studio, UUID id) {
        jdbc.sql("delete from assessment_result where studio_id = :studio and result_id = :id")
                .param("studio", studio.value()).param("id", id).update();
    }

    private Stored stored(ResultSet rs, int n) throws SQLException {
        Map<Input, Double> inputs = new EnumMap<>(Input.class);
        json.readTree(rs.getString("inputs")).properties()
                .forEach(entry -> inputs.put(Input.valueOf(entry.getKey()), entry.getValue().asDouble()));
        return new Stored(rs.getObject("result_id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getObject("session_id", UUID.class), rs.getObject("tested_on", LocalDate.class),
                AssessmentKind.ofCode(rs.getString("kind")), inputs, rs.getString("lift"), rs.getString("notes"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static AssessmentSession session(ResultSet rs, int n) throws SQLException {
        Array kinds = rs.getArray("kinds");
        Timestamp completed = rs.getTimestamp("completed_at");
        return new AssessmentSession(rs.getObject("session_id", UUID.class), rs.getObject("client_id", UUID.class),
                rs.getObject("scheduled_on", LocalDate.class), rs.getString("title"),
                Arrays.stream((String[]) kinds.getArray()).map(AssessmentKind::ofCode).toList(),
                "DONE".equals(rs.getString("status")), completed == null ? null : completed.toInstant());
    }
}
