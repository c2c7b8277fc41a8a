package dev.spotter.programs.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.spotter.clients.ClientDirectory;
import dev.spotter.exercises.engine.Substitution;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.PageResponse;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.programs.DoseChange;
import dev.spotter.programs.ProgramBook;
import dev.spotter.programs.ProgramFile;
import dev.spotter.programs.ProgramKind;
import dev.spotter.programs.ProgramStatus;
import dev.spotter.programs.ProgramSummary;
import dev.spotter.programs.TemplateSummary;
import dev.spotter.programs.VersionEntry;
import dev.spotter.programs.engine.BlockKind;
import dev.spotter.programs.engine.CheckReport;
import dev.spotter.programs.engine.Finding;
import dev.spotter.programs.engine.LoadRule;
import dev.spotter.programs.engine.Program;
import dev.spotter.programs.engine.Specialisation;
import dev.spotter.programs.web.ProgramPrint;
import dev.spotter.studios.StudioDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Programs over HTTP: generate, read with findings and history, edit (each edit names the version it was made to
 * and answers 409 when the program moved on), publish, templates, and the PDF. A client's token reads only their
 * own published program.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Programs", description = "Training programs: generation, the checker, editing, publishing, templates")
class ProgramsApi {

    private final ProgramBook book;
    private final ClientDirectory clients;
    private final StudioDirectory studios;
    private final ProgramPrint print;

    ProgramsApi(ProgramBook book, ClientDirectory clients, StudioDirectory studios, ProgramPrint print) {
        this.book = book;
        this.clients = clients;
        this.studios = studios;
        this.print = print;
    }

    // ---- DTOs ----

    @Schema(description = "A program in a list: state, current version and the checker's counts for it, and the "
            + "seed it was generated with")
    record ProgramSummaryDto(UUID id, ProgramKind kind, UUID clientId, String clientName, String title,
                             Specialisation specialisation, ProgramStatus status, int currentVersion,
                             Integer publishedVersion, Instant publishedAt, String builtFrom, long seed, int weeks,
                             int daysPerWeek, int errors, int warnings, Instant createdAt, Instant updatedAt) {

        static ProgramSummaryDto of(ProgramSummary p) {
            return new ProgramSummaryDto(p.id(), p.kind(), p.clientId(), p.clientName(), p.title(),
                    p.specialisation(), p.status(), p.currentVersion(), p.publishedVersion(), p.publishedAt(),
                    p.builtFrom(), p.seed(), p.weeks(), p.daysPerWeek(), p.errors(), p.warnings(), p.createdAt(),
                    p.updatedAt());
        }
    }

    @Schema(description = "The checker's verdict: passed means no errors; findings are errors first")
    record CheckDto(boolean passed, int errors, int warnings, List<Finding> findings) {

        static CheckDto of(CheckReport report) {
            return new CheckDto(report.passed(), report.errors().size(), report.warnings().size(), report.findings());
        }
    }

    @Schema(description = "A program at one version: the whole program, what the checker finds in it for the "
            + "client today, and what changed in that version")
    record ProgramDto(ProgramSummaryDto program, int version, String note, String overrideReason,
                      Instant versionCreatedAt, CheckDto check, Program body) {

        static ProgramDto of(ProgramFile file) {
            return new ProgramDto(ProgramSummaryDto.of(file.program()), file.shown().version(), file.shown().note(),
                    file.shown().overrideReason(), file.shown().createdAt(), CheckDto.of(file.report()),
                    file.shown().body());
        }
    }

    @Schema(description = "One version in a program's history")
    record VersionDto(int version, String note, int errors, int warnings, String overrideReason, String author,
                      Instant createdAt) {

        static VersionDto of(VersionEntry entry) {
            return new VersionDto(entry.version(), entry.note(), entry.errors(), entry.warnings(),
                    entry.overrideReason(), entry.author(), entry.createdAt());
        }
    }

    @Schema(description = "What to generate; every field is optional: the specialisation defaults to the one "
            + "suggested by the client's goal and age, weeks to 12 (4 to 16), the seed to a random one")
    record GenerateInput(Specialisation specialisation, Integer weeks, Long seed) {
    }

    @Schema(description = "The whole program to store as the next version, made to expectedVersion")
    record ReplaceInput(Integer expectedVersion, Program program, String note) {
    }

    @Schema(description = "Put another exercise in a slot of a session (from 1) in every week, keeping the dose")
    record SwapInput(Integer expectedVersion, Integer session, String slot, String exerciseId) {
    }

    @Schema(description = "A new dose for one prescription in one week: reps (low, high), seconds or metres; the "
            + "load kind and range; rest in seconds; tempo; notes")
    record DoseInput(Integer expectedVersion, Integer week, Integer session, String slot, Integer sets,
                     Integer repsLow, Integer repsHigh, Integer seconds, Integer metres, LoadRule.Kind loadKind,
                     Double loadLow, Double loadHigh, Integer restSeconds, String tempo, String notes) {
    }

