package dev.spotter.clients.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.spotter.clients.ClientCondition;
import dev.spotter.clients.ConditionRule;
import dev.spotter.clients.IntensityCeiling;
import dev.spotter.exercises.SafetyTag;
import dev.spotter.platform.tenancy.StudioId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Condition rules (Spotter's and the studio's own versions) and the conditions recorded for clients. */
@Repository
public class Conditions {

    private static final String RULES = """
            with rules as (
                select condition_key, label, region, avoid, ceiling, guidance, source, false as studio_version
                  from condition_rule r
                 where not exists (select 1 from studio_condition_rule s
                                    where s.studio_id = :studio and s.condition_key = r.condition_key)
                union all
                select condition_key, label, region, avoid, ceiling, guidance, source, true
                  from studio_condition_rule where studio_id = :studio
            )
            """;

    private final JdbcClient jdbc;

    Conditions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ConditionRule> rules(StudioId studio) {
        return jdbc.sql(RULES + "select * from rules order by lower(label)").param("studio", studio.value())
                .query((rs, row) -> rule(rs, "")).list();
    }

    public Optional<ConditionRule> rule(StudioId studio, String key) {
        return jdbc.sql(RULES + "select * from rules where condition_key = :key").param("studio", studio.value())
                .param("key", key).query((rs, row) -> rule(rs, "")).optional();
    }

    void saveStudioRule(StudioId studio, ConditionRule rule) {
        jdbc.sql("""
                insert into studio_condition_rule (studio_id, condition_key, label, region, avoid, ceiling, guidance,
                                                   source)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (studio_id, condition_key) do update set label = excluded.label, region = excluded.region,
                    avoid = excluded.avoid, ceiling = excluded.ceiling, guidance = excluded.guidance,
                    source = excluded.source, updated_at = now()
                """)
                .params(studio.value(), rule.key(), rule.label(), rule.region(), names(rule.avoid()),
                        rule.ceiling() == null ? null : rule.ceiling().name(), rule.guidance(), rule.source())
                .update();
    }

    boolean resetStudioRule(StudioId studio, String key) {
        return jdbc.sql("delete from studio_condition_rule where studio_id = ? and condition_key = ?")
                .params(studio.value(), key).update() == 1;
    }

    void replaceBuiltIns(List<ConditionRule> rules) {
        jdbc.sql("delete from condition_rule").update();
        for (ConditionRule rule : rules) {
            jdbc.sql("""
                    insert into condition_rule (condition_key, label, region, avoid, ceiling, guidance, source)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(rule.key(), rule.label(), rule.region(), names(rule.avoid()),
                            rule.ceiling() == null ? null : rule.ceiling().name(), rule.guidance(), rule.source())
                    .update();
        }
    }

    /** The client's conditions with their rules, active first. */
    public List<ClientCondition> ofClient(StudioId studio, UUID client) {
        return ofClients(studio, List.of(client));
    }

    /** The conditions of the given clients, in one query, active first. */
    public List<ClientCondition> ofClients(StudioId studio, java.util.Collection<UUID> clients) {
        if (clients.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(RULES + """
                select c.condition_id, c.client_id, c.side, c.severity, c.since, c.status, c.restrictions,
                       c.extra_avoid, c.notes, r.condition_key as r_condition_key, r.label as r_label,
                       r.region as r_region, r.avoid as r_avoid, r.ceiling as r_ceiling, r.guidance as r_guidance,
                       r.source as r_source, r.studio_version as r_studio_version
                  from client_condition c
                  join rules r on r.condition_key = c.condition_key
                 where c.studio_id = :studio and c.client_id = any(:clients)
                 order by c.status, c.created_at
                """)
                .param("studio", studio.value()).param("clients", clients.toArray(UUID[]::new))
                .query((rs, row) -> new ClientCondition(rs.getObject("condition_id", UUID.class),
                        rs.getObject("client_id", UUID.class), rule(rs, "r_"), rs.getString("side"),
                        rs.getString("severity"), Clients.date(rs, "since"), "ACTIVE".equals(rs.getString("status")),
                        rs.getString("restrictions"), tags(rs, "extra_avoid"), rs.getString("notes")))
                .list();
    }

    void add(StudioId studio, ClientCondition condition) {
        jdbc.sql("""
                insert into client_condition (studio_id, condition_id, client_id, condition_key, side, severity, since,
                                              status, restrictions, extra_avoid, notes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(studio.value(), condition.id(), condition.clientId(), condition.rule().key(), condition.side(),
                        condition.severity(), condition.since() == null ? null : Date.valueOf(condition.since()),
                        condition.active() ? "ACTIVE" : "RESOLVED", condition.restrictions(),
                        names(condition.extraAvoid()), condition.notes())
                .update();
    }

    boolean setActive(StudioId studio, UUID client, UUID condition, boolean active) {
        return jdbc.sql("update client_condition set status = ? where studio_id = ? and client_id = ? and condition_id = ?")
                .params(active ? "ACTIVE" : "RESOLVED", studio.value(), client, condition).update() == 1;
    }

    private static ConditionRule rule(ResultSet rs, String prefix) throws SQLException {
        String ceiling = rs.getString(prefix + "ceiling");
        return new ConditionRule(rs.getString(prefix + "condition_key"), rs.getString(prefix + "label"),
                rs.getString(prefix + "region"), tags(rs, prefix + "avoid"),
                ceiling == null ? null : IntensityCeiling.valueOf(ceiling), rs.getString(prefix + "guidance"),
                rs.getString(prefix + "source"), rs.getBoolean(prefix + "studio_version"));
    }

    private static Set<SafetyTag> tags(ResultSet rs, String column) throws SQLException {
        Set<SafetyTag> tags = EnumSet.noneOf(SafetyTag.class);
        for (String name : Clients.strings(rs, column)) {
            tags.add(SafetyTag.valueOf(name));
        }
        return tags;
    }

    private static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }
}
