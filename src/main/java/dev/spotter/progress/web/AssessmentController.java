package dev.spotter.progress.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.spotter.clients.Client;
import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.web.Flash;
import dev.spotter.platform.web.Htmx;
import dev.spotter.progress.AssessmentLog;
import dev.spotter.progress.AssessmentSession;
import dev.spotter.progress.ProgressLog;
import dev.spotter.progress.RecordTest;
import dev.spotter.progress.TestResult;
import dev.spotter.science.assessment.AssessmentKind;
import dev.spotter.science.assessment.Input;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Assessments as a coach runs them: plan a session (a ready-made battery or chosen tests), then open it on a phone
 * and record each test; each card answers with the result's estimate, norm category and change since last time.
 */
@Controller
class AssessmentController {

    private final AssessmentLog assessments;
    private final ProgressLog progress;

    AssessmentController(AssessmentLog assessments, ProgressLog progress) {
        this.assessments = assessments;
        this.progress = progress;
    }

    @GetMapping("/app/clients/{clientId}/progress/assessments/new")
    String plan(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId, Model model) {
        Client client = progress.client(me, ProgressController.id(clientId));
        planModel(me, client, model, progress.today(me), null, List.of(), null);
        return "progress/plan";
    }

    private void planModel(SpotterPrincipal me, Client client, Model model, LocalDate day, String battery,
                           List<String> kinds, String error) {
        Integer age = client.age(progress.today(me));
        model.addAttribute("client", client);
        model.addAttribute("age", age);
        model.addAttribute("batteries", AssessmentSession.Battery.values());
        model.addAttribute("kinds", AssessmentKind.values());
        model.addAttribute("day", day);
        model.addAttribute("battery", battery);
        model.addAttribute("chosen", kinds);
        model.addAttribute("error", error);
        model.addAttribute("profileMissing", client.dateOfBirth() == null || client.sex() == null);
    }

    @PostMapping("/app/clients/{clientId}/progress/assessments")
    String schedule(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId,
                    @RequestParam(required = false) LocalDate scheduledOn,
                    @RequestParam(required = false) String battery,
                    @RequestParam(required = false) List<String> kinds, Model model) {
        Client client = progress.client(me, ProgressController.id(clientId));
        List<AssessmentKind> chosen = new ArrayList<>();
        String title = "Assessment";
        if (battery != null && !battery.isBlank() && !battery.equals("CUSTOM")) {
            AssessmentSession.Battery picked = AssessmentSession.Battery.valueOf(battery);
            chosen.addAll(picked.kinds());
            title = picked.title();
        } else if (kinds != null) {
            kinds.forEach(code -> chosen.add(AssessmentKind.ofCode(code)));
        }
        try {
            AssessmentSession session = assessments.schedule(me, client.id(), scheduledOn, title, chosen);
            return "redirect:/app/clients/" + client.id() + "/progress/assessments/" + session.id();
        } catch (InvalidFieldException e) {
            planModel(me, client, model, scheduledOn, battery, kinds == null ? List.of() : kinds,
                    Character.toUpperCase(e.getMessage().charAt(0)) + e.getMessage().substring(1) + ".");
            model.addAttribute("errorField", e.field());
            return "progress/plan";
        }
    }

    @GetMapping("/app/clients/{clientId}/progress/assessments/{sessionId}")
    String run(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId,
               @PathVariable String sessionId, Model model) {
        AssessmentLog.SessionFile file = assessments.session(me, ProgressController.id(clientId),
                ProgressController.id(sessionId));
        model.addAttribute("file", file);
        model.addAttribute("client", file.client());
        model.addAttribute("fmt", new TestFormat());
        model.addAttribute("cards", file.session().kinds().stream()
                .map(kind -> Card.of(file, kind, Map.of(), Map.of())).toList());
        return "progress/session";
    }