    @Schema(description = "Add an exercise to a block of a session in every week, dosed as the generator would")
    record AddInput(Integer expectedVersion, Integer session, BlockKind block, String exerciseId) {
    }

    @Schema(description = "A slot of a session, to remove from every week")
    record SlotInput(Integer expectedVersion, Integer session, String slot) {
    }

    @Schema(description = "Move a slot one place UP or DOWN inside its block, in every week")
    record MoveInput(Integer expectedVersion, Integer session, String slot, Direction direction) {
    }

    /** Which way a prescription moves in its block. */
    enum Direction {
        UP, DOWN
    }

    @Schema(description = "Publish the current version; overrideReason (10 characters or more) is required when "
            + "the checker finds errors")
    record PublishInput(Integer expectedVersion, String overrideReason) {
    }

    @Schema(description = "The name of the new template; the program's title when empty")
    record TemplateInput(String title) {
    }

    @Schema(description = "The client to apply the template to")
    record ApplyInput(UUID clientId) {
    }

    // ---- operations ----

    @PostMapping("/clients/{clientId}/programs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Generate a program for the client (coaches only)", description = "Stored as version 1 "
            + "with the checker's findings. When the client's profile lacks what a safe program needs, nothing is "
            + "stored and the answer is 400 naming each missing field.")
    ProgramDto generate(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId,
                        @RequestBody(required = false) GenerateInput input) {
        GenerateInput given = input == null ? new GenerateInput(null, null, null) : input;
        ProgramSummary program = book.generate(me, ProgramBook.uuid(clientId, "Client"), given.specialisation(),
                given.weeks(), given.seed());
        return ProgramDto.of(book.open(me, program.id(), null));
    }

    @GetMapping("/programs")
    @Operation(summary = "List programs or templates, newest change first",
            description = "Archived programs only with status=ARCHIVED. A client's token lists their own "
                    + "published program.")
    PageResponse<ProgramSummaryDto> list(@AuthenticationPrincipal SpotterPrincipal me,
                                         @RequestParam(required = false) UUID clientId,
                                         @RequestParam(required = false) ProgramKind kind,
                                         @RequestParam(required = false) ProgramStatus status,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        ProgramBook.Page result = book.list(me, clientId, kind == null ? ProgramKind.PROGRAM : kind, status, paging);
        return PageResponse.of(result.items(), paging, result.total()).map(ProgramSummaryDto::of);
    }

    @GetMapping("/programs/{id}")
    @Operation(summary = "A program at its current version (or ?version=), with the checker's findings for the "
            + "client today", description = "A client's token gets their own published version, without findings.")
    ProgramDto open(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                    @RequestParam(required = false) Integer version) {
        return ProgramDto.of(book.open(me, ProgramBook.uuid(id, "Program"), version));
    }

    @GetMapping("/programs/{id}/versions")
    @Operation(summary = "The program's versions, newest first, each with what changed (coaches only)")
    PageResponse<VersionDto> versions(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        List<VersionEntry> all = book.history(me, ProgramBook.uuid(id, "Program"));
        return PageResponse.of(window(all, paging), paging, all.size()).map(VersionDto::of);
    }

    @PutMapping("/programs/{id}")
    @Operation(summary = "Replace the whole program as the next version", description = "409 when expectedVersion "
            + "is not the current version.")
    ProgramDto replace(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                       @RequestBody ReplaceInput input) {
        UUID programId = ProgramBook.uuid(id, "Program");
        book.replace(me, programId, input.expectedVersion(), input.program(), input.note());
        return ProgramDto.of(book.open(me, programId, null));
    }

    @PostMapping("/programs/{id}/check")
    @Operation(summary = "Check the current version again against the client as they are today")
    CheckDto check(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id) {
        return CheckDto.of(book.check(me, ProgramBook.uuid(id, "Program")));
    }

    @GetMapping("/programs/{id}/alternatives")
    @Operation(summary = "Safe alternatives to the exercise in a slot, for the program's client")
    Substitution alternatives(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                              @RequestParam int session, @RequestParam String slot) {
        return book.alternatives(me, ProgramBook.uuid(id, "Program"), session, slot);
    }

    @PostMapping("/programs/{id}/swap")
    @Operation(summary = "Swap the exercise in a slot, in every week; the reason is recorded on the prescription")
    ProgramDto swap(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                    @RequestBody SwapInput input) {
        UUID programId = ProgramBook.uuid(id, "Program");
        book.swap(me, programId, input.expectedVersion(), input.session(), input.slot(), input.exerciseId());
        return ProgramDto.of(book.open(me, programId, null));
    }

