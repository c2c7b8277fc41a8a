package dev.spotter.training.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.spotter.platform.api.PageResponse;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.programs.ProgramBook;
import dev.spotter.programs.engine.Session;
import dev.spotter.training.FinishWorkout;
import dev.spotter.science.NextLoad;
import dev.spotter.science.PersonalRecords;
import dev.spotter.training.LoadSuggestion;
import dev.spotter.training.LoggedSet;
import dev.spotter.training.SetEntry;
import dev.spotter.training.Today;
import dev.spotter.training.TrainingLog;
import dev.spotter.training.Workout;
import dev.spotter.training.WorkoutComment;
import dev.spotter.training.WorkoutFile;
import dev.spotter.training.WorkoutStatus;
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
 * Training over HTTP: the client's session for today, starting it, logging sets (resending a set, or a request
 * with the same Idempotency-Key, never stores it twice), finishing it, and reading workouts back.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Training", description = "Today's session, workouts and logged sets")
class TrainingApi {

    private final TrainingLog log;

    TrainingApi(TrainingLog log) {
        this.log = log;
    }

    // ---- DTOs ----

    @Schema(description = "A workout: the session of the program it trains, its state, session RPE (CR-10), "
            + "minutes and the session load (RPE x minutes), and how many sets were done of those prescribed")
    record WorkoutDto(UUID id, UUID clientId, UUID programId, int programVersion, int weekNumber, int sessionIndex,
                      String sessionName, WorkoutStatus status, Instant startedAt, Instant finishedAt,
                      Integer sessionRpe, Integer minutes, Integer load, String notes, int setsDone,
                      int setsPrescribed) {

        static WorkoutDto of(Workout w) {
            return new WorkoutDto(w.id(), w.clientId(), w.programId(), w.programVersion(), w.weekNumber(),
                    w.sessionIndex(), w.sessionName(), w.status(), w.startedAt(), w.finishedAt(), w.sessionRpe(),
                    w.minutes(), w.load(), w.notes(), w.setsDone(), w.prescribedSets());
        }
    }

    @Schema(description = "A logged set; id is the set id the device chose")
    record SetDto(UUID id, UUID workoutId, String slot, String exerciseId, int setNumber, Integer reps,
                  BigDecimal loadKg, BigDecimal rpe, Integer rir, Integer seconds, Integer metres, Integer avgHr,
                  Integer maxHr, boolean done, Instant loggedAt) {

        static SetDto of(LoggedSet s) {
            return new SetDto(s.id(), s.workoutId(), s.slot(), s.exerciseId(), s.setNumber(), s.reps(), s.loadKg(),
                    s.rpe(), s.rir(), s.seconds(), s.metres(), s.avgHr(), s.maxHr(), s.done(), s.loggedAt());
        }
    }

    @Schema(description = "A coach's note on a workout, shown to the client")
    record CommentDto(UUID id, UUID workoutId, String author, String body, Instant createdAt) {

        static CommentDto of(WorkoutComment c) {
            return new CommentDto(c.id(), c.workoutId(), c.author(), c.body(), c.createdAt());
        }
    }

    @Schema(description = "A workout with the session as prescribed when it started, every set logged, and the "
            + "coach's notes on it")
    record WorkoutFileDto(WorkoutDto workout, Session session, List<SetDto> sets, List<CommentDto> comments,
                          List<AdjustmentsApi.SwapDto> swaps, List<AdjustmentsApi.PainDto> pain,
                          List<RecordDto> records,
                          @Schema(description = "Estimated kcal (2011 Compendium METs x body mass); null while "
                                  + "unfinished or without the client's body mass") Long kcal) {

        static WorkoutFileDto of(WorkoutFile file) {
            return new WorkoutFileDto(WorkoutDto.of(file.workout()), file.session(),
                    file.sets().stream().map(SetDto::of).toList(),
                    file.comments().stream().map(CommentDto::of).toList(),
                    file.swaps().stream().map(AdjustmentsApi.SwapDto::of).toList(),
                    file.pain().stream().map(AdjustmentsApi.PainDto::of).toList(),
                    file.records().stream().map(RecordDto::of).toList(), file.kcal());
        }
    }

