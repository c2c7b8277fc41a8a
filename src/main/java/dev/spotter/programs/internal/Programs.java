package dev.spotter.programs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.spotter.platform.api.Paging;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.programs.ProgramKind;
import dev.spotter.programs.ProgramStatus;
import dev.spotter.programs.ProgramSummary;
import dev.spotter.programs.ProgramVersion;
import dev.spotter.programs.VersionEntry;
import dev.spotter.programs.engine.CheckReport;
import dev.spotter.programs.engine.Finding;
import dev.spotter.programs.engine.Program;
import dev.spotter.programs.engine.Specialisation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The studio's programs and templates with every version of each. A version's body is the engine's program as
 * JSON; an edit adds a version only if nobody else added one since the editor read the program.
 */
@Repository
public class Programs {

    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };

    /** The program row with the counts of its current version. */
    private static final String SUMMARY = """
            select p.*, v.weeks, v.days_per_week, v.errors, v.warnings
              from program p
              join program_version v on v.studio_id = p.studio_id and v.program_id = p.program_id
                                    and v.version = p.current_version
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Programs(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A page of programs with the total. */
    public record Page(List<ProgramSummary> items, long total) {
    }

    /** What a new program starts from. */
    public record NewProgram(UUID id, ProgramKind kind, UUID clientId, Program body, String builtFrom,
                             MemberId createdBy, Instant at) {
    }

    public void create(StudioId studio, NewProgram program, CheckReport report, String note) {
        jdbc.sql("""
                insert into program (studio_id, program_id, client_id, kind, title, specialisation, status,
                                     current_version, built_from, seed, created_by, created_at, updated_at)
                values (:studio, :id, :client, :kind, :title, :specialisation, 'DRAFT', 1, :builtFrom, :seed,
                        :member, :at, :at)
                """)
                .param("studio", studio.value()).param("id", program.id()).param("client", program.clientId())
                .param("kind", program.kind().name()).param("title", program.body().title())
                .param("specialisation", program.body().specialisation().name())
                .param("builtFrom", program.builtFrom()).param("seed", program.body().seed())
                .param("member", program.createdBy().value()).param("at", Timestamp.from(program.at()))
                .update();
        insertVersion(studio, program.id(), 1, program.body(), report, note, program.createdBy(), program.at());
    }

    /**
     * Adds the next version, unless the program moved past {@code expected} or was archived meanwhile; answers
     * whether it was added.
     */
    public boolean addVersion(StudioId studio, UUID id, int expected, Program body, CheckReport report, String note,
                              MemberId member, Instant at) {
        int updated = jdbc.sql("""
                update program set current_version = :next, title = :title, specialisation = :specialisation,
                                   updated_at = :at
                 where studio_id = :studio and program_id = :id and current_version = :expected
                   and status <> 'ARCHIVED'
                """)
                .param("next", expected + 1).param("title", body.title())
                .param("specialisation", body.specialisation().name()).param("at", Timestamp.from(at))
                .param("studio", studio.value()).param("id", id).param("expected", expected)
                .update();
        if (updated == 0) {
            return false;
        }
        insertVersion(studio, id, expected + 1, body, report, note, member, at);
        return true;
    }

    private void insertVersion(StudioId studio, UUID id, int version, Program body, CheckReport report,
                               String note, MemberId member, Instant at) {
        jdbc.sql("""
                insert into program_version (studio_id, program_id, version, body, weeks, days_per_week, errors,
                                             warnings, findings, note, created_by, created_at)
                values (:studio, :id, :version, :body::jsonb, :weeks, :days, :errors, :warnings, :findings::jsonb,
                        :note, :member, :at)
                """)
                .param("studio", studio.value()).param("id", id).param("version", version)
                .param("body", json.writeValueAsString(body)).param("weeks", body.weeks().size())
                .param("days", body.daysPerWeek()).param("errors", report.errors().size())
                .param("warnings", report.warnings().size())
                .param("findings", json.writeValueAsString(report.findings())).param("note", note)
                .param("member", member.value()).param("at", Timestamp.from(at))
                .update();
    }

    public Optional<ProgramSummary> find(StudioId studio, UUID id) {
        return jdbc.sql(SUMMARY + " where p.studio_id = :studio and p.program_id = :id")
                .param("studio", studio.value()).param("id", id)
                .query((rs, row) -> summary(rs)).optional();
    }

    public Optional<ProgramVersion> version(StudioId studio, UUID id, int version) {
        return jdbc.sql("""
                select * from program_version where studio_id = :studio and program_id = :id and version = :version
                """)
                .param("studio", studio.value()).param("id", id).param("version", version)
                .query((rs, row) -> new ProgramVersion(rs.getInt("version"),
                        json.readValue(rs.getString("body"), Program.class), rs.getInt("errors"),
                        rs.getInt("warnings"), json.readValue(rs.getString("findings"), FINDINGS),
                        rs.getString("note"), rs.getString("override_reason"),
                        new MemberId(rs.getObject("created_by", UUID.class)), instant(rs, "created_at")))
                .optional();
    }

    /** Every version of the program without its body, newest first. */
    public List<VersionEntry> history(StudioId studio, UUID id) {
        return jdbc.sql("""
                select version, note, errors, warnings, override_reason, created_by, created_at
                  from program_version where studio_id = :studio and program_id = :id order by version desc
                """)
                .param("studio", studio.value()).param("id", id)
                .query((rs, row) -> new VersionEntry(rs.getInt("version"), rs.getString("note"),
                        rs.getInt("errors"), rs.getInt("warnings"), rs.getString("override_reason"),
                        new MemberId(rs.getObject("created_by", UUID.class)), null, instant(rs, "created_at")))
                .list();
    }

    /** Keeps the latest verdict of the checker on a version. */
    public void updateFindings(StudioId studio, UUID id, int version, CheckReport report) {
        jdbc.sql("""
                update program_version set errors = :errors, warnings = :warnings, findings = :findings::jsonb
                 where studio_id = :studio and program_id = :id and version = :version
                """)
                .param("errors", report.errors().size()).param("warnings", report.warnings().size())
                .param("findings", json.writeValueAsString(report.findings()))
                .param("studio", studio.value()).param("id", id).param("version", version)
                .update();
    }

    public void recordOverride(StudioId studio, UUID id, int version, String reason) {
        jdbc.sql("""
                update program_version set override_reason = :reason
                 where studio_id = :studio and program_id = :id and version = :version
                """)
                .param("reason", reason).param("studio", studio.value()).param("id", id).param("version", version)
                .update();
    }

    public void publish(StudioId studio, UUID id, int version, MemberId member, Instant at) {
        jdbc.sql("""
                update program set status = 'PUBLISHED', published_version = :version, published_at = :at,
                                   published_by = :member, updated_at = :at
                 where studio_id = :studio and program_id = :id
                """)
                .param("version", version).param("at", Timestamp.from(at)).param("member", member.value())
                .param("studio", studio.value()).param("id", id)
                .update();
    }

    /** Archives the client's other published programs: a client follows one program at a time. */
    public int archivePublished(StudioId studio, UUID client, UUID except, Instant at) {
        return jdbc.sql("""
                update program set status = 'ARCHIVED', updated_at = :at
                 where studio_id = :studio and client_id = :client and status = 'PUBLISHED' and program_id <> :id
                """)
                .param("at", Timestamp.from(at)).param("studio", studio.value()).param("client", client)
                .param("id", except)
                .update();
    }

    public void archive(StudioId studio, UUID id, Instant at) {
        jdbc.sql("update program set status = 'ARCHIVED', updated_at = ? where studio_id = ? and program_id = ?")
                .params(Timestamp.from(at), studio.value(), id).update();
    }

    /** The program the client follows now, if their coach published one. */
    public Optional<ProgramSummary> publishedFor(StudioId studio, UUID client) {
        return jdbc.sql(SUMMARY + """
                 where p.studio_id = :studio and p.client_id = :client and p.status = 'PUBLISHED'
                 order by p.published_at desc limit 1
                """)
                .param("studio", studio.value()).param("client", client)
                .query((rs, row) -> summary(rs)).optional();
    }

    /** Programs or templates, newest change first; archived ones only when asked for by status. */
    public Page list(StudioId studio, UUID client, ProgramKind kind, ProgramStatus status, Paging paging) {
        List<String> where = new ArrayList<>(List.of("p.studio_id = :studio"));
        Map<String, Object> params = new HashMap<>();
        params.put("studio", studio.value());
        if (client != null) {
            where.add("p.client_id = :client");
            params.put("client", client);
        }
        if (kind != null) {
            where.add("p.kind = :kind");
            params.put("kind", kind.name());
        }
        if (status != null) {
            where.add("p.status = :status");
            params.put("status", status.name());
        } else {
            where.add("p.status <> 'ARCHIVED'");
        }
        params.put("limit", paging.size());
        params.put("offset", paging.offset());
        long[] total = {0};
        List<ProgramSummary> items = jdbc.sql("select *, count(*) over () as total from (" + SUMMARY + " where "
                        + String.join(" and ", where) + ") p order by p.updated_at desc, p.program_id"
                        + " limit :limit offset :offset")
                .params(params)
                .query((rs, row) -> {
                    total[0] = rs.getLong("total");
                    return summary(rs);
                }).list();
        return new Page(items, total[0]);
    }

    private static ProgramSummary summary(ResultSet rs) throws SQLException {
        int published = rs.getInt("published_version");
        Integer publishedVersion = rs.wasNull() ? null : published;
        UUID publishedBy = rs.getObject("published_by", UUID.class);
        return new ProgramSummary(rs.getObject("program_id", UUID.class),
                ProgramKind.valueOf(rs.getString("kind")), rs.getObject("client_id", UUID.class), null,
                rs.getString("title"), Specialisation.valueOf(rs.getString("specialisation")),
                ProgramStatus.valueOf(rs.getString("status")), rs.getInt("current_version"), publishedVersion,
                instant(rs, "published_at"), publishedBy == null ? null : new MemberId(publishedBy),
                rs.getString("built_from"), rs.getLong("seed"), rs.getInt("weeks"),
                rs.getInt("days_per_week"), rs.getInt("errors"), rs.getInt("warnings"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
