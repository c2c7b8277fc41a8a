package dev.spotter.exercises.api;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.ExerciseCatalog;
import dev.spotter.exercises.ExerciseQuery;
import dev.spotter.exercises.Level;
import dev.spotter.exercises.LoadType;
import dev.spotter.exercises.Modality;
import dev.spotter.exercises.Muscle;
import dev.spotter.exercises.Pattern;
import dev.spotter.exercises.Population;
import dev.spotter.exercises.SafetyTag;
import dev.spotter.exercises.engine.ClientContext;
import dev.spotter.exercises.engine.Substitution;
import dev.spotter.exercises.internal.ExerciseTransfer;
import dev.spotter.exercises.internal.ImportPlan;
import dev.spotter.exercises.internal.ImportRejected;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.PageResponse;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The exercise library over HTTP: search, read, alternatives, write, import and export. */
@RestController
@RequestMapping("/api/v1/exercises")
@Tag(name = "Exercises", description = "The studio's exercise library, safe substitution, import and export")
class ExercisesApi {

    private final ExerciseCatalog catalog;
    private final ExerciseTransfer transfer;

    ExercisesApi(ExerciseCatalog catalog, ExerciseTransfer transfer) {
        this.catalog = catalog;
        this.transfer = transfer;
    }

    @Schema(description = "An exercise with its coaching guidance")
    record ExerciseDto(String id, String name, List<String> aliases, String summary, Modality modality,
                       Pattern pattern, Set<Muscle> primary, Set<Muscle> secondary, Set<Equipment> equipment,
                       Level level, boolean unilateral, LoadType load, Set<SafetyTag> tags,
                       boolean tagsReviewed, Set<Population> populations, String setup,
                       List<String> cues, List<String> mistakes, String breathing, String safety,
                       List<String> regressions, List<String> progressions, Exercise.Met met,
                       Exercise.Origin origin, String source, String sourceRef) {
        static ExerciseDto of(Exercise e) {
            return new ExerciseDto(e.id(), e.name(), e.aliases(), e.summary(), e.modality(), e.pattern(),
                    e.primary(), e.secondary(), e.equipment(), e.level(), e.unilateral(), e.load(), e.tags(),
                    e.tagsReviewed(), e.populations(), e.setup(), e.cues(), e.mistakes(), e.breathing(), e.safety(),
                    e.regressions(), e.progressions(), e.met(), e.origin(), e.source(), e.sourceRef());
        }
    }

    @Schema(description = "An exercise to write; enum values as text so that unknown ones are reported by field")
    record ExerciseInput(String name, List<String> aliases, String summary, String modality, String pattern,
                         List<String> primary, List<String> secondary, List<String> equipment, String level,
                         Boolean unilateral, String load, List<String> tags, List<String> populations, String setup,
                         List<String> cues, List<String> mistakes, String breathing, String safety,
                         List<String> regressions, List<String> progressions, Exercise.Met met) {
        Map<String, Object> fields() {
            Map<String, Object> fields = new HashMap<>();
            fields.put("name", name);
            fields.put("aliases", aliases);
            fields.put("summary", summary);
            fields.put("modality", modality);
            fields.put("pattern", pattern);
            fields.put("primary", primary);
            fields.put("secondary", secondary);
            fields.put("equipment", equipment);
            fields.put("level", level);
            fields.put("unilateral", unilateral);
            fields.put("load", load);
            fields.put("tags", tags);
            fields.put("populations", populations);
            fields.put("setup", setup);
            fields.put("cues", cues);
            fields.put("mistakes", mistakes);
            fields.put("breathing", breathing);
            fields.put("safety", safety);
            fields.put("regressions", regressions);
            fields.put("progressions", progressions);
            if (met != null) {
                fields.put("met", Map.of("code", met.code(), "value", met.value()));
            }
            return fields;
        }
    }

    @Schema(description = "Safe alternatives for a client")
    record AlternativesDto(String exerciseId, boolean originalSafe, Set<SafetyTag> originalConflicts,
                           List<AlternativeDto> alternatives, String explanation) {
    }

    @Schema(description = "One alternative, with its match score and the reason in a trainer's words")
    record AlternativeDto(String id, String name, Pattern pattern, Level level, int score, String reason) {
    }

    @Schema(description = "What an import did, or would do when dryRun is true")
    record ImportReportDto(boolean dryRun, long created, long updated, long unchanged, long skipped,
                           List<ImportEntryDto> entries, List<String> unmapped) {
    }

    @Schema(description = "One record of an import")
    record ImportEntryDto(int record, int line, String sourceRef, String exerciseId, String name,
                          ImportPlan.Action action, String note) {
    }

