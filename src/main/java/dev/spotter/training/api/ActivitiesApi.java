package dev.spotter.training.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.spotter.platform.api.PageResponse;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.programs.ProgramBook;
import dev.spotter.training.ActivityLog;
import dev.spotter.training.ImportedActivity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Cardio sessions from watch and app files over HTTP: a client uploads a GPX, TCX or FIT file (the same file again
 * answers the activity it made first), lists and deletes their own; coaches list a client's.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Activities", description = "Cardio sessions imported from GPX, TCX and FIT files")
class ActivitiesApi {

    private final ActivityLog log;

    ActivitiesApi(ActivityLog log) {
        this.log = log;
    }

    // ---- DTOs ----

    @Schema(description = "Time in one heart-rate-reserve zone: the zone, its range in words, the heart rate it "
            + "starts at (bpm) and the seconds spent in it")
    record ZoneDto(String zone, String label, int fromBpm, int seconds) {
    }

    @Schema(description = "A cardio session imported from a device file, as its summary. Times are seconds, "
            + "distances metres, heart rates bpm, pace seconds per km. zones (Karvonen, with restingHr and the "
            + "age-predicted maximalHr of Tanaka) and trimp (Banister) are null when not computed, and "
            + "zonesNotComputed and trimpNotComputed then say what is missing, such as \"add a resting heart rate "
            + "to the profile\". workoutId and slot name the cardio prescription it was done for, "
            + "exerciseName and sessionName say it in words; all are null for an extra session")
    record ActivityDto(UUID id, UUID clientId, UUID workoutId, String slot, String exerciseName,
                       String sessionName, String format,
                       String sport, Instant startedAt, int seconds, double metres, Integer paceSecondsPerKm,
                       Integer avgHr, Integer maxHr, Integer restingHr, Integer maximalHr, List<ZoneDto> zones,
                       String zonesNotComputed, Double trimp, String trimpNotComputed, String fileName,
                       String sha256, Instant importedAt) {

        static ActivityDto of(ImportedActivity a) {
            List<ZoneDto> zones = a.zones() == null ? null : a.zoneTimes().stream()
                    .map(zone -> new ZoneDto(zone.zone().name(), zone.zone().label(), zone.fromBpm(), zone.seconds()))
                    .toList();
            return new ActivityDto(a.id(), a.clientId(), a.workoutId(), a.slot(), a.exerciseName(), a.sessionName(),
                    a.format().name(),
                    a.sport().name(), a.startedAt(), a.seconds(), a.metres(), a.paceSecondsPerKm(), a.avgHr(),
                    a.maxHr(), a.restingHr(), a.maximalHr(), zones, a.zonesMissing(), a.trimp(), a.trimpMissing(),
                    a.fileName(), a.sha256(), a.importedAt());
        }
    }

    // ---- operations ----

    @PostMapping(value = "/me/activities", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a cardio session from a GPX, TCX or FIT file (clients)",
            description = "201 with the activity. The same file imported again is not stored twice: 200 with the "
                    + "activity it made first. With workoutId and slot the session is attached to that cardio "
                    + "prescription of the client's open or finished workout; on the open workout it also logs the "
                    + "exercise's next set. 400 names the field: file (empty, damaged, not GPX, TCX or FIT, larger "
                    + "than 20 MB; the reason is in the message and nothing is written), workoutId or slot. 413 for an "
                    + "upload over the server's 21 MB limit.")
    ResponseEntity<ActivityDto> importFile(@AuthenticationPrincipal SpotterPrincipal me,
                                           @Parameter(description = "The GPX, TCX or FIT file, at most 20 MB")
                                           @RequestPart(name = "file", required = false) MultipartFile file,
                                           @Parameter(description = "The workout the session was done for")
                                           @RequestParam(required = false) String workoutId,
                                           @Parameter(description = "The slot of the workout's cardio exercise")
                                           @RequestParam(required = false) String slot,
                                           @Parameter(description = "Makes a retry safe")
                                           @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        ActivityLog.Imported imported = log.importFile(me, bytes(file),
                file == null ? null : file.getOriginalFilename(), workoutId, slot);
        return ResponseEntity.status(imported.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(ActivityDto.of(imported.activity()));
    }

    @GetMapping("/me/activities")
    @Operation(summary = "The calling client's imported activities, the latest started first")
    PageResponse<ActivityDto> mine(@AuthenticationPrincipal SpotterPrincipal me,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        ActivityLog.Page result = log.mine(me, paging);
        return PageResponse.of(result.items(), paging, result.total()).map(ActivityDto::of);
    }

    @GetMapping("/me/activities/{id}")
    @Operation(summary = "One of the calling client's imported activities",
            description = "Another client's, or another studio's, is 404.")
    ActivityDto one(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id) {
        return ActivityDto.of(log.activity(me, ProgramBook.uuid(id, "Activity")));
    }

    @DeleteMapping("/me/activities/{id}")
    @Operation(summary = "Delete one of the calling client's imported activities",
            description = "204. A set it logged on a workout still open goes with it. Another client's, or "
                    + "another studio's, is 404.")
    ResponseEntity<Void> delete(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                                @Parameter(description = "Makes a retry safe")
                                @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        log.delete(me, ProgramBook.uuid(id, "Activity"));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/clients/{id}/activities")
    @Operation(summary = "A client's imported activities, the latest started first (coaches)",
            description = "A client of another studio is 404; a client's token is 403.")
    PageResponse<ActivityDto> forClient(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        ActivityLog.Page result = log.forClient(me, ProgramBook.uuid(id, "Client"), paging);
        return PageResponse.of(result.items(), paging, result.total()).map(ActivityDto::of);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
