package dev.spotter.programs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.InvalidFieldsException;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.web.Flash;
import dev.spotter.platform.web.Htmx;
import dev.spotter.programs.GenerationRefused;
import dev.spotter.programs.ProgramBook;
import dev.spotter.programs.ProgramKind;
import dev.spotter.programs.ProgramStatus;
import dev.spotter.programs.ProgramSummary;
import dev.spotter.programs.TemplateSummary;
import dev.spotter.programs.engine.CheckReport;
import dev.spotter.programs.engine.Generation;
import dev.spotter.programs.engine.Specialisation;
import dev.spotter.programs.internal.BuiltInTemplates;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The studio's programs and templates, generating a program from a client's file (with what is missing when the
 * generator refuses), and previewing and applying templates.
 */
@Controller
class ProgramsController {

    private static final int PAGE_SIZE = 25;

    private final ProgramBook book;
    private final ClientDirectory clients;

    ProgramsController(ProgramBook book, ClientDirectory clients) {
        this.book = book;
        this.clients = clients;
    }

    @GetMapping("/app/programs")
    String list(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam(required = false) ProgramKind kind,
                @RequestParam(required = false) String client, @RequestParam(required = false) ProgramStatus status,
                @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
        ProgramKind shown = kind == null ? ProgramKind.PROGRAM : kind;
        model.addAttribute("kind", shown);
        model.addAttribute("clients", clients.roster(me, Paging.MAX_SIZE));
        if (shown == ProgramKind.TEMPLATE) {
            List<TemplateSummary> templates = book.templates(me);
            model.addAttribute("studioTemplates", templates.stream().filter(t -> !t.builtIn()).toList());
            model.addAttribute("builtInTemplates", templates.stream().filter(TemplateSummary::builtIn).toList());
            return "programs/list";
        }
        UUID clientId = client == null || client.isBlank() ? null : ProgramBook.uuid(client, "Client");
        Paging paging = new Paging(Math.max(page, 0), PAGE_SIZE);
        ProgramBook.Page result = book.list(me, clientId, ProgramKind.PROGRAM, status, paging);
        model.addAttribute("client", clientId);
        model.addAttribute("status", status);
        model.addAttribute("statuses", ProgramStatus.values());
        model.addAttribute("programs", result.items());
        model.addAttribute("total", result.total());
        model.addAttribute("page", paging.page());
        model.addAttribute("hasNext", paging.offset() + PAGE_SIZE < result.total());
        if (Htmx.isHtmx(request)) {
            return "programs/list :: results";
        }
        return "programs/list";
    }

    @GetMapping("/app/clients/{clientId}/programs")
    String clientPrograms(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId,
                         Model model) {
        Client client = clients.client(me, ProgramBook.uuid(clientId, "Client"));
        return clientPage(me, client, null, null, null, null, model);
    }