    @Schema(description = "A personal record the workout set: kind ESTIMATED_1RM (value in kg), REPS_AT_LOAD (value "
            + "in reps at loadKg) or SESSION_VOLUME (value in kg x reps); previous is the best it beat")
    record RecordDto(PersonalRecords.Kind kind, String exerciseId, double value, double previous, double loadKg) {

        static RecordDto of(PersonalRecords.PersonalRecord record) {
            return new RecordDto(record.kind(), record.exerciseId(), record.value(), record.previous(),
                    record.loadKg());
        }
    }

    @Schema(description = "Today's suggested load for a slot, rounded to the studio's plates, dumbbells or stack: "
            + "loadKg, and amount in the client's unit; rule is how it was found (ADD_LOAD, HOLD_LOAD, REDUCE_LOAD, "
            + "RPE_CHART, DELOAD after a stall)")
    record SuggestionDto(String slot, String exerciseId, double loadKg, BigDecimal amount, String unit,
                         NextLoad.Rule rule, String reason) {

        static SuggestionDto of(LoadSuggestion s) {
            return new SuggestionDto(s.slot(), s.exerciseId(), s.loadKg(), s.amount(), s.unit().symbol(), s.rule(),
                    s.reason());
        }
    }

    @Schema(description = "A note to the client about the workout, 1 to 1000 characters")
    record CommentInput(String body) {
    }

    @Schema(description = "One of the client's latest finished workouts with their coach's notes on it")
    record RecentDto(WorkoutDto workout, List<CommentDto> comments) {
    }

    @Schema(description = "The client's session for today. state: NO_PROGRAM (nothing published), READY (the "
            + "next session not yet done, in plan order), IN_PROGRESS (the open workout), COMPLETE (every session "
            + "done). lastTime maps an exercise id to what the client did last time, such as \"3 x 10 @ 40 kg\"; recent "
            + "lists their latest finished workouts with their coach's notes; suggestions maps a slot to today's "
            + "load; cautions maps a slot to a warning about a movement the client reported as painful; swaps and "
            + "pain are those of the open workout; unit is the client's (kg or lb)")
    record TodayDto(Today.State state, UUID programId, String programTitle, Integer weekNumber, Integer sessionIndex,
                    Integer sessionNumber, Integer sessionsInPlan, String position, int sessionsDone,
                    Session session, WorkoutDto workout, List<SetDto> sets, Map<String, String> lastTime,
                    List<RecentDto> recent, Map<String, SuggestionDto> suggestions, Map<String, String> cautions,
                    List<AdjustmentsApi.SwapDto> swaps, List<AdjustmentsApi.PainDto> pain, String unit) {

        static TodayDto of(Today today) {
            var position = today.position();
            return new TodayDto(today.state(),
                    today.published() == null ? null : today.published().program().id(),
                    today.published() == null ? null : today.published().program().title(),
                    position == null ? null : position.weekNumber(), position == null ? null : position.sessionIndex(),
                    position == null ? null : position.ordinal(), position == null ? null : position.total(),
                    position == null ? null : position.describe(), today.sessionsDone(), today.session(),
                    today.workout() == null ? null : WorkoutDto.of(today.workout()),
                    today.sets().stream().map(SetDto::of).toList(), lastTime(today),
                    today.recent().stream().map(workout -> new RecentDto(WorkoutDto.of(workout),
                            today.comments(workout).stream().map(CommentDto::of).toList())).toList(),
                    suggestions(today), today.cautions(),
                    today.swaps().stream().map(AdjustmentsApi.SwapDto::of).toList(),
                    today.pain().stream().map(AdjustmentsApi.PainDto::of).toList(), today.unit().symbol());
        }

        private static Map<String, SuggestionDto> suggestions(Today today) {
            Map<String, SuggestionDto> bySlot = new LinkedHashMap<>();
            today.suggestions().forEach((slot, suggestion) -> bySlot.put(slot, SuggestionDto.of(suggestion)));
            return bySlot;
        }

        private static Map<String, String> lastTime(Today today) {
            Map<String, String> described = new LinkedHashMap<>();
            today.previous().keySet().forEach(exercise -> described.put(exercise, today.lastTime(exercise)));
            return described;
        }
    }