    @RequestMapping(path = "/programs/{id}/dose", method = {RequestMethod.PATCH, RequestMethod.POST})
    @Operation(summary = "Change the dose of one prescription in one week")
    ProgramDto dose(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                    @RequestBody DoseInput input) {
        UUID programId = ProgramBook.uuid(id, "Program");
        book.changeDose(me, programId, input.expectedVersion(), input.week(), input.session(), input.slot(),
                new DoseChange(input.sets(), input.repsLow(), input.repsHigh(), input.seconds(), input.metres(),
                        input.loadKind(), input.loadLow(), input.loadHigh(), input.restSeconds(), input.tempo(),
                        input.notes()));
        return ProgramDto.of(book.open(me, programId, null));
    }

    @PostMapping("/programs/{id}/add")
    @Operation(summary = "Add an exercise to a block of a session, in every week")
    ProgramDto add(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                   @RequestBody AddInput input) {
        UUID programId = ProgramBook.uuid(id, "Program");
        book.addExercise(me, programId, input.expectedVersion(), input.session(), input.block(), input.exerciseId());
        return ProgramDto.of(book.open(me, programId, null));
    }

    @PostMapping("/programs/{id}/remove")
    @Operation(summary = "Remove the exercise in a slot from every week")
    ProgramDto remove(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                      @RequestBody SlotInput input) {
        UUID programId = ProgramBook.uuid(id, "Program");
        book.remove(me, programId, input.expectedVersion(), input.session(), input.slot());
        return ProgramDto.of(book.open(me, programId, null));
    }

    @PostMapping("/programs/{id}/move")
    @Operation(summary = "Move the exercise in a slot up or down its block, in every week")
    ProgramDto move(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                    @RequestBody MoveInput input) {
        UUID programId = ProgramBook.uuid(id, "Program");
        if (input.direction() == null) {
            throw new InvalidFieldException("direction", "is required: UP or DOWN");
        }
        book.move(me, programId, input.expectedVersion(), input.session(), input.slot(),
                input.direction() == Direction.UP);
        return ProgramDto.of(book.open(me, programId, null));
    }

    @PostMapping("/programs/{id}/publish")
    @Operation(summary = "Publish the current version to the client's portal", description = "When the checker "
            + "finds errors, overrideReason is required; it is stored on the version and in the audit log.")
    ProgramDto publish(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                       @RequestBody(required = false) PublishInput input) {
        UUID programId = ProgramBook.uuid(id, "Program");
        PublishInput given = input == null ? new PublishInput(null, null) : input;
        book.publish(me, programId, given.expectedVersion(), given.overrideReason());
        return ProgramDto.of(book.open(me, programId, null));
    }

    @PostMapping("/programs/{id}/archive")
    @Operation(summary = "Archive a program or template; the client no longer sees it")
    ProgramSummaryDto archive(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id) {
        return ProgramSummaryDto.of(book.archive(me, ProgramBook.uuid(id, "Program")));
    }

    @PostMapping("/programs/{id}/template")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save the current version as a studio template")
    ProgramDto saveAsTemplate(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                              @RequestBody(required = false) TemplateInput input) {
        ProgramSummary template = book.saveAsTemplate(me, ProgramBook.uuid(id, "Program"),
                input == null ? null : input.title());
        return ProgramDto.of(book.open(me, template.id(), null));
    }

    @GetMapping("/program-templates")
    @Operation(summary = "The studio's templates, then Spotter's built-in ones (ids starting with builtin:)")
    PageResponse<TemplateSummary> templates(@AuthenticationPrincipal SpotterPrincipal me,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        List<TemplateSummary> all = book.templates(me);
        return PageResponse.of(window(all, paging), paging, all.size());
    }

    @PostMapping("/program-templates/{id}/apply")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a draft program for a client from a template, checked against that client")
    ProgramDto apply(@AuthenticationPrincipal SpotterPrincipal me,
                     @Parameter(description = "A studio template's id, or a built-in one such as "
                             + "builtin:beginner-full-body-home") @PathVariable String id,
                     @RequestBody(required = false) ApplyInput input) {
        ProgramSummary program = book.applyTemplate(me, id, input == null ? null : input.clientId());
        return ProgramDto.of(book.open(me, program.id(), null));
    }

    @GetMapping(path = "/programs/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The program as a printable PDF, every week (a client's token: their published version)")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                               @RequestParam(required = false) Integer version) {
        ProgramFile file = book.open(me, ProgramBook.uuid(id, "Program"), version);
        return print.download(ProgramPrint.model(file.program(), file.shown().version(), file.shown().body(),
                studios.studioName(me.studioId()), clients.today(), true, null));
    }

    private static <T> List<T> window(List<T> all, Paging paging) {
        int from = (int) Math.min(all.size(), paging.offset());
        return all.subList(from, Math.min(all.size(), from + paging.size()));
    }
}
