package dev.spotter.clients.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientCondition;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.clients.ClientStatus;
import dev.spotter.clients.ConditionRule;
import dev.spotter.clients.IntensityCeiling;
import dev.spotter.clients.ProfileUpdate;
import dev.spotter.clients.SafetyProfile;
import dev.spotter.clients.Screening;
import dev.spotter.clients.internal.Emergency;
import dev.spotter.exercises.SafetyTag;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.api.PageResponse;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Clients over HTTP: profiles, screening, clearances, conditions and the safety profile. */
@RestController
@RequestMapping("/api/v1/clients")
@Tag(name = "Clients", description = "Client profiles, health screening, clearance, conditions and safety")
class ClientsApi {

    private final ClientDirectory directory;

    ClientsApi(ClientDirectory directory) {
        this.directory = directory;
    }

    @Schema(description = "A client's file: profile, safety, screenings and conditions")
    record ClientFileDto(Client client, SafetyProfile safety, List<Screening> screenings,
                         List<ClientCondition> conditions) {
    }

    @Schema(description = "A new lead")
    record LeadInput(String displayName, String email) {
    }

    @Schema(description = "Screening answers: parq and followUps map question number (1-7) to yes/no")
    record ScreeningInput(Map<Integer, Boolean> parq, Map<Integer, Boolean> followUps,
                          String followUpNotes, Boolean exercisesRegularly, Boolean knownDisease, Boolean symptoms,
                          boolean finish) {
    }

    @Schema(description = "A condition or injury to record")
    record ConditionInput(String condition, String side, String severity, LocalDate since, String restrictions,
                          Set<SafetyTag> extraAvoid, String notes) {
    }

    @Schema(description = "A clinician's clearance")
    record ClearanceInput(LocalDate clearedOn, String clinician, String restrictions, IntensityCeiling ceiling) {
    }

    @GetMapping
    @Operation(summary = "List clients (coaches only)")
    PageResponse<Client> list(@AuthenticationPrincipal SpotterPrincipal me,
                              @RequestParam(required = false, defaultValue = "") String q,
                              @RequestParam(required = false) ClientStatus status,
                              @RequestParam(required = false, defaultValue = "false") boolean screeningDue,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        var result = directory.list(me, q, status, screeningDue, paging);
        return PageResponse.of(result.items(), paging, result.total());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a lead (coaches only)")
    Client addLead(@AuthenticationPrincipal SpotterPrincipal me, @RequestBody LeadInput input) {
        return directory.createLead(me, input.displayName(), input.email());
    }

    @GetMapping("/me")
    @Operation(summary = "The calling client's own file")
    ClientFileDto me(@AuthenticationPrincipal SpotterPrincipal me) {
        return file(me, directory.self(me).id().toString());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A client's file; reading it is recorded in the audit log")
    ClientFileDto file(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id) {
        var file = directory.open(me, uuid(id));
        return new ClientFileDto(file.client(), file.safety(), file.screenings(), file.conditions());
    }

    @PutMapping("/{id}/profile")
    @Operation(summary = "Replace the profile fields (SI units: heightCm, bodyMassKg)")
    Client profile(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                   @RequestBody ProfileUpdate update) {
        return directory.updateProfile(me, uuid(id), update);
    }

    @PostMapping("/{id}/screenings")
    @Operation(summary = "Save screening answers as a draft, or finish the screening (finish=true)")
    Screening screen(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                     @RequestBody ScreeningInput input) {
        return directory.screen(me, uuid(id), new ClientDirectory.ScreeningAnswers(input.parq(), input.followUps(),
                input.followUpNotes(), input.exercisesRegularly(), input.knownDisease(), input.symptoms()),
                input.finish());
    }

    @PostMapping("/{id}/clearances")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a clinician's clearance (coaches only)")
    Object clearance(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                     @RequestBody ClearanceInput input) {
        return directory.recordClearance(me, uuid(id), input.clearedOn(), input.clinician(), input.restrictions(),
                input.ceiling(), null);
    }

    @PostMapping("/{id}/conditions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a condition or injury (coaches only); screening becomes due again")
    ClientCondition condition(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                              @RequestBody ConditionInput input) {
        return directory.addCondition(me, uuid(id), input.condition(), input.side(), input.severity(), input.since(),
                input.restrictions(), input.extraAvoid(), input.notes());
    }

    @Schema(description = "An emergency contact")
    record ContactInput(String name, String relationship, String phone) {
    }

    @Schema(description = "An incident report")
    record IncidentInput(Instant occurredAt, String whatHappened, String actionsTaken, String firstAid,
                         String followUp) {
    }

    @Schema(description = "A studio's own version of a condition rule")
    record RuleInput(Set<SafetyTag> avoid, IntensityCeiling ceiling, String guidance, String source) {
    }

    @Schema(description = "The studio's emergency action plan")
    record PlanInput(String emergencyNumber, String address, String nearestAed, String firstAidKit, String steps) {
    }

    @PostMapping("/{id}/conditions/{condition}")
    @Operation(summary = "Mark a condition resolved (active=false) or active again")
    void conditionStatus(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                         @PathVariable String condition, @RequestParam boolean active) {
        directory.resolveCondition(me, uuid(id), uuid(condition), active);
    }

    @GetMapping("/{id}/emergency")
    @Operation(summary = "The client's emergency card (coaches only; audited)")
    ClientDirectory.EmergencyCard emergency(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id) {
        return directory.emergencyCard(me, uuid(id));
    }

    @PostMapping("/{id}/emergency-contacts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an emergency contact")
    Object contact(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                   @RequestBody ContactInput input) {
        return directory.addContact(me, uuid(id), input.name(), input.relationship(), input.phone());
    }

    @PostMapping("/{id}/incidents")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report an incident; it stays in the client's record")
    Object incident(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                    @RequestBody IncidentInput input) {
        return directory.reportIncident(me, uuid(id), input.occurredAt(), input.whatHappened(), input.actionsTaken(),
                input.firstAid(), input.followUp());
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Who changed what in the client's record, newest first")
    Object history(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id) {
        return directory.history(me, uuid(id));
    }

    @PutMapping("/condition-rules/{key}")
    @Operation(summary = "Save the studio's own version of a condition rule (owners only)")
    ConditionRule saveRule(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String key,
                           @RequestBody RuleInput input) {
        return directory.saveRule(me, key, input.avoid(), input.ceiling(), input.guidance(), input.source());
    }

    @GetMapping("/emergency-plan")
    @Operation(summary = "The studio's emergency action plan")
    Object plan(@AuthenticationPrincipal SpotterPrincipal me) {
        return directory.plan(me).orElseThrow(() -> new NotFoundException("Emergency action plan"));
    }

    @PutMapping("/emergency-plan")
    @Operation(summary = "Write the studio's emergency action plan (owners only)")
    void savePlan(@AuthenticationPrincipal SpotterPrincipal me, @RequestBody PlanInput input) {
        directory.savePlan(me, new Emergency.Plan(input.emergencyNumber(),
                input.address(), input.nearestAed(), input.firstAidKit(), input.steps(), null));
    }

    @GetMapping("/condition-rules")
    @Operation(summary = "The condition rules in force for the studio, with their sources")
    List<ConditionRule> rules(@AuthenticationPrincipal SpotterPrincipal me) {
        return directory.rules(me.studioId());
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Client");
        }
    }
}
