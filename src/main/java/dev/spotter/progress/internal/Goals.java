package dev.spotter.progress.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.progress.Goal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Clients' progress goals and the milestones each has reached. */
@Repository
public class Goals {

    private final JdbcClient jdbc;

    Goals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(StudioId studio, Goal goal, UUID createdBy, Instant now) {
        jdbc.sql("""
                insert into progress_goal (studio_id, goal_id, client_id, kind, subject, target, target_on,
                                           start_value, start_on, created_by, created_at)
                values (:studio, :id, :client, :kind, :subject, :target, :targetOn, :start, :startOn, :by, :at)
                """).param("studio", studio.value()).param("id", goal.id()).param("client", goal.clientId())
                .param("kind", goal.kind().name()).param("subject", goal.subject())
                .param("target", BigDecimal.valueOf(goal.target())).param("targetOn", goal.targetOn())
                .param("start", BigDecimal.valueOf(goal.startValue())).param("startOn", goal.startOn())
                .param("by", createdBy).param("at", Timestamp.from(now)).update();
    }

    /** The client's goals, oldest first, each with its milestones: two queries whatever the number of goals. */
    public List<Goal> ofClient(StudioId studio, UUID client) {
        Map<UUID, List<Goal.Milestone>> milestones = new HashMap<>();
        jdbc.sql("""
                select m.goal_id, m.percent, m.reached_on, m.value from goal_milestone m
                  join progress_goal g on g.studio_id = m.studio_id and g.goal_id = m.goal_id
                 where m.studio_id = :studio and g.client_id = :client order by m.percent
                """).param("studio", studio.value()).param("client", client)
                .query((rs, n) -> {
                    milestones.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(new Goal.Milestone(rs.getInt(2), rs.getObject(3, LocalDate.class),
                                    rs.getBigDecimal(4).doubleValue()));
                    return null;
                }).list();
        return jdbc.sql("""
                select * from progress_goal where studio_id = :studio and client_id = :client
                 order by achieved_on nulls first, created_at
                """).param("studio", studio.value()).param("client", client)
                .query((rs, n) -> {
                    UUID id = rs.getObject("goal_id", UUID.class);
                    return new Goal(id, rs.getObject("client_id", UUID.class),
                            Goal.Kind.valueOf(rs.getString("kind")), rs.getString("subject"),
                            rs.getBigDecimal("target").doubleValue(), rs.getObject("target_on", LocalDate.class),
                            rs.getBigDecimal("start_value").doubleValue(), rs.getObject("start_on", LocalDate.class),
                            rs.getObject("achieved_on", LocalDate.class), milestones.getOrDefault(id, List.of()));
                }).list();
    }

    public Optional<Goal> find(StudioId studio, UUID client, UUID id) {
        return ofClient(studio, client).stream().filter(goal -> goal.id().equals(id)).findFirst();
    }

    public void reach(StudioId studio, UUID goal, Goal.Milestone milestone) {
        jdbc.sql("""
                insert into goal_milestone (studio_id, goal_id, percent, reached_on, value)
                values (:studio, :goal, :percent, :day, :value) on conflict do nothing
                """).param("studio", studio.value()).param("goal", goal).param("percent", milestone.percent())
                .param("day", milestone.reachedOn()).param("value", BigDecimal.valueOf(milestone.value())).update();
        if (milestone.percent() == 100) {
            jdbc.sql("""
                    update progress_goal set achieved_on = :day
                     where studio_id = :studio and goal_id = :goal and achieved_on is null
                    """).param("studio", studio.value()).param("goal", goal).param("day", milestone.reachedOn())
                    .update();
        }
    }

    public void delete(StudioId studio, UUID goal) {
        jdbc.sql("delete from progress_goal where studio_id = :studio and goal_id = :goal")
                .param("studio", studio.value()).param("goal", goal).update();
    }
}
