package dev.spotter.clients.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.spotter.clients.ClearanceStatus;
import dev.spotter.clients.Client;
import dev.spotter.clients.ClientStatus;
import dev.spotter.clients.EquipmentAccess;
import dev.spotter.clients.Experience;
import dev.spotter.clients.Goal;
import dev.spotter.clients.IntensityCeiling;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.StudioId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The studio's clients. */
@Repository
public class Clients {

    private final JdbcClient jdbc;

    Clients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of clients with the total. */
    public record Page(List<Client> items, long total) {
    }

    public Optional<Client> find(StudioId studio, UUID id) {
        return jdbc.sql("select * from client where studio_id = ? and client_id = ?").params(studio.value(), id)
                .query((rs, row) -> map(rs)).optional();
    }

    public Optional<Client> findByMember(StudioId studio, MemberId member) {
        return jdbc.sql("select * from client where studio_id = ? and member_id = ?")
                .params(studio.value(), member.value()).query((rs, row) -> map(rs)).optional();
    }

    public Optional<Client> findLeadByEmail(StudioId studio, String email) {
        return jdbc.sql("select * from client where studio_id = ? and member_id is null and lower(email) = lower(?)")
                .params(studio.value(), email).query((rs, row) -> map(rs)).optional();
    }

    public Page list(StudioId studio, String query, ClientStatus status, boolean dueOnly, LocalDate today,
                     Paging paging) {
        List<String> where = new ArrayList<>(List.of("studio_id = :studio"));
        Map<String, Object> params = new HashMap<>();
        params.put("studio", studio.value());
        if (query != null && !query.isBlank()) {
            where.add("(display_name ilike :pattern or coalesce(email, '') ilike :pattern)");
            params.put("pattern", "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status.name());
        }
        if (dueOnly) {
            where.add("status in ('LEAD', 'ACTIVE') and (clearance_status = 'NOT_SCREENED' or rescreen_due is null"
                    + " or rescreen_due <= :today)");
            params.put("today", Date.valueOf(today));
        }
        params.put("limit", paging.size());
        params.put("offset", paging.offset());
        long[] total = {0};
        List<Client> items = jdbc.sql("select *, count(*) over () as total from client where "
                        + String.join(" and ", where)
                        + " order by status = 'FORMER', lower(display_name), client_id limit :limit offset :offset")
                .params(params)
                .query((rs, row) -> {
                    total[0] = rs.getLong("total");
                    return map(rs);
                }).list();
        return new Page(items, total[0]);
    }

    /** The given clients of the studio, in one query; unknown ids are left out. */
    public List<Client> all(StudioId studio, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from client where studio_id = ? and client_id = any(?)")
                .params(studio.value(), ids.toArray(UUID[]::new)).query((rs, row) -> map(rs)).list();
    }

    /** Display names of the given clients of the studio, in one query. */
    public Map<UUID, String> names(StudioId studio, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("select client_id, display_name from client where studio_id = ? and client_id = any(?)")
                .params(studio.value(), ids.toArray(UUID[]::new))
                .query(rs -> {
                    names.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return names;
    }

    public List<Client> newest(StudioId studio, int limit) {
        return jdbc.sql("select * from client where studio_id = ? and status <> 'FORMER' order by created_at desc,"
                        + " client_id limit ?")
                .params(studio.value(), limit).query((rs, row) -> map(rs)).list();
    }

    void insert(Client client) {
        jdbc.sql("""
                insert into client (studio_id, client_id, member_id, display_name, email, status, created_at,
                                    updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(client.studioId().value(), client.id(),
                        client.memberId() == null ? null : client.memberId().value(), client.displayName(),
                        client.email(), client.status().name(), Timestamp.from(client.createdAt()),
                        Timestamp.from(client.updatedAt()))
                .update();
    }

    void linkMember(StudioId studio, UUID client, MemberId member) {
        jdbc.sql("update client set member_id = ?, status = 'ACTIVE', updated_at = now()"
                        + " where studio_id = ? and client_id = ?")
                .params(member.value(), studio.value(), client).update();
    }

    /** Writes the profile fields a trainer or the client edits. */
    void saveProfile(Client c) {
        jdbc.sql("""
                update client set display_name = :name, email = :email, phone = :phone, date_of_birth = :dob,
                    sex = :sex, height_cm = :height, body_mass_kg = :mass, resting_heart_rate = :resting,
                    primary_goal = :goal,
                    goal_target = :target, goal_date = :goalDate, secondary_goals = :secondary,
                    experience = :experience, activity_minutes_week = :minutes, activity_days_week = :days,
                    activity_months = :months, days_available = :available, minutes_per_session = :session,
                    equipment_access = :equipment, preferred_exercises = :preferred,
                    disliked_exercises = :disliked, medications = :medications, notes = :notes, status = :status,
                    updated_at = now()
                 where studio_id = :studio and client_id = :id
                """)
                .param("name", c.displayName()).param("email", c.email()).param("phone", c.phone())
                .param("dob", c.dateOfBirth() == null ? null : Date.valueOf(c.dateOfBirth()))
                .param("sex", c.sex()).param("height", c.heightCm()).param("mass", c.bodyMassKg())
                .param("resting", c.restingHeartRate())
                .param("goal", c.primaryGoal() == null ? null : c.primaryGoal().name())
                .param("target", c.goalTarget())
                .param("goalDate", c.goalDate() == null ? null : Date.valueOf(c.goalDate()))
                .param("secondary", names(c.secondaryGoals()))
                .param("experience", c.experience() == null ? null : c.experience().name())
                .param("minutes", c.activityMinutesWeek()).param("days", c.activityDaysWeek())
                .param("months", c.activityMonths()).param("available", c.daysAvailable())
                .param("session", c.minutesPerSession()).param("equipment", names(c.equipmentAccess()))
                .param("preferred", c.preferredExercises().toArray(String[]::new))
                .param("disliked", c.dislikedExercises().toArray(String[]::new))
                .param("medications", c.medications()).param("notes", c.notes()).param("status", c.status().name())
                .param("studio", c.studioId().value()).param("id", c.id())
                .update();
    }

    void saveSafety(StudioId studio, UUID id, ClearanceStatus status, IntensityCeiling ceiling, Instant screenedAt,
                    LocalDate rescreenDue) {
        jdbc.sql("""
                update client set clearance_status = ?, intensity_ceiling = ?, screened_at = ?, rescreen_due = ?,
                    updated_at = now()
                 where studio_id = ? and client_id = ?
                """)
                .params(status.name(), ceiling == null ? null : ceiling.name(),
                        screenedAt == null ? null : Timestamp.from(screenedAt),
                        rescreenDue == null ? null : Date.valueOf(rescreenDue), studio.value(), id)
                .update();
    }

    void confirmIntake(StudioId studio, UUID id, Instant at) {
        jdbc.sql("update client set intake_confirmed_at = ?, updated_at = now() where studio_id = ? and client_id = ?")
                .params(Timestamp.from(at), studio.value(), id).update();
    }

    /** Makes the next screening due today, as a new condition requires. */
    void rescreenNow(StudioId studio, UUID id, LocalDate today) {
        jdbc.sql("update client set rescreen_due = ? where studio_id = ? and client_id = ?")
                .params(Date.valueOf(today), studio.value(), id).update();
    }

    public List<MemberId> trainers(StudioId studio, UUID client) {
        return jdbc.sql("select member_id from client_trainer where studio_id = ? and client_id = ?")
                .params(studio.value(), client).query((rs, row) -> new MemberId(rs.getObject(1, UUID.class))).list();
    }

    void assign(StudioId studio, UUID client, MemberId trainer) {
        jdbc.sql("insert into client_trainer (studio_id, client_id, member_id) values (?, ?, ?) on conflict do nothing")
                .params(studio.value(), client, trainer.value()).update();
    }

    void unassign(StudioId studio, UUID client, MemberId trainer) {
        jdbc.sql("delete from client_trainer where studio_id = ? and client_id = ? and member_id = ?")
                .params(studio.value(), client, trainer.value()).update();
    }

    private static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    static Client map(ResultSet rs) throws SQLException {
        UUID member = rs.getObject("member_id", UUID.class);
        String ceiling = rs.getString("intensity_ceiling");
        return new Client(new StudioId(rs.getObject("studio_id", UUID.class)), rs.getObject("client_id", UUID.class),
                member == null ? null : new MemberId(member), rs.getString("display_name"), rs.getString("email"),
                rs.getString("phone"), date(rs, "date_of_birth"), rs.getString("sex"),
                rs.getBigDecimal("height_cm"), rs.getBigDecimal("body_mass_kg"), integer(rs, "resting_heart_rate"),
                enumOrNull(Goal.class, rs.getString("primary_goal")), rs.getString("goal_target"),
                date(rs, "goal_date"), enums(rs, "secondary_goals", Goal.class),
                enumOrNull(Experience.class, rs.getString("experience")), integer(rs, "activity_minutes_week"),
                integer(rs, "activity_days_week"), integer(rs, "activity_months"), integer(rs, "days_available"),
                integer(rs, "minutes_per_session"), enums(rs, "equipment_access", EquipmentAccess.class),
                strings(rs, "preferred_exercises"), strings(rs, "disliked_exercises"), rs.getString("medications"),
                rs.getString("notes"), ClientStatus.valueOf(rs.getString("status")),
                ClearanceStatus.valueOf(rs.getString("clearance_status")),
                ceiling == null ? null : IntensityCeiling.valueOf(ceiling), instant(rs, "screened_at"),
                date(rs, "rescreen_due"), instant(rs, "intake_confirmed_at"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    static <E extends Enum<E>> Set<E> enums(ResultSet rs, String column, Class<E> type) throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        for (String name : strings(rs, column)) {
            values.add(Enum.valueOf(type, name));
        }
        return values;
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
