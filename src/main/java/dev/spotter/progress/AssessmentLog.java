package dev.spotter.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.progress.internal.Assessments;
import dev.spotter.science.assessment.AssessmentKind;
import dev.spotter.science.assessment.AssessmentResult;
import dev.spotter.science.assessment.Input;
import dev.spotter.science.assessment.Subject;
import dev.spotter.studios.StudioDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fitness assessments: sessions a coach plans and runs from a phone, and each result scored against its published
 * norm at the client's age on the day, with the change since the previous result of the same test.
 */
@Service
public class AssessmentLog {

    static final int MAX_LIFT = 80;

    private final ClientDirectory clients;
    private final StudioDirectory studios;
    private final Assessments assessments;
    private final Clock clock;

    AssessmentLog(ClientDirectory clients, StudioDirectory studios, Assessments assessments, Clock clock) {
        this.clients = clients;
        this.studios = studios;
        this.assessments = assessments;
        this.clock = clock;
    }

    LocalDate today(SpotterPrincipal caller) {
        return LocalDate.now(clock.withZone(studios.timeZone(caller.studioId())));
    }

    /** Plans a session of the given tests for a day (coaches only). */
    @Transactional
    public AssessmentSession schedule(SpotterPrincipal caller, UUID clientId, LocalDate day, String title,
                                      List<AssessmentKind> kinds) {
        ProgressLog.requireCoach(caller);
        Client client = clients.client(caller, clientId);
        if (day == null) {
            throw new InvalidFieldException("scheduledOn", "is required");
        }
        if (kinds == null || kinds.isEmpty()) {
            throw new InvalidFieldException("kinds", "must name at least one test");
        }
        String name = title == null || title.isBlank() ? "Assessment" : title.strip();
        if (name.length() > 80) {
            throw new InvalidFieldException("title", "must be at most 80 characters");
        }
        AssessmentSession session = new AssessmentSession(UUID.randomUUID(), client.id(), day, name,
                kinds.stream().distinct().toList(), false, null);
        assessments.addSession(caller.studioId(), session, caller.memberId().value(), Instant.now(clock));
        return session;
    }

    /** A session and the results recorded in it so far, by test. */
    public record SessionFile(Client client, AssessmentSession session, Map<AssessmentKind, TestResult> results) {
    }

    @Transactional(readOnly = true)
    public SessionFile session(SpotterPrincipal caller, UUID clientId, UUID sessionId) {
        ProgressLog.requireCoach(caller);
        Client client = clients.client(caller, clientId);
        AssessmentSession session = assessments.session(caller.studioId(), sessionId)
                .filter(found -> found.clientId().equals(client.id()))
                .orElseThrow(() -> new NotFoundException("Assessment session"));
        Map<AssessmentKind, TestResult> results = new HashMap<>();
        for (TestResult result : score(client, assessments.ofClient(caller.studioId(), client.id()))) {
            if (sessionId.equals(result.sessionId())) {
                results.put(result.kind(), result);
            }
        }
        return new SessionFile(client, session, results);
    }

    public List<AssessmentSession> sessions(SpotterPrincipal caller, UUID clientId, int limit) {
        Client client = clients.client(caller, clientId);
        return assessments.sessions(caller.studioId(), client.id(), limit);
    }

    @Transactional
    public AssessmentSession finish(SpotterPrincipal caller, UUID clientId, UUID sessionId) {
        SessionFile file = session(caller, clientId, sessionId);
        if (file.results().isEmpty()) {
            throw new ConflictException("session", "has no result yet: record at least one test first");
        }
        assessments.finish(caller.studioId(), sessionId, Instant.now(clock));
        return assessments.session(caller.studioId(), sessionId).orElseThrow();
    }

