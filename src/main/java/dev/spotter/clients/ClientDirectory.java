package dev.spotter.clients;

import java.time.Clock;
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

import dev.spotter.clients.engine.AcsmScreening;
import dev.spotter.clients.engine.ParQPlus;
import dev.spotter.clients.engine.ScreeningDecision;
import dev.spotter.clients.internal.Clearances;
import dev.spotter.clients.internal.ClientHistory;
import dev.spotter.clients.internal.ClientWrites;
import dev.spotter.clients.internal.Clients;
import dev.spotter.clients.internal.Conditions;
import dev.spotter.clients.internal.Emergency;
import dev.spotter.clients.internal.Screenings;
import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.SafetyTag;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.InvalidFieldsException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.studios.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients and their safety: profiles, screening, clearance and conditions, and the safety profile the rest of
 * Spotter respects. Coaches see every client of their studio; a client sees only themselves. Every read of health
 * data is written to the audit log.
 */
@Service
public class ClientDirectory {

    /** Screening is repeated at least once a year (PAR-Q+ guidance) and whenever a condition is added. */
    static final int RESCREEN_MONTHS = 12;

    private final Clients clients;
    private final Screenings screenings;
    private final Clearances clearances;
    private final Conditions conditions;
    private final ClientWrites writes;
    private final Emergency emergency;
    private final ClientHistory history;
    private final AuditTrail audit;
    private final Clock clock;