    @GetMapping
    @Operation(summary = "Search the library (prefix and fuzzy text search, with filters)")
    PageResponse<ExerciseDto> search(@AuthenticationPrincipal SpotterPrincipal me,
                                     @Parameter(description = "Words to find; prefixes and small typos match")
                                     @RequestParam(required = false) String q,
                                     @RequestParam(required = false) Pattern pattern,
                                     @RequestParam(required = false) Modality modality,
                                     @RequestParam(required = false) Muscle muscle,
                                     @Parameter(description = "Only exercises that use this equipment")
                                     @RequestParam(required = false) Equipment equipment,
                                     @Parameter(description = "Only exercises that need nothing but these")
                                     @RequestParam(required = false) Set<Equipment> available,
                                     @RequestParam(required = false) Level level,
                                     @Parameter(description = "Leave out exercises with any of these tags")
                                     @RequestParam(required = false) Set<SafetyTag> excludeTags,
                                     @RequestParam(required = false) Exercise.Origin origin,
                                     @RequestParam(required = false) Integer page,
                                     @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        if (q != null && q.length() > 100) {
            throw new InvalidFieldException("q", "must be at most 100 characters");
        }
        var results = catalog.search(me.studioId(), new ExerciseQuery(q, pattern, modality, muscle, equipment,
                available, level, excludeTags, origin), paging);
        return PageResponse.of(results.items(), paging, results.total()).map(ExerciseDto::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One exercise")
    ExerciseDto get(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id) {
        return ExerciseDto.of(catalog.get(me.studioId(), id));
    }

    @GetMapping("/{id}/alternatives")
    @Operation(summary = "Safe alternatives for a client: never an excluded tag, unavailable equipment, a level "
            + "above theirs or a painful pattern")
    AlternativesDto alternatives(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                                 @RequestParam(required = false) Set<SafetyTag> excludeTags,
                                 @Parameter(description = "Equipment the client has; omit for any")
                                 @RequestParam(required = false) Set<Equipment> equipment,
                                 @RequestParam(required = false) Level level,
                                 @RequestParam(required = false) Set<Pattern> painfulPatterns,
                                 @RequestParam(required = false, defaultValue = "8") int limit) {
        if (limit < 1 || limit > 50) {
            throw new InvalidFieldException("limit", "must be between 1 and 50");
        }
        Substitution result = catalog.alternatives(me.studioId(), id,
                new ClientContext(excludeTags, equipment, level, painfulPatterns), limit);
        return new AlternativesDto(id, result.originalSafe(), result.originalConflicts(),
                result.alternatives().stream().map(a -> new AlternativeDto(a.exercise().id(), a.exercise().name(),
                        a.exercise().pattern(), a.exercise().level(), a.score(), a.reason())).toList(),
                result.explanation());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an exercise written by the studio (coaches only)")
    ExerciseDto create(@AuthenticationPrincipal SpotterPrincipal me, @RequestBody ExerciseInput input) {
        requireCoach(me);
        return ExerciseDto.of(catalog.create(me.studioId(), input.fields()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an exercise; for a built-in one this saves the studio's own version")
    ExerciseDto update(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                       @RequestBody ExerciseInput input) {
        requireCoach(me);
        return ExerciseDto.of(catalog.update(me.studioId(), id, input.fields()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete the studio's exercise, or its version of a built-in one (restoring the original)")
    void delete(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id) {
        requireCoach(me);
        catalog.delete(me.studioId(), id);
    }

    @PostMapping(path = "/imports", consumes = {MediaType.APPLICATION_JSON_VALUE, "text/csv",
            MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Import a free-exercise-db JSON file or a Spotter CSV file, as one transaction",
            description = "With dryRun=true nothing is written and the report says what would happen. Records "
                    + "are matched to earlier imports by their source id, so a re-import changes nothing.")
    ResponseEntity<ImportReportDto> importFile(@AuthenticationPrincipal SpotterPrincipal me,
                                               @RequestParam String format,
                                               @RequestParam(defaultValue = "false") boolean dryRun,
                                               @RequestBody byte[] content) {
        requireCoach(me);
        ImportPlan plan = transfer.plan(me.studioId(), ExerciseTransfer.Format.parse(format), content);
        if (dryRun) {
            return ResponseEntity.ok(report(true, plan.count(ImportPlan.Action.CREATE),
                    plan.count(ImportPlan.Action.UPDATE), plan.count(ImportPlan.Action.UNCHANGED),
                    plan.count(ImportPlan.Action.SKIP), plan.entries(), plan.unmapped()));
        }
        ExerciseTransfer.Report done = transfer.apply(me.studioId(), plan);
        return ResponseEntity.ok(report(false, done.created(), done.updated(), done.unchanged(), done.skipped(),
                done.entries(), done.unmapped()));
    }

    @GetMapping("/export")
    @Operation(summary = "Export the studio's exercises as JSON or CSV (includeBuiltIn adds the built-in library)")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal SpotterPrincipal me,
                                  @RequestParam(defaultValue = "json") String format,
                                  @RequestParam(defaultValue = "false") boolean includeBuiltIn) {
        requireCoach(me);
        List<Exercise> exercises = transfer.exportable(me.studioId(), includeBuiltIn);
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .body(transfer.toCsv(exercises).getBytes(StandardCharsets.UTF_8));
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(transfer.toJson(exercises).getBytes(StandardCharsets.UTF_8));
            default -> throw new InvalidFieldException("format", "must be json or csv");
        };
    }

    @ExceptionHandler(ImportRejected.class)
    ProblemDetail rejected(ImportRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.getMessage() + ". Nothing was written.");
        problem.setTitle("Import rejected");
        problem.setProperty("errors", e.problems().stream().map(line -> {
            int colon = line.indexOf(": ");
            return Map.of("field", colon > 0 ? line.substring(0, colon) : "file",
                    "message", colon > 0 ? line.substring(colon + 2) : line);
        }).toList());
        return problem;
    }

    private static ImportReportDto report(boolean dryRun, long created, long updated, long unchanged, long skipped,
                                          List<ImportPlan.Entry> entries, List<String> unmapped) {
        return new ImportReportDto(dryRun, created, updated, unchanged, skipped, entries.stream()
                .map(entry -> new ImportEntryDto(entry.record(), entry.line(), entry.sourceRef(),
                        entry.exercise().id(), entry.exercise().name(), entry.action(), entry.note()))
                .toList(), unmapped);
    }

    private static void requireCoach(SpotterPrincipal me) {
        if (!me.coaches()) {
            throw new AccessDeniedException("Only coaches change the exercise library");
        }
    }
}
