package dev.spotter.training.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.spotter.exercises.engine.Substitution;
import dev.spotter.platform.api.Choices;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.programs.ProgramBook;
import dev.spotter.training.Attention;
import dev.spotter.training.BodyRegion;
import dev.spotter.training.ClientTraining;
import dev.spotter.training.PainReport;
import dev.spotter.training.ReportPain;
import dev.spotter.training.Swap;
import dev.spotter.training.SwapExercise;
import dev.spotter.training.SwapReason;
import dev.spotter.training.TrainingLog;
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

/**
 * Changing a workout on the way over HTTP: the safe alternatives for a slot, swapping an exercise with a reason,
 * reporting pain; and for coaches, what needs their attention and resolving a pain report.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Training", description = "Today's session, workouts and logged sets")
class AdjustmentsApi {

    private final TrainingLog log;

    AdjustmentsApi(TrainingLog log) {
        this.log = log;
    }

    @Schema(description = "An exercise trained in place of the prescribed one in a slot, and why. reason "
            + "PAIN_AVOIDED is Spotter's own swap for a movement the client reported as painful")
    record SwapDto(UUID id, UUID workoutId, String slot, String fromExerciseId, String fromExerciseName,
                   String toExerciseId, String toExerciseName, SwapReason reason, String note, Instant swappedAt) {

        static SwapDto of(Swap s) {
            return new SwapDto(s.id(), s.workoutId(), s.slot(), s.fromExerciseId(), s.fromExerciseName(),
                    s.toExerciseId(), s.toExerciseName(), s.reason(), s.note(), s.swappedAt());
        }
    }

    @Schema(description = "A client's pain report: score 0-10, region, side, the exercise it happened in, the "
            + "condition rule Spotter suggests the coach record, and whether a coach resolved it. While open, the "
            + "client's next sessions avoid the movement")
    record PainDto(UUID id, UUID clientId, UUID workoutId, String slot, String exerciseId, String exerciseName,
                   String pattern, int score, BodyRegion region, String side, String note, String suggestedCondition,
                   Instant reportedAt, Instant resolvedAt, String resolution, boolean open) {

        static PainDto of(PainReport r) {
            return new PainDto(r.id(), r.clientId(), r.workoutId(), r.slot(), r.exerciseId(), r.exerciseName(),
                    r.pattern(), r.score(), r.region(), r.side(), r.note(), r.suggestedCondition(), r.reportedAt(),
                    r.resolvedAt(), r.resolution(), r.open());
        }
    }

    @Schema(description = "A safe alternative: the exercise, how well it matches (higher is closer), and why")
    record AlternativeDto(String exerciseId, String name, int score, String reason) {
    }

    @Schema(description = "The alternatives to the exercise in a slot for this client; explanation says what ruled "
            + "candidates out when there are none")
    record AlternativesDto(String slot, String exerciseId, String exerciseName, List<AlternativeDto> alternatives,
                           String explanation) {
    }

    @Schema(description = "Swap the exercise in a slot. swapId: a new UUID the device chooses, so that sending it "
            + "again makes one swap. exerciseId: one of the alternatives. reason: BUSY, NO_EQUIPMENT, PAIN, "
            + "TOO_HARD, TOO_EASY or OTHER. note: up to 500 characters")
    record SwapInput(UUID swapId, String slot, String exerciseId, String reason, String note) {
    }

    @Schema(description = "Report pain. reportId: a new UUID the device chooses. slot: the exercise it happened in "
            + "(optional). score: 0-10. region: NECK, SHOULDER, ELBOW, WRIST_HAND, CHEST, UPPER_BACK, LOWER_BACK, "
            + "HIP, KNEE, ANKLE_FOOT or OTHER. side: LEFT, RIGHT or BOTH (optional). note: up to 500 characters")
    record PainInput(UUID reportId, String slot, Integer score, String region, String side, String note) {
    }

    @Schema(description = "What needs a coach's attention for a client (open pain, sessions behind the plan, no "
            + "recent session, load spikes) and their pain reports, open ones first")
    record AttentionDto(UUID clientId, List<Attention> attention, List<PainDto> pain) {
    }

    @Schema(description = "Resolving a pain report: an optional note up to 500 characters")
    record ResolveInput(String resolution) {
    }

    @GetMapping("/workouts/{id}/alternatives")
    @Operation(summary = "Safe alternatives for the exercise in a slot of the calling client's workout",
            description = "Ranked by the substitution engine for this client: their conditions, equipment, level "
                    + "and any movement they reported as painful.")
    AlternativesDto alternatives(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                                 @RequestParam String slot) {
        Substitution found = log.alternatives(me, ProgramBook.uuid(id, "Workout"), slot);
        return new AlternativesDto(slot, found.original().id(), found.original().name(),
                found.alternatives().stream().map(alternative -> new AlternativeDto(alternative.exercise().id(),
                        alternative.exercise().name(), alternative.score(), alternative.reason())).toList(),
                found.explanation());
    }

    @PostMapping("/workouts/{id}/swaps")
    @Operation(summary = "Swap the exercise in a slot of the calling client's open workout",
            description = "201 with the swap. A swapId already used answers the swap as made; a request repeating "
                    + "an Idempotency-Key gets the first response replayed. 400 names the field (exerciseId when "
                    + "it is not a safe alternative); 409 when the workout is finished.")
    ResponseEntity<SwapDto> swap(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                                 @Parameter(description = "Makes a retry safe")
                                 @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                 @RequestBody SwapInput input) {
        SwapExercise command = new SwapExercise(input.swapId(), input.slot(), input.exerciseId(),
                Choices.of(SwapReason.class, "reason", input.reason()), input.note());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(SwapDto.of(log.swap(me, ProgramBook.uuid(id, "Workout"), command)));
    }

    @PostMapping("/workouts/{id}/pain")
    @Operation(summary = "Report pain in the calling client's workout",
            description = "201 with the report. The coach sees it with a suggested condition, and until they "
                    + "resolve it the client's next sessions avoid the movement. A reportId already used answers "
                    + "the report as stored.")
    ResponseEntity<PainDto> reportPain(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                                       @Parameter(description = "Makes a retry safe")
                                       @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                       @RequestBody PainInput input) {
        ReportPain command = new ReportPain(input.reportId(), input.slot(), input.score(),
                Choices.of(BodyRegion.class, "region", input.region()), input.side(), input.note());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(PainDto.of(log.reportPain(me, ProgramBook.uuid(id, "Workout"), command)));
    }

    @GetMapping("/clients/{id}/attention")
    @Operation(summary = "What needs a coach's attention in a client's training (coaches only)")
    AttentionDto attention(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id) {
        ClientTraining training = log.forClient(me, ProgramBook.uuid(id, "Client"), new Paging(0, 1));
        return new AttentionDto(training.client().id(), training.attention(),
                training.pain().stream().map(PainDto::of).toList());
    }

    @PostMapping("/clients/{id}/pain/{reportId}/resolve")
    @Operation(summary = "Resolve a client's pain report (coaches only)",
            description = "The movement comes back into the client's sessions. Resolving a resolved report "
                    + "answers it unchanged.")
    PainDto resolve(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                    @PathVariable String reportId,
                    @Parameter(description = "Makes a retry safe")
                    @RequestHeader(name = "Idempotency-Key", required = false) String key,
                    @RequestBody(required = false) ResolveInput input) {
        return PainDto.of(log.resolvePain(me, ProgramBook.uuid(id, "Client"), ProgramBook.uuid(reportId,
                "Pain report"), input == null ? null : input.resolution()));
    }
}