    @PostMapping("/app/clients/{clientId}/programs")
    String generate(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId,
                    @RequestParam(defaultValue = "") String specialisation, @RequestParam(defaultValue = "") String weeks,
                    Model model, RedirectAttributes redirect) {
        Client client = clients.client(me, ProgramBook.uuid(clientId, "Client"));
        try {
            ProgramSummary program = book.generate(me, client.id(), specialisation(specialisation), weeks(weeks),
                    null);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Program generated for "
                    + client.displayName() + " as version 1. The checker found " + counts(program) + "."));
            return "redirect:/app/programs/" + program.id();
        } catch (GenerationRefused e) {
            return clientPage(me, client, e.missing(), null, specialisation, weeks, model);
        } catch (InvalidFieldException e) {
            return clientPage(me, client, null, e, specialisation, weeks, model);
        }
    }

    @GetMapping("/app/program-templates/{id}")
    String template(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                    @RequestParam(required = false) Integer week, Model model, HttpServletRequest request) {
        if (!BuiltInTemplates.builtIn(id)) {
            return "redirect:/app/programs/" + ProgramBook.uuid(id, "Template");
        }
        ProgramBook.BuiltInPreview preview = book.builtIn(me, id);
        int weekNumber = week == null ? 1 : Math.max(1, Math.min(week, preview.body().weeks().size()));
        model.addAttribute("template", preview.template());
        model.addAttribute("body", preview.body());
        model.addAttribute("layout", ProgramLayout.week(preview.body(), weekNumber, new CheckReport(List.of())));
        model.addAttribute("weekNumber", weekNumber);
        model.addAttribute("base", "/app/program-templates/" + id);
        model.addAttribute("editable", false);
        model.addAttribute("clients", clients.roster(me, Paging.MAX_SIZE));
        if (Htmx.isHtmx(request)) {
            return "programs/partials/week :: week";
        }
        return "programs/template";
    }

    @PostMapping("/app/program-templates/{id}/apply")
    String apply(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                 @RequestParam(defaultValue = "") String client, RedirectAttributes redirect) {
        try {
            UUID clientId = client.isBlank() ? null : ProgramBook.uuid(client, "Client");
            ProgramSummary program = book.applyTemplate(me, id, clientId);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Template applied: a draft for "
                    + program.clientName() + ". Checked against " + program.clientName() + ", it has "
                    + counts(program) + "."));
            return "redirect:/app/programs/" + program.id();
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Not applied: " + e.getMessage() + "."));
            return BuiltInTemplates.builtIn(id) ? "redirect:/app/program-templates/" + id
                    : "redirect:/app/programs/" + ProgramBook.uuid(id, "Template");
        }
    }

    /** A client's programs, the form to generate one, and what is missing when the generator refused. */
    private String clientPage(SpotterPrincipal me, Client client, List<Generation.Missing> missing,
                              InvalidFieldException invalid, String chosen, String weeks, Model model) {
        model.addAttribute("client", client);
        model.addAttribute("safety", clients.safety(me.studioId(), client));
        model.addAttribute("tab", "programs");
        model.addAttribute("programs", book.list(me, client.id(), ProgramKind.PROGRAM, null,
                new Paging(0, Paging.MAX_SIZE)).items());
        model.addAttribute("generate", GenerateForm.of(client, clients.today(), chosen, weeks, invalid));
        model.addAttribute("missing", missing == null ? null : missing(missing, client.id()));
        return "programs/client";
    }

    /** One thing the generator needs, said for the trainer, with where to fix it. */
    record MissingField(String label, String message, String href, String action) {
    }

    static List<MissingField> missing(List<Generation.Missing> missing, UUID client) {
        List<MissingField> fields = new ArrayList<>();
        String profile = "/app/clients/" + client + "/profile";
        String screening = "/app/clients/" + client + "/screening";
        for (Generation.Missing item : missing) {
            String field = item.field() == null ? "" : item.field();
            String message = item.message() == null || item.message().isBlank() ? "needed"
                    : Character.toUpperCase(item.message().charAt(0)) + item.message().substring(1);
            String key = field.toLowerCase(Locale.ROOT);
            if (key.contains("clearance") || key.contains("ceiling")) {
                fields.add(new MissingField("Medical clearance", message, screening, "Record the clearance"));
            } else if (key.contains("screening")) {
                fields.add(new MissingField("Health screening", message, screening, "Run the screening"));
            } else {
                fields.add(new MissingField(label(field), message, profile, "Edit the profile"));
            }
        }
        return fields;
    }

    private static String label(String field) {
        return switch (field) {
            case "dateOfBirth", "age", "birthDate" -> "Date of birth";
            case "experience" -> "Training experience";
            case "primaryGoal", "goal" -> "Main goal";
            case "daysAvailable", "days", "daysPerWeek" -> "Days they can train";
            case "minutesPerSession", "minutes" -> "Minutes per session";
            case "equipment", "equipmentAccess" -> "Where they train";
            default -> {
                String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ')
                        .toLowerCase(Locale.ROOT).strip();
                yield words.isEmpty() ? "Profile" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
            }
        };
    }

    private static String counts(ProgramSummary program) {
        return ProgramLayout.count(program.errors(), "error") + " and "
                + ProgramLayout.count(program.warnings(), "warning");
    }

    private static Specialisation specialisation(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Specialisation.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("specialisation", "choose a kind of program from the list");
        }
    }

    private static Integer weeks(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldsException(List.of(new InvalidFieldsException.Problem("weeks",
                    "must be a whole number of weeks")));
        }
    }
}