    @PostMapping("/app/clients/{clientId}/progress/assessments/{sessionId}/results")
    String result(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId,
                  @PathVariable String sessionId, @RequestParam String kind,
                  @RequestParam Map<String, String> params, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        UUID client = ProgressController.id(clientId);
        UUID session = ProgressController.id(sessionId);
        AssessmentKind test = AssessmentKind.ofCode(kind);
        Map<String, String> typed = new HashMap<>(params);
        Map<String, String> errors = new HashMap<>();
        try {
            Map<Input, Double> inputs = new HashMap<>();
            for (Input input : test.inputs()) {
                Double value = TestFields.parse(input, params.get(TestFields.name(input)));
                if (value != null) {
                    inputs.put(input, value);
                }
            }
            AssessmentLog.SessionFile file = assessments.session(me, client, session);
            LocalDate day = file.session().scheduledOn().isAfter(progress.today(me)) ? progress.today(me)
                    : file.session().scheduledOn();
            assessments.record(me, client, new RecordTest(test, day, inputs, params.get("lift"), session,
                    params.get("notes")));
            typed = Map.of();
        } catch (InvalidFieldException e) {
            String field = e.field();
            errors.put(field, Character.toUpperCase(e.getMessage().charAt(0)) + e.getMessage().substring(1) + ".");
        }
        AssessmentLog.SessionFile file = assessments.session(me, client, session);
        Card card = Card.of(file, test, typed, errors);
        if (Htmx.isHtmx(request)) {
            model.addAttribute("card", card);
            model.addAttribute("file", file);
            model.addAttribute("fmt", new TestFormat());
            return "progress/partials/test-card :: card";
        }
        if (errors.isEmpty()) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(test.displayName() + " saved."));
            return "redirect:/app/clients/" + client + "/progress/assessments/" + session + "#" + test.code();
        }
        model.addAttribute("file", file);
        model.addAttribute("client", file.client());
        model.addAttribute("fmt", new TestFormat());
        Map<String, String> failedTyped = typed;
        model.addAttribute("cards", file.session().kinds().stream()
                .map(k -> k == test ? Card.of(file, k, failedTyped, errors) : Card.of(file, k, Map.of(),
                        Map.of())).toList());
        return "progress/session";
    }

    @PostMapping("/app/clients/{clientId}/progress/assessments/{sessionId}/finish")
    String finish(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId,
                  @PathVariable String sessionId, RedirectAttributes redirect) {
        UUID client = ProgressController.id(clientId);
        try {
            AssessmentSession done = assessments.finish(me, client, ProgressController.id(sessionId));
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(done.title() + " finished."));
            return "redirect:/app/clients/" + client + "/progress#assessments";
        } catch (ConflictException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Not finished: the session " + e.getMessage()
                    + "."));
            return "redirect:/app/clients/" + client + "/progress/assessments/" + sessionId;
        }
    }

    @GetMapping("/app/clients/{clientId}/progress/assessments.csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId) {
        Client client = progress.client(me, ProgressController.id(clientId));
        return SeriesCsv.assessments(client.displayName(), assessments.results(me, client.id()));
    }

    @GetMapping("/portal/progress/assessments.csv")
    ResponseEntity<byte[]> portalCsv(@AuthenticationPrincipal SpotterPrincipal me) {
        Client client = progress.self(me);
        return SeriesCsv.assessments(client.displayName(), assessments.results(me, client.id()));
    }

    /** One test of a session as its card shows it: fields, what was typed, errors, and the result once saved. */
    record Card(AssessmentKind kind, List<Field> fields, boolean lift, String liftTyped, TestResult result,
                Map<String, String> errors) {

        record Field(String name, String label, String hint, String value, boolean whole, String error) {
        }

        static Card of(AssessmentLog.SessionFile file, AssessmentKind kind, Map<String, String> typed,
                       Map<String, String> errors) {
            TestResult result = file.results().get(kind);
            List<Field> fields = kind.inputs().stream().map(input -> {
                String name = TestFields.name(input);
                String value = typed.containsKey(name) ? typed.get(name)
                        : result == null ? "" : TestFields.typed(input, result.inputs().get(input));
                return new Field(name, TestFields.label(input), TestFields.hint(input), value, input.whole(),
                        errors.get(name));
            }).toList();
            boolean lift = kind.estimate() == dev.spotter.science.assessment.Estimate.ONE_REP_MAX;
            String liftTyped = typed.containsKey("lift") ? typed.get("lift") : result == null ? "" : result.lift();
            return new Card(kind, fields, lift, liftTyped, result, errors);
        }

        /** An error that belongs to no field of the form, such as a missing date of birth. */
        public String generalError() {
            return errors.entrySet().stream()
                    .filter(e -> fields.stream().noneMatch(f -> f.name().equals(e.getKey())) && !e.getKey()
                            .equals("lift"))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }
}
