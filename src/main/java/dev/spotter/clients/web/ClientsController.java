package dev.spotter.clients.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.clients.ClientFilePanel;
import dev.spotter.clients.ClientStatus;
import dev.spotter.clients.EquipmentAccess;
import dev.spotter.clients.Experience;
import dev.spotter.clients.Goal;
import dev.spotter.clients.IntensityCeiling;
import dev.spotter.clients.ProfileUpdate;
import dev.spotter.clients.SafetyProfile;
import dev.spotter.clients.engine.ParQPlus;
import dev.spotter.clients.internal.Clearances;
import dev.spotter.exercises.ExerciseCatalog;
import dev.spotter.exercises.ExerciseQuery;
import dev.spotter.exercises.SafetyTag;
import dev.spotter.exercises.engine.ClientContext;
import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.InvalidFieldsException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.Units;
import dev.spotter.platform.web.Flash;
import dev.spotter.platform.web.Forms;
import dev.spotter.platform.web.Htmx;
import dev.spotter.studios.StudioDirectory;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The trainer's client pages: the list, a client's file, profile, screening, clearance and conditions. */
@Controller
class ClientsController {

    private static final int PAGE_SIZE = 25;
    private static final long MAX_DOCUMENT = 5 * 1024 * 1024;
    /** Documents are served back to coaches, so only types a browser will not run as a page are kept. */
    private static final Set<String> DOCUMENT_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    private final ClientDirectory directory;
    private final ExerciseCatalog exercises;
    private final StudioDirectory studios;
    private final List<ClientFilePanel> panels;

    ClientsController(ClientDirectory directory, ExerciseCatalog exercises, StudioDirectory studios,
                      List<ClientFilePanel> panels) {
        this.directory = directory;
        this.exercises = exercises;
        this.studios = studios;
        this.panels = panels;
    }

    @GetMapping("/app/clients")
    String list(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam(defaultValue = "") String q,
                @RequestParam(required = false) ClientStatus status, @RequestParam(defaultValue = "false") boolean due,
                @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
        Paging paging = new Paging(Math.max(page, 0), PAGE_SIZE);
        var result = directory.list(me, q.length() > 100 ? q.substring(0, 100) : q, status, due, paging);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("due", due);
        model.addAttribute("clients", result.items());
        model.addAttribute("total", result.total());
        model.addAttribute("page", paging.page());
        model.addAttribute("hasNext", paging.offset() + PAGE_SIZE < result.total());
        model.addAttribute("today", directory.today());
        model.addAttribute("statuses", ClientStatus.values());
        if (Htmx.isHtmx(request)) {
            return "clients/list :: results";
        }
        return "clients/list";
    }

