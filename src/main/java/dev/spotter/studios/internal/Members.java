package dev.spotter.studios.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.spotter.platform.api.Paging;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.platform.tenancy.Units;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The members of studios; every read and write names the studio. */
@Repository
public class Members {

    private static final String SELECT = """
            select m.studio_id, m.member_id, m.account_id, m.display_name, m.role, m.active, m.units, m.joined_at,
                   a.email
              from member m
              join account a on a.account_id = m.account_id
            """;

    private final JdbcClient jdbc;

    Members(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Member member) {
        jdbc.sql("""
                insert into member (studio_id, member_id, account_id, display_name, role, active, units, joined_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(member.studioId().value(), member.id().value(), member.accountId(), member.displayName(),
                        member.role().name(), member.active(), member.units() == null ? null : member.units().name(),
                        Timestamp.from(member.joinedAt()))
                .update();
    }

    public Optional<Member> find(StudioId studio, MemberId id) {
        return jdbc.sql(SELECT + " where m.studio_id = ? and m.member_id = ?")
                .params(studio.value(), id.value())
                .query(Members::map)
                .optional();
    }

    /** Members with one of the roles, optionally filtered by a fragment of name or email, alphabetically. */
    public List<Member> list(StudioId studio, List<Role> roles, String query, Paging paging) {
        return jdbc.sql(SELECT + """
                 where m.studio_id = :studio and m.role in (:roles)
                   and (:query = '' or m.display_name ilike :pattern or a.email ilike :pattern)
                 order by m.active desc, lower(m.display_name), m.member_id
                 limit :limit offset :offset
                """)
                .param("studio", studio.value())
                .param("roles", roles.stream().map(Role::name).toList())
                .param("query", query == null ? "" : query.strip())
                .param("pattern", "%" + escapeLike(query == null ? "" : query.strip()) + "%")
                .param("limit", paging.size())
                .param("offset", paging.offset())
                .query(Members::map)
                .list();
    }

    public long count(StudioId studio, List<Role> roles, String query) {
        return jdbc.sql("""
                select count(*) from member m join account a on a.account_id = m.account_id
                 where m.studio_id = :studio and m.role in (:roles)
                   and (:query = '' or m.display_name ilike :pattern or a.email ilike :pattern)
                """)
                .param("studio", studio.value())
                .param("roles", roles.stream().map(Role::name).toList())
                .param("query", query == null ? "" : query.strip())
                .param("pattern", "%" + escapeLike(query == null ? "" : query.strip()) + "%")
                .query(Long.class)
                .single();
    }

    long activeOwnersOtherThan(StudioId studio, MemberId id) {
        return jdbc.sql("""
                select count(*) from member
                 where studio_id = ? and role = 'OWNER' and active and member_id <> ?
                """)
                .params(studio.value(), id.value())
                .query(Long.class)
                .single();
    }

    void save(Member member) {
        jdbc.sql("""
                update member set display_name = ?, role = ?, active = ?, units = ?
                 where studio_id = ? and member_id = ?
                """)
                .params(member.displayName(), member.role().name(), member.active(),
                        member.units() == null ? null : member.units().name(),
                        member.studioId().value(), member.id().value())
                .update();
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Member map(ResultSet rs, int row) throws SQLException {
        String units = rs.getString("units");
        return new Member(new StudioId(rs.getObject("studio_id", UUID.class)),
                new MemberId(rs.getObject("member_id", UUID.class)), rs.getObject("account_id", UUID.class),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getBoolean("active"),
                units == null ? null : Units.valueOf(units), rs.getString("email"),
                rs.getTimestamp("joined_at").toInstant());
    }
}
