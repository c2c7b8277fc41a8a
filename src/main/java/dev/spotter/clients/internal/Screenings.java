package dev.spotter.clients.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.spotter.clients.ClearanceStatus;
import dev.spotter.clients.IntensityCeiling;
import dev.spotter.clients.Screening;
import dev.spotter.clients.engine.ParQPlus;
import dev.spotter.platform.tenancy.StudioId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Screenings, newest first. */
@Repository
public class Screenings {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    Screenings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Screening> ofClient(StudioId studio, UUID client) {
        return jdbc.sql("select * from screening where studio_id = ? and client_id = ? order by created_at desc")
                .params(studio.value(), client).query((rs, row) -> map(rs)).list();
    }

    public Optional<Screening> draft(StudioId studio, UUID client) {
        return jdbc.sql("""
                select * from screening where studio_id = ? and client_id = ? and status = 'DRAFT'
                 order by created_at desc limit 1
                """).params(studio.value(), client).query((rs, row) -> map(rs)).optional();
    }

    public Optional<Screening> latestFinal(StudioId studio, UUID client) {
        return jdbc.sql("""
                select * from screening where studio_id = ? and client_id = ? and status = 'FINAL'
                 order by completed_at desc limit 1
                """).params(studio.value(), client).query((rs, row) -> map(rs)).optional();
    }

    void save(StudioId studio, Screening s) {
        jdbc.sql("""
                insert into screening (studio_id, screening_id, client_id, parq_answers, parq_follow_ups,
                    follow_up_notes, exercises_regularly, known_disease, symptoms, parq_outcome, acsm_branch,
                    clearance_status, intensity_ceiling, reason, status, completed_by, completed_at, created_at)
                values (:studio, :id, :client, :parq::jsonb, :followUps::jsonb, :notes, :regular, :disease, :symptoms,
                    :outcome, :branch, :clearance, :ceiling, :reason, :status, :by, :at, :created)
                on conflict (studio_id, screening_id) do update set parq_answers = excluded.parq_answers,
                    parq_follow_ups = excluded.parq_follow_ups, follow_up_notes = excluded.follow_up_notes,
                    exercises_regularly = excluded.exercises_regularly, known_disease = excluded.known_disease,
                    symptoms = excluded.symptoms, parq_outcome = excluded.parq_outcome,
                    acsm_branch = excluded.acsm_branch, clearance_status = excluded.clearance_status,
                    intensity_ceiling = excluded.intensity_ceiling, reason = excluded.reason,
                    status = excluded.status, completed_by = excluded.completed_by,
                    completed_at = excluded.completed_at
                 where screening.status = 'DRAFT'
                """)
                .param("studio", studio.value()).param("id", s.id()).param("client", s.clientId())
                .param("parq", json(s.parq())).param("followUps", json(s.followUps()))
                .param("notes", s.followUpNotes()).param("regular", s.exercisesRegularly())
                .param("disease", s.knownDisease()).param("symptoms", s.symptoms())
                .param("outcome", s.parqOutcome() == null ? null : s.parqOutcome().name())
                .param("branch", s.acsmBranch())
                .param("clearance", s.clearance() == null ? null : s.clearance().name())
                .param("ceiling", s.ceiling() == null ? null : s.ceiling().name())
                .param("reason", s.reason()).param("status", s.finished() ? "FINAL" : "DRAFT")
                .param("by", s.completedBy())
                .param("at", s.completedAt() == null ? null : Timestamp.from(s.completedAt()))
                .param("created", Timestamp.from(s.createdAt()))
                .update();
    }

    private static String json(Map<Integer, Boolean> answers) {
        return answers.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> "\"" + entry.getKey() + "\":" + entry.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static Map<Integer, Boolean> answers(String json) {
        Map<String, Boolean> raw = JSON.readValue(json, new TypeReference<Map<String, Boolean>>() { });
        Map<Integer, Boolean> answers = new TreeMap<>();
        raw.forEach((key, value) -> answers.put(Integer.parseInt(key), value));
        return answers;
    }

    private static Screening map(ResultSet rs) throws SQLException {
        String outcome = rs.getString("parq_outcome");
        String clearance = rs.getString("clearance_status");
        String ceiling = rs.getString("intensity_ceiling");
        return new Screening(rs.getObject("screening_id", UUID.class), rs.getObject("client_id", UUID.class),
                answers(rs.getString("parq_answers")), answers(rs.getString("parq_follow_ups")),
                rs.getString("follow_up_notes"), (Boolean) rs.getObject("exercises_regularly"),
                (Boolean) rs.getObject("known_disease"), (Boolean) rs.getObject("symptoms"),
                outcome == null ? null : ParQPlus.Outcome.valueOf(outcome), Clients.integer(rs, "acsm_branch"),
                clearance == null ? null : ClearanceStatus.valueOf(clearance),
                ceiling == null ? null : IntensityCeiling.valueOf(ceiling), rs.getString("reason"),
                "FINAL".equals(rs.getString("status")), rs.getObject("completed_by", UUID.class),
                Clients.instant(rs, "completed_at"), Clients.instant(rs, "created_at"));
    }
}