    @PostMapping("/app/clients/leads")
    String addLead(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam(defaultValue = "") String displayName,
                   @RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
        try {
            Client lead = directory.createLead(me, displayName, email);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(lead.displayName() + " added as a lead."));
            return "redirect:/app/clients/" + lead.id();
        } catch (InvalidFieldException | ConflictException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Lead not added: " + e.getMessage() + "."));
            return "redirect:/app/clients";
        }
    }

    @GetMapping("/app/clients/{id}")
    String file(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id, Model model) {
        var file = directory.open(me, uuid(id));
        model.addAttribute("file", file);
        model.addAttribute("client", file.client());
        model.addAttribute("safety", file.safety());
        model.addAttribute("today", directory.today());
        model.addAttribute("tab", "overview");
        model.addAttribute("coaches", studios.activeCoaches(me.studioId()));
        model.addAttribute("assigned", directory.coaches(me, file.client().id()));
        model.addAttribute("panels", panels.stream().map(panel -> panel.panel(me, file)).filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(ClientFilePanel.Panel::order)).toList());
        return "clients/file";
    }

    @GetMapping("/app/clients/{id}/profile")
    String editProfile(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id, Model model) {
        Client client = directory.client(me, uuid(id));
        model.addAttribute("form", ProfileForm.of(client, studios.defaultUnits(me.studioId())));
        return profilePage(me, client, model);
    }

    @PostMapping("/app/clients/{id}/profile")
    String saveProfile(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                       @ModelAttribute("form") ProfileForm form, BindingResult binding, Model model,
                       RedirectAttributes redirect) {
        Client client = directory.client(me, uuid(id));
        if (!binding.hasErrors()) {
            try {
                directory.updateProfile(me, client.id(), form.update(studios.defaultUnits(me.studioId()),
                        client.status()));
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Profile saved."));
                return "redirect:/app/clients/" + client.id();
            } catch (InvalidFieldException e) {
                Forms.reject(binding, units(e, studios.defaultUnits(me.studioId())));
            }
        }
        return profilePage(me, client, model);
    }

    @PostMapping("/app/clients/{id}/coaches")
    String assignCoaches(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                         @RequestParam(required = false) List<String> coach, RedirectAttributes redirect) {
        UUID clientId = uuid(id);
        var studioCoaches = studios.activeCoaches(me.studioId()).stream().map(StudioDirectory.Coach::memberId)
                .collect(Collectors.toSet());
        var chosen = (coach == null ? List.<String>of() : coach).stream()
                .map(value -> MemberId.parse(value)
                        .orElseThrow(() -> new InvalidFieldException("coaches", "choose coaches of this studio")))
                .collect(Collectors.toSet());
        try {
            directory.assignCoaches(me, clientId, chosen, studioCoaches);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Coaches saved."));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Coaches not saved: " + e.getMessage() + "."));
        }
        return "redirect:/app/clients/" + clientId;
    }

    @GetMapping("/app/clients/{id}/notes")
    String notes(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id, Model model) {
        Client client = directory.client(me, uuid(id));
        model.addAttribute("client", client);
        model.addAttribute("safety", directory.safety(me.studioId(), client));
        model.addAttribute("history", directory.history(me, client.id()).stream()
                .filter(change -> change.field().equals("notes")).toList());
        model.addAttribute("tab", "notes");
        return "clients/notes";
    }

    @PostMapping("/app/clients/{id}/notes")
    String saveNotes(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                     @RequestParam(defaultValue = "") String notes, RedirectAttributes redirect) {
        Client client = directory.client(me, uuid(id));
        if (notes.length() > 20_000) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Notes not saved: keep them under 20,000 characters."));
            return "redirect:/app/clients/" + client.id() + "/notes";
        }
        directory.updateProfile(me, client.id(), ProfileUpdate.of(client).withNotes(notes));
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Notes saved."));
        return "redirect:/app/clients/" + client.id() + "/notes";
    }

    @GetMapping("/app/clients/{id}/screening")
    String screening(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id, Model model) {
        var file = directory.open(me, uuid(id));
        model.addAttribute("form", ScreeningForm.of(file.screenings().stream().filter(s -> !s.finished())
                .findFirst().orElse(null)));
        return screeningPage(file, model);
    }

    @PostMapping("/app/clients/{id}/screening")
    String saveScreening(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                         @ModelAttribute("form") ScreeningForm form, BindingResult binding,
                         @RequestParam(defaultValue = "false") boolean finish, Model model,
                         RedirectAttributes redirect) {
        UUID clientId = uuid(id);
        if (!binding.hasErrors()) {
            try {
                var result = directory.screen(me, clientId, form.answers(), finish);
                redirect.addFlashAttribute(Flash.ATTRIBUTE, finish
                        ? Flash.success("Screening finished: " + result.clearance().label().toLowerCase() + ", "
                        + result.ceiling().label().toLowerCase() + ".")
                        : Flash.success("Screening saved as a draft."));
                return "redirect:/app/clients/" + clientId + (finish ? "" : "/screening");
            } catch (InvalidFieldException e) {
                Forms.reject(binding, e);
            }
        }
        return screeningPage(directory.open(me, clientId), model);
    }

    @PostMapping("/app/clients/{id}/clearance")
    String clearance(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate clearedOn,
                     @RequestParam(defaultValue = "") String clinician,
                     @RequestParam(defaultValue = "") String restrictions,
                     @RequestParam(required = false) IntensityCeiling ceiling,
                     @RequestParam(required = false) MultipartFile document, RedirectAttributes redirect)
            throws IOException {
        UUID clientId = uuid(id);
        try {
            Clearances.Document upload = null;
            if (document != null && !document.isEmpty()) {
                if (document.getSize() > MAX_DOCUMENT) {
                    throw new InvalidFieldException("document", "must be at most 5 MB");
                }
                if (!DOCUMENT_TYPES.contains(String.valueOf(document.getContentType()))) {
                    throw new InvalidFieldException("document", "must be a PDF or a photo (JPEG or PNG)");
                }
                upload = new Clearances.Document(document.getOriginalFilename(), document.getContentType(),
                        document.getBytes());
            }
            directory.recordClearance(me, clientId, clearedOn, clinician, restrictions, ceiling, upload);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Clearance recorded."));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Clearance not recorded: " + e.describe() + "."));
        }
        return "redirect:/app/clients/" + clientId + "/screening";
    }

    @GetMapping("/app/clients/{id}/clearances/{clearance}/document")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                                    @PathVariable String clearance) {
        var document = directory.clearanceDocument(me, uuid(id), uuid(clearance));
        MediaType type = DOCUMENT_TYPES.contains(String.valueOf(document.type()))
                ? MediaType.parseMediaType(document.type()) : MediaType.APPLICATION_OCTET_STREAM;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.name() == null ? "clearance" : document.name()).build().toString())
                .body(document.content());
    }

    @GetMapping("/app/clients/{id}/conditions")
    String conditions(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                      @RequestParam(defaultValue = "") String exercise,
                      @RequestParam(defaultValue = "") String suggest, @RequestParam(defaultValue = "") String side,
                      @RequestParam(defaultValue = "") String notes, Model model) {
        var file = directory.open(me, uuid(id));
        // A pain report links here with the condition it suggests, so the coach confirms rather than retypes it.
        model.addAttribute("suggested", new Suggested(suggest, side, notes));
        return conditionsPage(me, file, exercise, model);
    }

    @PostMapping("/app/clients/{id}/conditions")
    String addCondition(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                        @RequestParam(defaultValue = "") String condition, @RequestParam(defaultValue = "") String side,
                        @RequestParam(defaultValue = "") String severity,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
                        @RequestParam(defaultValue = "") String restrictions,
                        @RequestParam(required = false) List<SafetyTag> extraAvoid,
                        @RequestParam(defaultValue = "") String notes, RedirectAttributes redirect) {
        UUID clientId = uuid(id);
        try {
            var added = directory.addCondition(me, clientId, condition, side, severity, since, restrictions,
                    extraAvoid == null ? Set.of() : EnumSet.copyOf(extraAvoid), notes);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(added.rule().label()
                    + " recorded. Screening is due again."));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Not recorded: " + e.getMessage() + "."));
        }
        return "redirect:/app/clients/" + clientId + "/conditions";
    }

    @PostMapping("/app/clients/{id}/conditions/{condition}")
    String setCondition(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                        @PathVariable String condition, @RequestParam boolean active, RedirectAttributes redirect) {
        UUID clientId = uuid(id);
        directory.resolveCondition(me, clientId, uuid(condition), active);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(active ? "Condition active again."
                : "Condition marked resolved."));
        return "redirect:/app/clients/" + clientId + "/conditions";
    }

    /** A condition to prefill the form with. */
    record Suggested(String condition, String side, String notes) {
    }

    private String conditionsPage(SpotterPrincipal me, ClientDirectory.ClientFile file, String exercise,
                                  Model model) {
        model.addAttribute("file", file);
        model.addAttribute("client", file.client());
        model.addAttribute("safety", file.safety());
        model.addAttribute("rules", directory.rules(me.studioId()));
        model.addAttribute("safetyTags", SafetyTag.values());
        model.addAttribute("tab", "conditions");
        model.addAttribute("exercise", exercise);
        if (!exercise.isBlank()) {
            var found = exercises.search(me.studioId(), new ExerciseQuery(exercise, null, null, null, null, null,
                    null, Set.of(), null), new Paging(0, 1)).items();
            if (!found.isEmpty()) {
                SafetyProfile safety = file.safety();
                model.addAttribute("checked", found.get(0));
                model.addAttribute("substitution", exercises.alternatives(me.studioId(), found.get(0),
                        new ClientContext(safety.avoid(), safety.equipment(), null, Set.of()), 6));
            }
        }
        return "clients/conditions";
    }

    private String screeningPage(ClientDirectory.ClientFile file, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("client", file.client());
        model.addAttribute("safety", file.safety());
        model.addAttribute("questions", ParQPlus.QUESTIONS);
        model.addAttribute("ceilings", IntensityCeiling.values());
        model.addAttribute("tab", "screening");
        model.addAttribute("today", directory.today());
        return "clients/screening";
    }

    private String profilePage(SpotterPrincipal me, Client client, Model model) {
        model.addAttribute("client", client);
        model.addAttribute("safety", directory.safety(me.studioId(), client));
        model.addAttribute("history", directory.history(me, client.id()));
        model.addAttribute("imperial", studios.defaultUnits(me.studioId()) == Units.IMPERIAL);
        model.addAttribute("goals", Goal.values());
        model.addAttribute("experiences", Experience.values());
        model.addAttribute("accessList", EquipmentAccess.values());
        model.addAttribute("statuses", ClientStatus.values());
        model.addAttribute("tab", "profile");
        return "clients/profile";
    }

    /** Renames SI field errors to the fields of the form. */
    static InvalidFieldException units(InvalidFieldException e, Units units) {
        if (e instanceof InvalidFieldsException many) {
            return new InvalidFieldsException(many.problems().stream()
                    .map(p -> new InvalidFieldsException.Problem(rename(p.field()),
                            p.message())).toList());
        }
        return new InvalidFieldException(rename(e.field()), e.getMessage());
    }

    private static String rename(String field) {
        return switch (field) {
            case "heightCm" -> "height";
            case "bodyMassKg" -> "bodyMass";
            default -> field;
        };
    }

    static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Client");
        }
    }
}