    ClientDirectory(Clients clients, Screenings screenings, Clearances clearances, Conditions conditions,
                    ClientWrites writes, Emergency emergency, ClientHistory history, AuditTrail audit, Clock clock) {
        this.clients = clients;
        this.screenings = screenings;
        this.clearances = clearances;
        this.conditions = conditions;
        this.writes = writes;
        this.emergency = emergency;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything a client page shows. */
    public record ClientFile(Client client, List<Screening> screenings, List<Clearances.Entry> clearances,
                             List<ClientCondition> conditions, SafetyProfile safety) {
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public Clients.Page list(SpotterPrincipal caller, String query, ClientStatus status, boolean dueOnly,
                             Paging paging) {
        requireCoach(caller);
        return clients.list(caller.studioId(), query, status, dueOnly, today(), paging);
    }

    /** The studio's current clients (not former ones) by name, for choosing one from a list. */
    @Transactional(readOnly = true)
    public List<Client> roster(SpotterPrincipal caller, int limit) {
        requireCoach(caller);
        return clients.list(caller.studioId(), "", null, false, today(), new Paging(0, limit)).items().stream()
                .filter(client -> client.status() != ClientStatus.FORMER).toList();
    }

    /** The clients who joined most recently, newest first. */
    @Transactional(readOnly = true)
    public List<Client> newest(SpotterPrincipal caller, int limit) {
        requireCoach(caller);
        return clients.newest(caller.studioId(), limit);
    }

    /** The names of the given clients, for lists that show whose something is; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<UUID, String> names(SpotterPrincipal caller, Collection<UUID> ids) {
        requireCoach(caller);
        return clients.names(caller.studioId(), ids);
    }

    /** The client's whole file; the read is audited because it contains health data. */
    @Transactional
    public ClientFile open(SpotterPrincipal caller, UUID id) {
        Client client = client(caller, id);
        audit.record(caller.studioId(), caller.memberId(), AuditTrail.Event.HEALTH_DATA_VIEWED,
                client.displayName(), null);
        List<ClientCondition> recorded = conditions.ofClient(caller.studioId(), id);
        return new ClientFile(client, screenings.ofClient(caller.studioId(), id),
                clearances.ofClient(caller.studioId(), id), recorded, safety(client, recorded));
    }

    /** The client record of the signed-in client. */
    @Transactional(readOnly = true)
    public Client self(SpotterPrincipal caller) {
        return clients.findByMember(caller.studioId(), caller.memberId())
                .orElseThrow(() -> new NotFoundException("Client"));
    }

    public Client client(SpotterPrincipal caller, UUID id) {
        Client client = clients.find(caller.studioId(), id).orElseThrow(() -> new NotFoundException("Client"));
        if (!caller.coaches() && !caller.memberId().equals(client.memberId())) {
            throw new NotFoundException("Client");
        }
        return client;
    }

    @Transactional
    public Client createLead(SpotterPrincipal caller, String name, String email) {
        requireCoach(caller);
        return writes.createLead(caller, name, email);
    }

    @Transactional
    public Client updateProfile(SpotterPrincipal caller, UUID id, ProfileUpdate update) {
        Client current = client(caller, id);
        if (!caller.coaches() && update.status() != current.status()) {
            throw new AccessDeniedException("Clients cannot change their own status");
        }
        return writes.updateProfile(caller, current, update, today());
    }

    /** A client as an instructor sees them beside a class roster: safety profile and active conditions. */
    public record SafetyCard(Client client, SafetyProfile safety, List<ClientCondition> activeConditions) {
    }

    /**
     * The safety cards of the given clients, for a coach's class roster, in a constant number of queries; the read
     * is audited once because it shows health data.
     */
    @Transactional
    public Map<UUID, SafetyCard> safetyCards(SpotterPrincipal caller, Collection<UUID> ids, String purpose) {
        requireCoach(caller);
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<ClientCondition>> byClient = new HashMap<>();
        for (ClientCondition condition : conditions.ofClients(caller.studioId(), ids)) {
            byClient.computeIfAbsent(condition.clientId(), key -> new ArrayList<>()).add(condition);
        }
        Map<UUID, SafetyCard> cards = new HashMap<>();
        for (Client client : clients.all(caller.studioId(), ids)) {
            List<ClientCondition> recorded = byClient.getOrDefault(client.id(), List.of());
            cards.put(client.id(), new SafetyCard(client, safety(client, recorded),
                    recorded.stream().filter(ClientCondition::active).toList()));
        }
        audit.record(caller.studioId(), caller.memberId(), AuditTrail.Event.HEALTH_DATA_VIEWED, purpose, null);
        return cards;
    }

    /** The given clients of a studio, for messages the studio sends them (such as a class place that came free). */
    @Transactional(readOnly = true)
    public Map<UUID, Client> byIds(StudioId studio, Collection<UUID> ids) {
        Map<UUID, Client> found = new HashMap<>();
        clients.all(studio, ids).forEach(client -> found.put(client.id(), client));
        return found;
    }

    /** The client's safety profile: avoid tags and ceiling from conditions, clearance from screening. */
    @Transactional(readOnly = true)
    public SafetyProfile safety(StudioId studio, Client client) {
        return safety(client, conditions.ofClient(studio, client.id()));
    }

    private static SafetyProfile safety(Client client, List<ClientCondition> recorded) {
        Set<SafetyTag> avoid = EnumSet.noneOf(SafetyTag.class);
        IntensityCeiling ceiling = client.intensityCeiling() == null ? IntensityCeiling.LIGHT_TO_MODERATE
                : client.intensityCeiling();
        for (ClientCondition condition : recorded) {
            if (condition.active()) {
                avoid.addAll(condition.rule().avoid());
                avoid.addAll(condition.extraAvoid());
                if (condition.rule().ceiling() != null) {
                    ceiling = ceiling.min(condition.rule().ceiling());
                }
            }
        }
        Set<Equipment> equipment = null;
        if (!client.equipmentAccess().isEmpty()) {
            equipment = EnumSet.noneOf(Equipment.class);
            for (EquipmentAccess access : client.equipmentAccess()) {
                equipment.addAll(access.equipment());
            }
        }
        if (client.clearanceStatus() == ClearanceStatus.NOT_SCREENED) {
            ceiling = ceiling.min(IntensityCeiling.LIGHT_TO_MODERATE);
        }
        return new SafetyProfile(client.clearanceStatus(), ceiling, avoid, equipment);
    }

    // ---- screening ----

    /** The answers as entered so far; missing ones are simply absent. */
    public record ScreeningAnswers(Map<Integer, Boolean> parq, Map<Integer, Boolean> followUps, String followUpNotes,
                                   Boolean exercisesRegularly, Boolean knownDisease, Boolean symptoms) {
    }

    /** The screening in progress, if one was saved as a draft. */
    @Transactional(readOnly = true)
    public Optional<Screening> draft(SpotterPrincipal caller, UUID clientId) {
        client(caller, clientId);
        return screenings.draft(caller.studioId(), clientId);
    }

    /** Saves a draft, or with {@code finish} decides and applies the result; unanswered questions block that. */
    @Transactional
    public Screening screen(SpotterPrincipal caller, UUID clientId, ScreeningAnswers answers, boolean finish) {
        Client client = client(caller, clientId);
        Screening draft = screenings.draft(caller.studioId(), clientId).orElse(null);
        Instant now = clock.instant();
        UUID id = draft == null ? UUID.randomUUID() : draft.id();
        Instant created = draft == null ? now : draft.createdAt();
        Map<Integer, Boolean> parq = new HashMap<>(answers.parq() == null ? Map.of() : answers.parq());
        Map<Integer, Boolean> followUps = new HashMap<>();
        if (answers.followUps() != null) {
            answers.followUps().forEach((question, yes) -> {
                if (Boolean.TRUE.equals(parq.get(question))) {
                    followUps.put(question, yes);
                }
            });
        }
        ParQPlus.Outcome outcome = ParQPlus.evaluate(parq, followUps);
        if (!finish) {
            Screening saved = new Screening(id, clientId, parq, followUps, answers.followUpNotes(),
                    answers.exercisesRegularly(), answers.knownDisease(), answers.symptoms(), outcome, null, null, null,
                    null, false, null, null, created);
            writes.saveScreening(caller.studioId(), saved);
            return saved;
        }
        List<String> missing = new ArrayList<>();
        for (ParQPlus.Question question : ParQPlus.QUESTIONS) {
            if (parq.get(question.number()) == null) {
                missing.add("parq" + question.number() + ": answer yes or no");
            } else if (parq.get(question.number()) && followUps.get(question.number()) == null) {
                missing.add("followUp" + question.number() + ": answer the follow-up for this question");
            }
        }
        if (answers.exercisesRegularly() == null) {
            missing.add("exercisesRegularly: answer yes or no");
        }
        if (answers.knownDisease() == null) {
            missing.add("knownDisease: answer yes or no");
        }
        if (answers.symptoms() == null) {
            missing.add("symptoms: answer yes or no");
        }
        if (!missing.isEmpty()) {
            throw InvalidFieldsException.of(missing);
        }
        AcsmScreening.Result acsm = AcsmScreening.assess(answers.exercisesRegularly(), answers.knownDisease(),
                answers.symptoms());
        ScreeningDecision.Decision decision = ScreeningDecision.decide(outcome, acsm);
        Screening done = new Screening(id, clientId, parq, followUps, answers.followUpNotes(),
                answers.exercisesRegularly(), answers.knownDisease(), answers.symptoms(), outcome, acsm.branch(),
                decision.status(), decision.ceiling(), decision.reason(), true, caller.memberId().value(), now, created);
        writes.finishScreening(caller, client, done, now, today().plusMonths(RESCREEN_MONTHS));
        return done;
    }

    /** Records a clinician's clearance; the client is then CLEARED with the ceiling the algorithm allows. */
    @Transactional
    public Clearances.Entry recordClearance(SpotterPrincipal caller, UUID clientId, LocalDate clearedOn,
                                            String clinician, String restrictions, IntensityCeiling ceiling,
                                            Clearances.Document document) {
        requireCoach(caller);
        Client client = client(caller, clientId);
        List<String> problems = new ArrayList<>();
        if (clearedOn == null) {
            problems.add("clearedOn: is required");
        } else if (clearedOn.isAfter(today())) {
            problems.add("clearedOn: cannot be in the future");
        }
        if (clinician == null || clinician.isBlank()) {
            problems.add("clinician: is required");
        }
        if (!problems.isEmpty()) {
            throw InvalidFieldsException.of(problems);
        }
        Screening screening = screenings.latestFinal(caller.studioId(), clientId).orElseThrow(() ->
                new InvalidFieldException("clearedOn", "finish a screening before recording a clearance"));
        AcsmScreening.Result acsm = AcsmScreening.assess(screening.exercisesRegularly(), screening.knownDisease(),
                screening.symptoms());
        return writes.recordClearance(caller, client, clearedOn, clinician.strip(), restrictions, ceiling, document,
                ScreeningDecision.cleared(acsm, ceiling).ceiling());
    }

    /** The document uploaded with a clearance. */
    @Transactional
    public Clearances.Document clearanceDocument(SpotterPrincipal caller, UUID clientId, UUID clearanceId) {
        requireCoach(caller);
        Client client = client(caller, clientId);
        Clearances.Document document = clearances.document(caller.studioId(), clientId, clearanceId)
                .orElseThrow(() -> new NotFoundException("Document"));
        audit.record(caller.studioId(), caller.memberId(), AuditTrail.Event.HEALTH_DATA_VIEWED, client.displayName(),
                "clearance document");
        return document;
    }

    // ---- conditions ----

    @Transactional(readOnly = true)
    public List<ConditionRule> rules(StudioId studio) {
        return conditions.rules(studio);
    }

    /** Saves the studio's own version of a condition rule; Spotter's cited default stays underneath. */
    @Transactional
    public ConditionRule saveRule(SpotterPrincipal caller, String key, Set<SafetyTag> avoid, IntensityCeiling ceiling,
                                  String guidance, String source) {
        if (!caller.isOwner()) {
            throw new AccessDeniedException("Only an owner edits the studio's condition rules");
        }
        ConditionRule current = conditions.rule(caller.studioId(), key).orElseThrow(() ->
                new NotFoundException("Condition rule"));
        List<String> problems = new ArrayList<>();
        if (guidance == null || guidance.isBlank()) {
            problems.add("guidance: is required");
        }
        if (source == null || source.isBlank()) {
            problems.add("source: say where the rule comes from (a guideline, a clinician, your own policy)");
        }
        if (ceiling == IntensityCeiling.NONE) {
            problems.add("ceiling: a condition rule cannot forbid all exercise; record that as a clearance");
        }
        if (!problems.isEmpty()) {
            throw InvalidFieldsException.of(problems);
        }
        ConditionRule rule = new ConditionRule(key, current.label(), current.region(),
                avoid == null ? Set.of() : avoid, ceiling, guidance.strip(), source.strip(), true);
        writes.saveRule(caller, rule);
        return rule;
    }

    @Transactional
    public void resetRule(SpotterPrincipal caller, String key) {
        if (!caller.isOwner()) {
            throw new AccessDeniedException("Only an owner edits the studio's condition rules");
        }
        writes.resetRule(caller, key);
    }

    @Transactional
    public ClientCondition addCondition(SpotterPrincipal caller, UUID clientId, String ruleKey, String side,
                                        String severity, LocalDate since, String restrictions,
                                        Set<SafetyTag> extraAvoid, String notes) {
        requireCoach(caller);
        Client client = client(caller, clientId);
        ConditionRule rule = conditions.rule(caller.studioId(), ruleKey == null ? "" : ruleKey)
                .orElseThrow(() -> new InvalidFieldException("condition", "choose a condition from the list"));
        if (since != null && since.isAfter(today())) {
            throw new InvalidFieldException("since", "cannot be in the future");
        }
        return writes.addCondition(caller, client, rule, side, severity, since, restrictions,
                extraAvoid == null ? Set.of() : extraAvoid, notes, today());
    }

    @Transactional
    public void resolveCondition(SpotterPrincipal caller, UUID clientId, UUID conditionId, boolean active) {
        requireCoach(caller);
        Client client = client(caller, clientId);
        writes.setConditionActive(caller, client, conditionId, active);
    }

    // ---- assigned coaches ----

    @Transactional(readOnly = true)
    public List<MemberId> coaches(SpotterPrincipal caller, UUID clientId) {
        client(caller, clientId);
        return clients.trainers(caller.studioId(), clientId);
    }

    /** Sets which coaches look after the client; only coaches of the studio can be assigned. */
    @Transactional
    public void assignCoaches(SpotterPrincipal caller, UUID clientId, Set<MemberId> coaches,
                              Set<MemberId> studioCoaches) {
        requireCoach(caller);
        Client client = client(caller, clientId);
        if (!studioCoaches.containsAll(coaches)) {
            throw new InvalidFieldException("coaches", "choose coaches of this studio");
        }
        writes.assignCoaches(caller, client, coaches);
    }

    // ---- emergency readiness and history ----

    /** What a coach needs in an emergency, on one screen; opening it is audited like any health-data read. */
    public record EmergencyCard(Client client, SafetyProfile safety, List<ClientCondition> conditions,
                                List<Emergency.Contact> contacts,
                                List<Emergency.Incident> incidents,
                                Optional<Emergency.Plan> plan) {
    }

    @Transactional
    public EmergencyCard emergencyCard(SpotterPrincipal caller, UUID clientId) {
        requireCoach(caller);
        Client client = client(caller, clientId);
        audit.record(caller.studioId(), caller.memberId(), AuditTrail.Event.HEALTH_DATA_VIEWED, client.displayName(),
                "emergency card");
        List<ClientCondition> recorded = conditions.ofClient(caller.studioId(), clientId);
        return new EmergencyCard(client, safety(client, recorded), recorded,
                emergency.contacts(caller.studioId(), clientId),
                emergency.incidents(caller.studioId(), clientId), emergency.plan(caller.studioId()));
    }

    @Transactional
    public Emergency.Contact addContact(SpotterPrincipal caller, UUID clientId,
                                                                     String name, String relationship,
                                                                     String phone) {
        Client client = client(caller, clientId);
        return writes.addContact(caller, client, name, relationship, phone);
    }

    @Transactional
    public void removeContact(SpotterPrincipal caller, UUID clientId, UUID contactId) {
        Client client = client(caller, clientId);
        writes.removeContact(caller, client, contactId);
    }

    @Transactional
    public Emergency.Incident reportIncident(SpotterPrincipal caller, UUID clientId,
            Instant occurredAt, String whatHappened, String actionsTaken, String firstAid, String followUp) {
        requireCoach(caller);
        Client client = client(caller, clientId);
        return writes.reportIncident(caller, client, occurredAt, whatHappened, actionsTaken, firstAid, followUp);
    }

    @Transactional(readOnly = true)
    public Optional<Emergency.Plan> plan(SpotterPrincipal caller) {
        return emergency.plan(caller.studioId());
    }

    @Transactional
    public void savePlan(SpotterPrincipal caller, Emergency.Plan plan) {
        if (!caller.isOwner()) {
            throw new AccessDeniedException("Only an owner edits the emergency action plan");
        }
        writes.savePlan(caller, plan);
    }

    @Transactional(readOnly = true)
    public List<ClientHistory.Change> history(SpotterPrincipal caller, UUID clientId) {
        client(caller, clientId);
        return history.of(caller.studioId(), clientId, 100);
    }

    private static void requireCoach(SpotterPrincipal caller) {
        if (!caller.coaches()) {
            throw new AccessDeniedException("Only coaches manage clients");
        }
    }
}
