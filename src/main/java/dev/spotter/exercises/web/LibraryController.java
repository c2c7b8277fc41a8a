package dev.spotter.exercises.web;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
import dev.spotter.exercises.internal.ExerciseTransfer;
import dev.spotter.exercises.internal.ImportPlan;
import dev.spotter.exercises.internal.ImportRejected;
import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.web.Flash;
import dev.spotter.platform.web.Forms;
import dev.spotter.platform.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
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

/** The exercise library in the trainer workspace: search, detail with safe alternatives, editor, import, export. */
@Controller
class LibraryController {

    private static final int PAGE_SIZE = 24;
    private static final String PENDING_IMPORT = "spotter.exercises.import";

    private final ExerciseCatalog catalog;
    private final ExerciseTransfer transfer;

    LibraryController(ExerciseCatalog catalog, ExerciseTransfer transfer) {
        this.catalog = catalog;
        this.transfer = transfer;
    }

    /** An import waiting for the trainer to confirm its preview. */
    record PendingImport(String token, String filename, ImportPlan plan) implements Serializable {
    }

    @GetMapping("/app/exercises")
    String library(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam(defaultValue = "") String q,
                   @RequestParam(required = false) Pattern pattern, @RequestParam(required = false) Modality modality,
                   @RequestParam(required = false) Muscle muscle, @RequestParam(required = false) Equipment equipment,
                   @RequestParam(required = false) Level level,
                   @RequestParam(required = false) List<SafetyTag> avoid,
                   @RequestParam(required = false) Exercise.Origin origin,
                   @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
        Set<SafetyTag> avoided = avoid == null || avoid.isEmpty() ? Set.of() : EnumSet.copyOf(avoid);
        Paging paging = new Paging(Math.max(page, 0), PAGE_SIZE);
        var results = catalog.search(me.studioId(), new ExerciseQuery(q, pattern, modality, muscle, equipment, null,
                level, avoided, origin), paging);
        model.addAttribute("q", q);
        model.addAttribute("filter", new Filter(pattern, modality, muscle, equipment, level, avoided, origin));
        model.addAttribute("results", results.items());
        model.addAttribute("total", results.total());
        model.addAttribute("page", paging.page());
        model.addAttribute("hasNext", paging.offset() + PAGE_SIZE < results.total());
        vocabulary(model);
        if (Htmx.isHtmx(request)) {
            return "exercises/library :: results";
        }
        return "exercises/library";
    }

    /** The filters as chosen, for re-rendering the form. */
    record Filter(Pattern pattern, Modality modality, Muscle muscle, Equipment equipment, Level level,
                  Set<SafetyTag> avoid, Exercise.Origin origin) {

        public boolean any() {
            return pattern != null || modality != null || muscle != null || equipment != null || level != null
                    || !avoid.isEmpty() || origin != null;
        }
    }

    @GetMapping("/app/exercises/{id}")
    String detail(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id, Model model) {
        Exercise exercise = catalog.get(me.studioId(), id);
        model.addAttribute("exercise", exercise);
        model.addAttribute("ladder", catalog.ladder(me.studioId(), exercise));
        model.addAttribute("substitution", catalog.alternatives(me.studioId(), exercise, ClientContext.unrestricted(),
                6));
        model.addAttribute("context", new ContextForm(List.of(), List.of(), Level.ADVANCED, List.of()));
        vocabulary(model);
        return "exercises/detail";
    }

    /** A client's situation, as the trainer describes it on the detail page. */
    record ContextForm(List<SafetyTag> avoid, List<Equipment> equipment, Level level, List<Pattern> painful) {
    }

    @GetMapping("/app/exercises/{id}/alternatives")
    String alternatives(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                        @RequestParam(required = false) List<SafetyTag> avoid,
                        @RequestParam(required = false) List<Equipment> equipment,
                        @RequestParam(required = false) Level level,
                        @RequestParam(required = false) List<Pattern> painful, Model model) {
        ClientContext context = new ClientContext(avoid == null ? Set.of() : Set.copyOf(avoid),
                equipment == null || equipment.isEmpty() ? null : Set.copyOf(equipment), level,
                painful == null ? Set.of() : Set.copyOf(painful));
        Exercise exercise = catalog.get(me.studioId(), id);
        model.addAttribute("exercise", exercise);
        model.addAttribute("substitution", catalog.alternatives(me.studioId(), exercise, context, 8));
        return "exercises/detail :: alternatives";
    }

    @GetMapping("/app/exercises/new")
    String newExercise(Model model) {
        model.addAttribute("form", ExerciseForm.blank());
        return editor(model, null);
    }

