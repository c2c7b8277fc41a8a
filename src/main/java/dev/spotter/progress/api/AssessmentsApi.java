package dev.spotter.progress.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.spotter.clients.Client;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.PageResponse;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.progress.AssessmentLog;
import dev.spotter.progress.AssessmentSession;
import dev.spotter.progress.ProgressLog;
import dev.spotter.progress.RecordTest;
import dev.spotter.progress.TestResult;
import dev.spotter.progress.web.SeriesCsv;
import dev.spotter.science.assessment.AssessmentKind;
import dev.spotter.science.assessment.Input;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Fitness assessments over HTTP: sessions, results with estimate, norm rating and change, and their CSV. */
@RestController
@RequestMapping("/api/v1/clients/{clientId}")
@Tag(name = "Progress", description = "Body measurements, assessments, goals, trends and reports")
class AssessmentsApi {

    private final AssessmentLog assessments;
    private final ProgressLog progress;

    AssessmentsApi(AssessmentLog assessments, ProgressLog progress) {
        this.assessments = assessments;
        this.progress = progress;
    }

    @Schema(description = "A test result to record. kind: a test code (cooper-12-minute-run, sft-chair-stand, "
            + "push-ups...); inputs in SI keyed distanceM, timeS, heartRateBpm, systolicMmhg, diastolicMmhg, bodyMassKg, "
            + "heightM, repetitions, loadKg, reachM, leftReachM, rightReachM, jumpHeightM, vo2max, bodyFatPercent as "
            + "the test needs; lift for a repetition maximum; sessionId of a planned session, optional")
    record TestInput(String kind, LocalDate testedOn, Map<String, Double> inputs, String lift, UUID sessionId,
                     String notes) {
    }

    @Schema(description = "A scored result: value in the test's unit, estimate (VO2max ml/kg/min, peak power W, "
            + "estimated 1RM kg) where the test has one, rating band and its source (normed false when no norm "
            + "covers the client), and the change since the previous result of the same test: valueDelta, "
            + "estimateDelta and trend BETTER, WORSE, UNCHANGED or NOT_RANKED; null for a first result")
    record ResultDto(UUID id, String kind, String name, LocalDate testedOn, String lift, double value, String unit,
                     Double estimate, String estimateLabel, String estimateUnit, String rating, boolean normed,
                     String normSource, ChangeDto change, Map<String, Double> inputs, UUID sessionId, String notes) {

        static ResultDto of(TestResult t) {
            var r = t.result();
            Map<String, Double> inputs = new LinkedHashMap<>();
            t.inputs().forEach((input, value) -> inputs.put(AssessmentLog.field(input), value));
            return new ResultDto(t.id(), t.kind().code(), t.kind().displayName(), t.testedOn(), t.lift(), r.value(),
                    t.kind().unit(), r.estimate().isPresent() ? ProgressApi.round(r.estimate().getAsDouble(), 1) : null,
                    r.estimate().isPresent() ? t.kind().estimate().label() : null,
                    r.estimate().isPresent() ? t.kind().estimate().unit() : null, r.rating().band(),
                    r.rating().normed(), r.rating().source(), t.change() == null ? null : new ChangeDto(
                    t.change().valueDelta(), t.change().estimateDelta().isPresent()
                    ? t.change().estimateDelta().getAsDouble() : null, t.change().trend().name()), inputs,
                    t.sessionId(), t.notes());
        }
    }

    @Schema(description = "The change since the previous result of the same test")
    record ChangeDto(double valueDelta, Double estimateDelta, String trend) {
    }

    @Schema(description = "An assessment to plan: the day, and either a battery (SENIOR_FITNESS_TEST, FITNESSGRAM, "
            + "HEALTH_AND_FITNESS, AEROBIC_FIELD_TESTS, STRENGTH_AND_POWER) or a list of test codes")
    record SessionInput(LocalDate scheduledOn, String battery, List<String> kinds, String title) {
    }

