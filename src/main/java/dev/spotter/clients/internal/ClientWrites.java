package dev.spotter.clients.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import dev.spotter.clients.ClearanceStatus;
import dev.spotter.clients.Client;
import dev.spotter.clients.ClientCondition;
import dev.spotter.clients.ClientStatus;
import dev.spotter.clients.ConditionRule;
import dev.spotter.clients.IntensityCeiling;
import dev.spotter.clients.ProfileUpdate;
import dev.spotter.clients.Screening;
import dev.spotter.exercises.SafetyTag;
import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.studios.AuditTrail;
import dev.spotter.studios.MemberJoined;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The writes behind the client directory, each with its audit entry. Runs inside the caller's transaction; the
 * profile of a new client member is made in the same transaction that made the member.
 */
@Component
public class ClientWrites {

    private final Clients clients;
    private final Screenings screenings;
    private final Clearances clearances;
    private final Conditions conditions;
    private final AuditTrail audit;
    private final Clock clock;

    ClientWrites(Clients clients, Screenings screenings, Clearances clearances, Conditions conditions,
                 AuditTrail audit, Clock clock) {
        this.clients = clients;
        this.screenings = screenings;
        this.clearances = clearances;
        this.conditions = conditions;
        this.audit = audit;
        this.clock = clock;
    }

    /** A client who joined gets a profile, or takes over the lead the trainer made for their email. */
    @EventListener
    void onMemberJoined(MemberJoined joined) {
        if (joined.role() != Role.CLIENT) {
            return;
        }
        var lead = joined.email() == null ? java.util.Optional.<Client>empty()
                : clients.findLeadByEmail(joined.studioId(), joined.email());
        if (lead.isPresent()) {
            clients.linkMember(joined.studioId(), lead.get().id(), joined.memberId());
            return;
        }
        Instant now = clock.instant();
        clients.insert(newClient(joined.studioId(), UUID.randomUUID(), joined.memberId(), joined.displayName(),
                joined.email(), ClientStatus.ACTIVE, now));
    }

    Client createLeadFor(StudioId studio, String name, String email) {
        Instant now = clock.instant();
        Client lead = newClient(studio, UUID.randomUUID(), null, name.strip(),
                email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT),
                ClientStatus.LEAD, now);
        clients.insert(lead);
        return lead;
    }

    public Client createLead(SpotterPrincipal caller, String name, String email) {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("displayName", "is required");
        }
        if (name.strip().length() > 120) {
            throw new InvalidFieldException("displayName", "must be at most 120 characters");
        }
        if (email != null && !email.isBlank()) {
            if (!email.strip().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
                throw new InvalidFieldException("email", "must be a valid email address");
            }
            if (clients.findLeadByEmail(caller.studioId(), email.strip()).isPresent()) {
                throw new ConflictException("email", email.strip() + " is already a lead");
            }
        }
        Client lead = createLeadFor(caller.studioId(), name, email);
        clients.assign(caller.studioId(), lead.id(), caller.memberId());
        audit.record(caller.studioId(), caller.memberId(), AuditTrail.Event.HEALTH_DATA_CHANGED, lead.displayName(),
                "lead created");
        return lead;
    }

    public Client updateProfile(SpotterPrincipal caller, Client current, ProfileUpdate update, LocalDate today) {
        ProfileRules.check(update, today);
        Client changed = new Client(current.studioId(), current.id(), current.memberId(), update.displayName().strip(),
                blankToNull(update.email()), blankToNull(update.phone()), update.dateOfBirth(),
                blankToNull(update.sex()), update.heightCm(), update.bodyMassKg(), update.primaryGoal(),
                blankToNull(update.goalTarget()), update.goalDate(), update.secondaryGoals(), update.experience(),
                update.activityMinutesWeek(), update.activityDaysWeek(), update.activityMonths(),
                update.daysAvailable(), update.minutesPerSession(), update.equipmentAccess(),
                update.preferredExercises(), update.dislikedExercises(), blankToNull(update.medications()),
                blankToNull(update.notes()), update.status(), current.clearanceStatus(), current.intensityCeiling(),
                current.screenedAt(), current.rescreenDue(), current.intakeConfirmedAt(), current.createdAt(),
                clock.instant());
        clients.saveProfile(changed);
        audit.record(caller.studioId(), caller.memberId(), AuditTrail.Event.HEALTH_DATA_CHANGED, changed.displayName(),
                "profile");
        return changed;
    }

    public void saveScreening(StudioId studio, Screening draft) {
        screenings.save(studio, draft);
    }

    public void finishScreening(SpotterPrincipal caller, Client client, Screening done, Instant now,
                                LocalDate rescreenDue) {
        screenings.save(caller.studioId(), done);
        clients.saveSafety(caller.studioId(), client.id(), done.clearance(), done.ceiling(), now, rescreenDue);
        if (!caller.coaches()) {
            clients.confirmIntake(caller.studioId(), client.id(), now);
        }
        audit.record(caller.studioId(), caller.memberId(), AuditTrail.Event.SCREENING_COMPLETED, client.displayName(),
                done.clearance() + ", " + done.ceiling());
    }

    public Clearances.Entry recordClearance(SpotterPrincipal caller, Client client, LocalDate clearedOn,
                                            String clinician, String restrictions, IntensityCeiling clinicianCeiling,
                                            Clearances.Document document, IntensityCeiling resulting) {
        Clearances.Entry entry = new Clearances.Entry(UUID.randomUUID(), client.id(), clearedOn, clinician,
                blankToNull(restrictions), clinicianCeiling, document == null ? null : document.name(),
                clock.instant());
        clearances.add(caller.studioId(), client.id(), entry, document, caller.memberId().value());
        clients.saveSafety(caller.studioId(), client.id(), ClearanceStatus.CLEARED, resulting, client.screenedAt(),
                client.rescreenDue());
        audit.record(caller.studioId(), caller.memberId(), AuditTrail.Event.CLEARANCE_RECORDED, client.displayName(),
                clinician + ", " + resulting);
        return entry;
    }

    public ClientCondition addCondition(SpotterPrincipal caller, Client client, ConditionRule rule, String side,
                                        String severity, LocalDate since, String restrictions,
                                        Set<SafetyTag> extraAvoid, String notes, LocalDate today) {
        ClientCondition condition = new ClientCondition(UUID.randomUUID(), client.id(), rule, blankToNull(side),
                blankToNull(severity), since, true, blankToNull(restrictions), extraAvoid, blankToNull(notes));
        conditions.add(caller.studioId(), condition);
        clients.rescreenNow(caller.studioId(), client.id(), today);
        audit.record(caller.studioId(), caller.memberId(), AuditTrail.Event.CONDITION_RECORDED, client.displayName(),
                rule.label());
        return condition;
    }

    public void setConditionActive(SpotterPrincipal caller, Client client, UUID condition, boolean active) {
        if (!conditions.setActive(caller.studioId(), client.id(), condition, active)) {
            throw new NotFoundException("Condition");
        }
        audit.record(caller.studioId(), caller.memberId(), AuditTrail.Event.HEALTH_DATA_CHANGED, client.displayName(),
                active ? "condition active" : "condition resolved");
    }

    private static Client newClient(StudioId studio, UUID id, dev.spotter.platform.tenancy.MemberId member,
                                    String name, String email, ClientStatus status, Instant now) {
        return new Client(studio, id, member, name, email, null, null, null, null, null, null, null, null, Set.of(),
                null, null, null, null, null, null, Set.of(), java.util.List.of(), java.util.List.of(), null, null,
                status, ClearanceStatus.NOT_SCREENED, null, null, null, null, now, now);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