    @PostMapping("/app/exercises")
    String create(@AuthenticationPrincipal SpotterPrincipal me, @ModelAttribute("form") ExerciseForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                Exercise created = catalog.create(me.studioId(), form.fields());
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(created.name() + " added to your library."));
                return "redirect:/app/exercises/" + created.id();
            } catch (InvalidFieldException e) {
                Forms.reject(binding, e);
            }
        }
        return editor(model, null);
    }

    @GetMapping("/app/exercises/{id}/edit")
    String edit(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id, Model model) {
        Exercise exercise = catalog.get(me.studioId(), id);
        model.addAttribute("form", ExerciseForm.of(exercise));
        return editor(model, exercise);
    }

    @PostMapping("/app/exercises/{id}")
    String update(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                  @ModelAttribute("form") ExerciseForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        Exercise current = catalog.get(me.studioId(), id);
        if (!binding.hasErrors()) {
            try {
                Exercise saved = catalog.update(me.studioId(), id, form.fields());
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(current.builtIn()
                        ? "Saved as your studio's version of " + saved.name() + ". Spotter's original is unchanged."
                        : saved.name() + " saved."));
                return "redirect:/app/exercises/" + id;
            } catch (InvalidFieldException e) {
                Forms.reject(binding, e);
            }
        }
        return editor(model, current);
    }

    @PostMapping("/app/exercises/{id}/delete")
    String delete(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                  RedirectAttributes redirect) {
        Exercise current = catalog.get(me.studioId(), id);
        try {
            Exercise.Origin origin = catalog.delete(me.studioId(), id);
            if (origin == Exercise.Origin.OVERRIDE) {
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Back to Spotter's version of "
                        + current.name() + "."));
                return "redirect:/app/exercises/" + id;
            }
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(current.name() + " removed from your library."));
        } catch (ConflictException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.getMessage() + "."));
            return "redirect:/app/exercises/" + id;
        }
        return "redirect:/app/exercises";
    }

    @GetMapping("/app/exercises/import")
    String importPage(Model model) {
        model.addAttribute("format", "free-exercise-db");
        return "exercises/import";
    }

    @PostMapping("/app/exercises/import")
    String preview(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam(required = false) String format,
                   @RequestParam(required = false) MultipartFile file, HttpSession session, Model model)
            throws IOException {
        model.addAttribute("format", format);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "Choose a file to import.");
            return "exercises/import";
        }
        try {
            ImportPlan plan = transfer.plan(me.studioId(), ExerciseTransfer.Format.parse(format), file.getBytes());
            PendingImport pending = new PendingImport(UUID.randomUUID().toString(), file.getOriginalFilename(), plan);
            session.setAttribute(PENDING_IMPORT, pending);
            model.addAttribute("pending", pending);
            return "exercises/import-preview";
        } catch (ImportRejected e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("fileError", e.getMessage() + ". Nothing was written.");
            return "exercises/import";
        } catch (InvalidFieldException e) {
            model.addAttribute("formatError", e.getMessage());
            return "exercises/import";
        }
    }

    @PostMapping("/app/exercises/import/apply")
    String apply(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam String token, HttpSession session,
                 Model model, RedirectAttributes redirect) {
        if (!(session.getAttribute(PENDING_IMPORT) instanceof PendingImport pending)
                || !pending.token().equals(token)) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(
                    "That preview has expired or was already applied. Upload the file again."));
            return "redirect:/app/exercises/import";
        }
        session.removeAttribute(PENDING_IMPORT);
        model.addAttribute("report", transfer.apply(me.studioId(), pending.plan()));
        model.addAttribute("filename", pending.filename());
        return "exercises/import-report";
    }

    @GetMapping("/app/exercises/export.csv")
    ResponseEntity<byte[]> exportCsv(@AuthenticationPrincipal SpotterPrincipal me,
                                     @RequestParam(defaultValue = "false") boolean all) {
        return download(transfer.toCsv(transfer.exportable(me.studioId(), all)), "exercises.csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping("/app/exercises/export.json")
    ResponseEntity<byte[]> exportJson(@AuthenticationPrincipal SpotterPrincipal me,
                                      @RequestParam(defaultValue = "false") boolean all) {
        return download(transfer.toJson(transfer.exportable(me.studioId(), all)), "exercises.json",
                MediaType.APPLICATION_JSON);
    }

    private static ResponseEntity<byte[]> download(String body, String filename, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    private String editor(Model model, Exercise editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("pageTitle", editing == null ? "New exercise" : "Edit " + editing.name());
        vocabulary(model);
        return "exercises/edit";
    }

    private static void vocabulary(Model model) {
        model.addAttribute("patterns", Pattern.values());
        model.addAttribute("modalities", Modality.values());
        model.addAttribute("muscles", Muscle.values());
        model.addAttribute("equipmentList", Equipment.values());
        model.addAttribute("levels", Level.values());
        model.addAttribute("loads", LoadType.values());
        model.addAttribute("safetyTags", SafetyTag.values());
        model.addAttribute("populationList", Population.values());
        model.addAttribute("origins", Exercise.Origin.values());
    }
}
