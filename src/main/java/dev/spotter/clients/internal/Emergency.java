package dev.spotter.clients.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.spotter.platform.tenancy.StudioId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Emergency contacts, incident reports and the studio's emergency action plan. */
@Repository
public class Emergency {

    /** Someone to call for a client. */
    public record Contact(UUID id, UUID clientId, String name, String relationship, String phone) {
    }

    /** What happened to a client, what was done, and what follows. */
    public record Incident(UUID id, UUID clientId, Instant occurredAt, String whatHappened, String actionsTaken,
                           String firstAid, String followUp, String reportedBy, Instant createdAt) {
    }

    /** The studio's emergency action plan. */
    public record Plan(String emergencyNumber, String address, String nearestAed, String firstAidKit, String steps,
                       Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    Emergency(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Contact> contacts(StudioId studio, UUID client) {
        return jdbc.sql("""
                select contact_id, client_id, name, relationship, phone from emergency_contact
                 where studio_id = ? and client_id = ? order by created_at
                """).params(studio.value(), client)
                .query((rs, row) -> new Contact(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    void addContact(StudioId studio, Contact contact) {
        jdbc.sql("""
                insert into emergency_contact (studio_id, contact_id, client_id, name, relationship, phone)
                values (?, ?, ?, ?, ?, ?)
                """).params(studio.value(), contact.id(), contact.clientId(), contact.name(), contact.relationship(),
                contact.phone()).update();
    }

    boolean removeContact(StudioId studio, UUID client, UUID contact) {
        return jdbc.sql("delete from emergency_contact where studio_id = ? and client_id = ? and contact_id = ?")
                .params(studio.value(), client, contact).update() == 1;
    }

    public List<Incident> incidents(StudioId studio, UUID client) {
        return jdbc.sql("""
                select i.incident_id, i.client_id, i.occurred_at, i.what_happened, i.actions_taken, i.first_aid,
                       i.follow_up, m.display_name, i.created_at
                  from incident i
                  join member m on m.studio_id = i.studio_id and m.member_id = i.reported_by
                 where i.studio_id = ? and i.client_id = ?
                 order by i.occurred_at desc
                """).params(studio.value(), client)
                .query((rs, row) -> new Incident(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant()))
                .list();
    }

    void addIncident(StudioId studio, Incident incident, UUID reportedBy) {
        jdbc.sql("""
                insert into incident (studio_id, incident_id, client_id, occurred_at, what_happened, actions_taken,
                                      first_aid, follow_up, reported_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(studio.value(), incident.id(), incident.clientId(), Timestamp.from(incident.occurredAt()),
                incident.whatHappened(), incident.actionsTaken(), incident.firstAid(), incident.followUp(),
                reportedBy).update();
    }

    public Optional<Plan> plan(StudioId studio) {
        return jdbc.sql("""
                select emergency_number, address, nearest_aed, first_aid_kit, steps, updated_at
                  from emergency_plan where studio_id = ?
                """).param(studio.value())
                .query((rs, row) -> new Plan(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .optional();
    }

    void savePlan(StudioId studio, Plan plan, UUID updatedBy) {
        jdbc.sql("""
                insert into emergency_plan (studio_id, emergency_number, address, nearest_aed, first_aid_kit, steps,
                                            updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, now())
                on conflict (studio_id) do update set emergency_number = excluded.emergency_number,
                    address = excluded.address, nearest_aed = excluded.nearest_aed,
                    first_aid_kit = excluded.first_aid_kit, steps = excluded.steps, updated_by = excluded.updated_by,
                    updated_at = now()
                """).params(studio.value(), plan.emergencyNumber(), plan.address(), plan.nearestAed(),
                plan.firstAidKit(), plan.steps(), updatedBy).update();
    }
}