    @Schema(description = "A planned assessment with its tests in order")
    record SessionDto(UUID id, LocalDate scheduledOn, String title, List<String> kinds, boolean done) {

        static SessionDto of(AssessmentSession s) {
            return new SessionDto(s.id(), s.scheduledOn(), s.title(),
                    s.kinds().stream().map(AssessmentKind::code).toList(), s.done());
        }
    }

    @GetMapping("/assessments")
    @Operation(summary = "A client's assessment results, newest first, scored and with their change")
    PageResponse<ResultDto> results(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID clientId,
                                    @RequestParam(required = false) String kind,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        List<TestResult> all = new ArrayList<>(assessments.results(me, clientId).stream()
                .filter(t -> kind == null || t.kind().code().equals(kind)).toList());
        java.util.Collections.reverse(all);
        int from = (int) Math.min(all.size(), paging.offset());
        return PageResponse.of(all.subList(from, Math.min(all.size(), from + paging.size())), paging, all.size())
                .map(ResultDto::of);
    }

    @PostMapping("/assessments")
    @Operation(summary = "Record a test result (coaches only)",
            description = "201 with the result scored against the norm for the client's age and sex on the day. "
                    + "400 names the input that is missing or outside what a person can produce.")
    ResponseEntity<ResultDto> record(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID clientId,
                                     @Parameter(description = "Makes a retry safe")
                                     @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                     @RequestBody TestInput input) {
        AssessmentKind kind = kind(input.kind(), "kind");
        Map<Input, Double> inputs = new EnumMap<>(Input.class);
        if (input.inputs() != null) {
            input.inputs().forEach((name, value) -> {
                Input known = java.util.Arrays.stream(Input.values())
                        .filter(candidate -> AssessmentLog.field(candidate).equals(name)).findFirst()
                        .orElseThrow(() -> new InvalidFieldException("inputs." + name, "is not an input of any test"));
                inputs.put(known, value);
            });
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(ResultDto.of(assessments.record(me, clientId,
                new RecordTest(kind, input.testedOn(), inputs, input.lift(), input.sessionId(), input.notes()))));
    }

    @PostMapping("/assessment-sessions")
    @Operation(summary = "Plan an assessment session (coaches only)")
    ResponseEntity<SessionDto> schedule(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID clientId,
                                        @RequestBody SessionInput input) {
        List<AssessmentKind> kinds = new ArrayList<>();
        String title = input.title();
        if (input.battery() != null) {
            AssessmentSession.Battery battery = java.util.Arrays.stream(AssessmentSession.Battery.values())
                    .filter(b -> b.name().equals(input.battery())).findFirst()
                    .orElseThrow(() -> new InvalidFieldException("battery", "is not a known battery"));
            kinds.addAll(battery.kinds());
            title = title == null ? battery.title() : title;
        }
        if (input.kinds() != null) {
            input.kinds().forEach(code -> kinds.add(kind(code, "kinds")));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(SessionDto.of(assessments.schedule(me, clientId,
                input.scheduledOn(), title, kinds)));
    }

    @GetMapping("/assessment-sessions")
    @Operation(summary = "A client's assessment sessions, planned ones first")
    List<SessionDto> sessions(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID clientId) {
        return assessments.sessions(me, clientId, 100).stream().map(SessionDto::of).toList();
    }

    @GetMapping(value = "/assessments.csv", produces = "text/csv")
    @Operation(summary = "Every assessment result of a client as CSV")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID clientId) {
        Client client = progress.client(me, clientId);
        return SeriesCsv.assessments(client.displayName(), assessments.results(me, clientId));
    }

    private static AssessmentKind kind(String code, String field) {
        if (code == null) {
            throw new InvalidFieldException(field, "is required");
        }
        try {
            return AssessmentKind.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, "is not a known test: " + code);
        }
    }
}
