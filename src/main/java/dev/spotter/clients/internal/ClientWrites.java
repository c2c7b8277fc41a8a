package dev.spotter.clients.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import dev.spotter.platform.api.InvalidFieldsException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.MemberId;
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
    private final ClientHistory history;
    private final Emergency emergency;
    private final AuditTrail audit;
    private final Clock clock;

    ClientWrites(Clients clients, Screenings screenings, Clearances clearances, Conditions conditions,
                 ClientHistory history, Emergency emergency, AuditTrail audit, Clock clock) {
        this.clients = clients;
        this.screenings = screenings;
        this.clearances = clearances;
        this.conditions = conditions;
        this.history = history;
        this.emergency = emergency;
        this.audit = audit;
        this.clock = clock;
    }

    /** A client who joined gets a profile, or takes over the lead the trainer made for their email. */
    @EventListener
    void onMemberJoined(MemberJoined joined) {
        if (joined.role() != Role.CLIENT) {
            return;
        }
        var lead = joined.email() == null ? Optional.<Client>empty()
                : clients.findLeadByEmail(joined.studioId(), joined.email());
        if (lead.isPresent()) {
            clients.linkMember(joined.studioId(), lead.get().id(), joined.memberId());
            return;
        }
        Instant now = clock.instant();
        clients.insert(newClient(joined.studioId(), UUID.randomUUID(), joined.memberId(), joined.displayName(),
                joined.email(), ClientStatus.ACTIVE, now));
    }

    public Client createLead(SpotterPrincipal caller, String name, String email) {
        String stored = ProfileRules.checkLead(name, email);
        if (stored != null && clients.findLeadByEmail(caller.studioId(), stored).isPresent()) {
            throw new ConflictException("email", stored + " is already a lead");
        }
        Client lead = newClient(caller.studioId(), UUID.randomUUID(), null, name.strip(), stored, ClientStatus.LEAD,
                clock.instant());
        clients.insert(lead);
        clients.assign(caller.studioId(), lead.id(), caller.memberId());
        audit.record(caller.studioId(), caller.memberId(), AuditTrail.Event.HEALTH_DATA_CHANGED, lead.displayName(),
                "lead created");
        return lead;
    }

    public Client updateProfile(SpotterPrincipal caller, Client current, ProfileUpdate update, LocalDate today) {
        ProfileRules.check(update, today);
        Client changed = new Client(current.studioId(), current.id(), current.memberId(), update.displayName().strip(),
                blankToNull(update.email()), blankToNull(update.phone()), update.dateOfBirth(),
                blankToNull(update.sex()), update.heightCm(), update.bodyMassKg(), update.restingHeartRate(),
                update.primaryGoal(),
                blankToNull(update.goalTarget()), update.goalDate(), update.secondaryGoals(), update.experience(),
                update.activityMinutesWeek(), update.activityDaysWeek(), update.activityMonths(),
                update.daysAvailable(), update.minutesPerSession(), update.equipmentAccess(),
                update.preferredExercises(), update.dislikedExercises(), blankToNull(update.medications()),
                blankToNull(update.notes()), update.status(), current.clearanceStatus(), current.intensityCeiling(),
                current.screenedAt(), current.rescreenDue(), current.intakeConfirmedAt(), current.createdAt(),
                clock.instant());
        clients.saveProfile(changed);
        recordChanges(caller, current, changed);
        audit.record(caller.studioId(), caller.memberId(), AuditTrail.Event.HEALTH_DATA_CHANGED, changed.displayName(),
                "profile");
        return changed;
    }

    private void recordChanges(SpotterPrincipal caller, Client before, Client after) {
        UUID by = caller.memberId().value();
        StudioId studio = caller.studioId();
        UUID id = before.id();
        history.record(studio, id, by, "name", before.displayName(), after.displayName());
        history.record(studio, id, by, "email", before.email(), after.email());
        history.record(studio, id, by, "phone", before.phone(), after.phone());
        history.record(studio, id, by, "date of birth", before.dateOfBirth(), after.dateOfBirth());
        history.record(studio, id, by, "sex", before.sex(), after.sex());
        history.record(studio, id, by, "height (cm)", before.heightCm(), after.heightCm());
        history.record(studio, id, by, "body mass (kg)", before.bodyMassKg(), after.bodyMassKg());
        history.record(studio, id, by, "resting heart rate", before.restingHeartRate(), after.restingHeartRate());
        history.record(studio, id, by, "main goal", before.primaryGoal(), after.primaryGoal());
        history.record(studio, id, by, "goal target", before.goalTarget(), after.goalTarget());
        history.record(studio, id, by, "goal date", before.goalDate(), after.goalDate());
        history.record(studio, id, by, "other goals", before.secondaryGoals(), after.secondaryGoals());
        history.record(studio, id, by, "experience", before.experience(), after.experience());
        history.record(studio, id, by, "minutes a week", before.activityMinutesWeek(), after.activityMinutesWeek());
        history.record(studio, id, by, "days a week", before.activityDaysWeek(), after.activityDaysWeek());
        history.record(studio, id, by, "months at that level", before.activityMonths(), after.activityMonths());
        history.record(studio, id, by, "days available", before.daysAvailable(), after.daysAvailable());
        history.record(studio, id, by, "minutes per session", before.minutesPerSession(), after.minutesPerSession());
        history.record(studio, id, by, "where they train", before.equipmentAccess(), after.equipmentAccess());
        history.record(studio, id, by, "enjoys", before.preferredExercises(), after.preferredExercises());
        history.record(studio, id, by, "dislikes", before.dislikedExercises(), after.dislikedExercises());
        history.record(studio, id, by, "medications", before.medications(), after.medications());
        history.record(studio, id, by, "notes", before.notes(), after.notes());
        history.record(studio, id, by, "status", before.status(), after.status());
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

    public Emergency.Contact addContact(SpotterPrincipal caller, Client client, String name, String relationship,
                                       String phone) {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add("name: is required");
        }
        if (phone == null || !phone.strip().matches("^[+0-9 ()./-]{3,40}$")) {
            problems.add("phone: must be a phone number (digits, spaces, + ( ) - .)");
        }
        if (!problems.isEmpty()) {
            throw InvalidFieldsException.of(problems);
        }
        Emergency.Contact contact = new Emergency.Contact(UUID.randomUUID(), client.id(), name.strip(),
                blankToNull(relationship), phone.strip());
        emergency.addContact(caller.studioId(), contact);
        history.record(caller.studioId(), client.id(), caller.memberId().value(), "emergency contact", null,
                contact.name() + " " + contact.phone());
        return contact;
    }

    public void removeContact(SpotterPrincipal caller, Client client, UUID contact) {
        if (!emergency.removeContact(caller.studioId(), client.id(), contact)) {
            throw new NotFoundException("Contact");
        }
        history.record(caller.studioId(), client.id(), caller.memberId().value(), "emergency contact", "removed",
                null);
    }

    public Emergency.Incident reportIncident(SpotterPrincipal caller, Client client, Instant occurredAt,
                                             String whatHappened, String actionsTaken, String firstAid,
                                             String followUp) {
        List<String> problems = new ArrayList<>();
        if (occurredAt == null) {
            problems.add("occurredAt: is required");
        } else if (occurredAt.isAfter(clock.instant().plusSeconds(300))) {
            problems.add("occurredAt: cannot be in the future");
        }
        if (whatHappened == null || whatHappened.isBlank()) {
            problems.add("whatHappened: is required");
        }
        if (actionsTaken == null || actionsTaken.isBlank()) {
            problems.add("actionsTaken: is required");
        }
        if (!problems.isEmpty()) {
            throw InvalidFieldsException.of(problems);
        }
        Emergency.Incident incident = new Emergency.Incident(UUID.randomUUID(), client.id(), occurredAt,
                whatHappened.strip(), actionsTaken.strip(), blankToNull(firstAid), blankToNull(followUp),
                caller.displayName(), clock.instant());
        emergency.addIncident(caller.studioId(), incident, caller.memberId().value());
        audit.record(caller.studioId(), caller.memberId(), AuditTrail.Event.HEALTH_DATA_CHANGED, client.displayName(),
                "incident report");
        return incident;
    }

    public void savePlan(SpotterPrincipal owner, Emergency.Plan plan) {
        List<String> problems = new ArrayList<>();
        if (plan.emergencyNumber() == null || plan.emergencyNumber().isBlank()) {
            problems.add("emergencyNumber: is required");
        }
        if (plan.steps() == null || plan.steps().isBlank()) {
            problems.add("steps: is required");
        }
        if (!problems.isEmpty()) {
            throw InvalidFieldsException.of(problems);
        }
        emergency.savePlan(owner.studioId(), plan, owner.memberId().value());
    }

    public void assignCoaches(SpotterPrincipal caller, Client client,
                              Set<MemberId> coaches) {
        var current = Set.copyOf(clients.trainers(caller.studioId(), client.id()));
        for (var coach : current) {
            if (!coaches.contains(coach)) {
                clients.unassign(caller.studioId(), client.id(), coach);
            }
        }
        for (var coach : coaches) {
            if (!current.contains(coach)) {
                clients.assign(caller.studioId(), client.id(), coach);
            }
        }
        history.record(caller.studioId(), client.id(), caller.memberId().value(), "coaches",
                current.stream().map(Object::toString).toList(), coaches.stream().map(Object::toString).toList());
    }

    public void saveRule(SpotterPrincipal owner, ConditionRule rule) {
        conditions.saveStudioRule(owner.studioId(), rule);
        audit.record(owner.studioId(), owner.memberId(), AuditTrail.Event.HEALTH_DATA_CHANGED, rule.label(),
                "condition rule edited");
    }

    public void resetRule(SpotterPrincipal owner, String key) {
        if (conditions.resetStudioRule(owner.studioId(), key)) {
            audit.record(owner.studioId(), owner.memberId(), AuditTrail.Event.HEALTH_DATA_CHANGED, key,
                    "condition rule reset to Spotter's");
        }
    }

    private static Client newClient(StudioId studio, UUID id, MemberId member,
                                    String name, String email, ClientStatus status, Instant now) {
        return new Client(studio, id, member, name, email, null, null, null, null, null, null, null, null, null, Set.of(),
                null, null, null, null, null, null, Set.of(), List.of(), List.of(), null, null,
                status, ClearanceStatus.NOT_SCREENED, null, null, null, null, now, now);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