    /** Records and scores a result (coaches only); 400 names the input that is missing or impossible. */
    @Transactional
    public TestResult record(SpotterPrincipal caller, UUID clientId, RecordTest command) {
        ProgressLog.requireCoach(caller);
        Client client = clients.client(caller, clientId);
        if (command.kind() == null) {
            throw new InvalidFieldException("kind", "is required");
        }
        LocalDate day = command.testedOn();
        if (day == null) {
            throw new InvalidFieldException("testedOn", "is required");
        }
        if (day.isAfter(today(caller))) {
            throw new InvalidFieldException("testedOn", "cannot be in the future");
        }
        Subject subject = subject(client, day);
        for (Input input : command.kind().inputs()) {
            try {
                input.require(command.inputs().get(input));
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException(field(input), e.getMessage().substring(input.label().length() + 1));
            }
        }
        String lift = command.lift() == null || command.kind().estimate() != dev.spotter.science.assessment.Estimate
                .ONE_REP_MAX || command.lift().isBlank() ? null : command.lift().strip();
        if (command.kind().estimate() == dev.spotter.science.assessment.Estimate.ONE_REP_MAX && lift == null) {
            throw new InvalidFieldException("lift", "is required for a repetition maximum");
        }
        if (lift != null && lift.length() > MAX_LIFT) {
            throw new InvalidFieldException("lift", "must be at most " + MAX_LIFT + " characters");
        }
        String notes = command.notes() == null || command.notes().isBlank() ? null : command.notes().strip();
        if (notes != null && notes.length() > ProgressLog.MAX_NOTES) {
            throw new InvalidFieldException("notes", "must be at most " + ProgressLog.MAX_NOTES + " characters");
        }
        if (command.sessionId() != null) {
            assessments.session(caller.studioId(), command.sessionId())
                    .filter(found -> found.clientId().equals(client.id()))
                    .orElseThrow(() -> new NotFoundException("Assessment session"));
        }
        Map<Input, Double> inputs = new HashMap<>();
        command.kind().inputs().forEach(input -> inputs.put(input, command.inputs().get(input)));
        try {
            dev.spotter.science.assessment.Assessments.evaluate(command.kind(), subject, inputs);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field(command.kind().inputs().get(0)), e.getMessage());
        }
        Assessments.Stored stored = new Assessments.Stored(UUID.randomUUID(), client.id(), command.sessionId(), day,
                command.kind(), inputs, lift, notes, Instant.now(clock));
        if (command.sessionId() != null) {
            // A session holds one result per test: saving it again corrects it.
            assessments.deleteInSession(caller.studioId(), command.sessionId(), command.kind());
        }
        assessments.add(caller.studioId(), stored, caller.memberId().value());
        return score(client, assessments.ofClient(caller.studioId(), client.id())).stream()
                .filter(result -> result.id().equals(stored.id())).findFirst().orElseThrow();
    }

    /** Every result of the client, oldest first, scored, each with its change since the one before. */
    @Transactional(readOnly = true)
    public List<TestResult> results(SpotterPrincipal caller, UUID clientId) {
        Client client = clients.client(caller, clientId);
        return score(client, assessments.ofClient(caller.studioId(), client.id()));
    }

    @Transactional
    public void delete(SpotterPrincipal caller, UUID clientId, UUID resultId) {
        ProgressLog.requireCoach(caller);
        Client client = clients.client(caller, clientId);
        assessments.find(caller.studioId(), resultId).filter(found -> found.clientId().equals(client.id()))
                .orElseThrow(() -> new NotFoundException("Assessment result"));
        assessments.delete(caller.studioId(), resultId);
    }

    /** The form field (and API property) of an input: DISTANCE_M is "distanceM". */
    public static String field(Input input) {
        String[] words = input.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder field = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            field.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return field.toString();
    }

    static List<TestResult> score(Client client, List<Assessments.Stored> stored) {
        ClientBody body = ClientBody.of(client);
        Map<String, TestResult> previous = new HashMap<>();
        List<TestResult> scored = new ArrayList<>(stored.size());
        for (Assessments.Stored s : stored) {
            Integer age = body.ageOn(s.testedOn());
            if (age == null || body.sex() == null || age < 3 || age > 110) {
                continue;
            }
            AssessmentResult result = dev.spotter.science.assessment.Assessments.evaluate(s.kind(),
                    new Subject(age, body.sex()), s.inputs());
            String series = s.kind().code() + (s.lift() == null ? "" : ":" + s.lift().toLowerCase(java.util.Locale.ROOT));
            TestResult before = previous.get(series);
            TestResult test = new TestResult(s.id(), s.clientId(), s.sessionId(), s.testedOn(), s.kind(), s.inputs(),
                    s.lift(), s.notes(), s.recordedAt(), result,
                    before == null ? null : result.changeSince(before.result()));
            previous.put(series, test);
            scored.add(test);
        }
        return scored;
    }

    private static Subject subject(Client client, LocalDate day) {
        ClientBody body = ClientBody.of(client);
        Integer age = body.ageOn(day);
        if (age == null) {
            throw new InvalidFieldException("client", "needs a date of birth in their profile: norms are by age");
        }
        if (body.sex() == null) {
            throw new InvalidFieldException("client", "needs their sex in their profile: norms are by sex");
        }
        if (age < 3 || age > 110) {
            throw new InvalidFieldException("testedOn", "gives an age outside 3 to 110 years");
        }
        return new Subject(age, body.sex());
    }
}