    @Schema(description = "A set to log. setId: a new UUID the device chooses for each set, so that sending it "
            + "again stores it once. slot: the prescription's slot in the session. reps 0-100, loadKg 0-500, "
            + "rpe 1-10 in half steps or rir 0-10, seconds 1-14400, metres 1-100000, avgHr and maxHr 30-230; done "
            + "defaults to true (mobility work logs only done)")
    record SetInput(UUID setId, String slot, Integer setNumber, Integer reps, BigDecimal loadKg, BigDecimal rpe,
                    Integer rir, Integer seconds, Integer metres, Integer avgHr, Integer maxHr, Boolean done) {
    }

    @Schema(description = "How the session went: sessionRpe 0-10 on the CR-10 scale (required), minutes 1-600 "
            + "(counted from the start when left out), notes for the coach (up to 1000 characters)")
    record FinishInput(Integer sessionRpe, Integer minutes, String notes) {
    }

    // ---- operations ----

    @GetMapping("/me/today")
    @Operation(summary = "The calling client's session for today",
            description = "The next session of their published program not yet done, in plan order (a missed "
                    + "session moves the plan back, it is never skipped), or the workout they have open.")
    TodayDto today(@AuthenticationPrincipal SpotterPrincipal me) {
        return TodayDto.of(log.today(me));
    }

    @PostMapping("/workouts")
    @Operation(summary = "Start the calling client's next session",
            description = "201 with the new workout; 200 with the open one when a session is already open. 409 "
                    + "when no program is published or every session is done.")
    ResponseEntity<WorkoutDto> start(@AuthenticationPrincipal SpotterPrincipal me,
                                     @Parameter(description = "Makes a retry safe")
                                     @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        TrainingLog.Started started = log.start(me);
        return ResponseEntity.status(started.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(WorkoutDto.of(started.workout()));
    }

    @PostMapping("/workouts/{id}/sets")
    @Operation(summary = "Log a set of the calling client's open workout",
            description = "A set whose setId the workout already has is answered as stored, not stored again; a "
                    + "request repeating an Idempotency-Key gets the first response replayed. 400 names each field "
                    + "out of range; 409 when the workout is finished.")
    ResponseEntity<SetDto> logSet(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                                  @Parameter(description = "Makes a retry safe")
                                  @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                  @RequestBody SetInput input) {
        SetEntry entry = new SetEntry(input.setId(), input.slot(), input.setNumber(), input.reps(), input.loadKg(),
                input.rpe(), input.rir(), input.seconds(), input.metres(), input.avgHr(), input.maxHr(),
                input.done());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(SetDto.of(log.log(me, ProgramBook.uuid(id, "Workout"), entry)));
    }

    @PostMapping("/workouts/{id}/finish")
    @Operation(summary = "Finish the calling client's workout with session RPE, minutes and notes",
            description = "Finishing a finished workout answers it unchanged.")
    WorkoutDto finish(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                      @Parameter(description = "Makes a retry safe")
                      @RequestHeader(name = "Idempotency-Key", required = false) String key,
                      @RequestBody FinishInput input) {
        return WorkoutDto.of(log.finish(me, ProgramBook.uuid(id, "Workout"),
                new FinishWorkout(input.sessionRpe(), input.minutes(), input.notes())));
    }

    @GetMapping("/workouts")
    @Operation(summary = "Workouts, newest first",
            description = "Coaches see their studio's, one client's with clientId; a client's token sees only "
                    + "their own.")
    PageResponse<WorkoutDto> list(@AuthenticationPrincipal SpotterPrincipal me,
                                  @RequestParam(required = false) UUID clientId,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        TrainingLog.Page result = log.list(me, clientId, paging);
        return PageResponse.of(result.items(), paging, result.total()).map(WorkoutDto::of);
    }

    @PostMapping("/workouts/{id}/comments")
    @Operation(summary = "Add a coach's note to a workout (coaches only)",
            description = "The client reads it on their Today screen. 400 names the body when it is empty or too "
                    + "long.")
    ResponseEntity<CommentDto> comment(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                                       @Parameter(description = "Makes a retry safe")
                                       @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                       @RequestBody CommentInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(CommentDto.of(log.comment(me,
                ProgramBook.uuid(id, "Workout"), input.body())));
    }

    @GetMapping("/workouts/{id}")
    @Operation(summary = "A workout with the session as prescribed and every set logged",
            description = "A client's token reads only their own workouts; others are 404.")
    WorkoutFileDto workout(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id) {
        return WorkoutFileDto.of(log.workout(me, ProgramBook.uuid(id, "Workout")));
    }
}
