package dev.spotter.programs.web;

import java.util.UUID;
import java.util.function.Supplier;

import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.web.Flash;
import dev.spotter.platform.web.Forms;
import dev.spotter.platform.web.Htmx;
import dev.spotter.programs.ProgramBook;
import dev.spotter.programs.ProgramFile;
import dev.spotter.programs.ProgramSummary;
import dev.spotter.programs.engine.BlockKind;
import dev.spotter.programs.engine.LoadRule;
import dev.spotter.programs.engine.Prescription;
import dev.spotter.programs.engine.Program;
import dev.spotter.programs.internal.ProgramEdits;
import dev.spotter.studios.StudioDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The program builder: a program week by week with the checker beside it. Every edit (swap, dose, add, remove,
 * move) carries the version it was made to; htmx swaps the week back in and updates the checker, the header,
 * the publish form and the history out of band. Without JavaScript the same forms post and redirect.
 */
@Controller
class BuilderController {

    private final ProgramBook book;
    private final ClientDirectory clients;
    private final StudioDirectory studios;
    private final ProgramPrint print;

    BuilderController(ProgramBook book, ClientDirectory clients, StudioDirectory studios, ProgramPrint print) {
        this.book = book;
        this.clients = clients;
        this.studios = studios;
        this.print = print;
    }

    @GetMapping("/app/programs/{id}")
    String builder(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                   @RequestParam(required = false) Integer week, @RequestParam(required = false) Integer version,
                   Model model, HttpServletRequest request) {
        page(me, book.open(me, ProgramBook.uuid(id, "Program"), version), week, model);
        if (Htmx.isHtmx(request)) {
            return "programs/partials/week :: week";
        }
        return "programs/builder";
    }

    // ---- edits ----

    @GetMapping("/app/programs/{id}/alternatives")
    String alternatives(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                        @RequestParam(required = false) Integer session, @RequestParam(required = false) String slot,
                        @RequestParam(defaultValue = "1") int week, @RequestParam(required = false) Integer version,
                        Model model, HttpServletRequest request) {
        UUID programId = ProgramBook.uuid(id, "Program");
        try {
            model.addAttribute("substitution", book.alternatives(me, programId, session == null ? 0 : session,
                    slot == null ? "" : slot));
        } catch (InvalidFieldException e) {
            throw new NotFoundException("Exercise in this slot");
        }
        tool(programId, version, week, session, slot, model);
        return tool("alternatives", model, request);
    }

    @PostMapping("/app/programs/{id}/swap")
    String swap(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                @RequestParam(required = false) Integer version, @RequestParam(required = false) Integer session,
                @RequestParam(required = false) String slot, @RequestParam(required = false) String exercise,
                @RequestParam(defaultValue = "1") int week, Model model, HttpServletRequest request,
                HttpServletResponse response, RedirectAttributes redirect) {
        UUID programId = ProgramBook.uuid(id, "Program");
        return edited(me, programId, week, () -> book.swap(me, programId, version, session, slot, exercise),
                "Exercise swapped in every week.", model, request, response, redirect);
    }

    @GetMapping("/app/programs/{id}/dose")
    String doseForm(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                    @RequestParam(defaultValue = "1") int week, @RequestParam(required = false) Integer session,
                    @RequestParam(required = false) String slot, @RequestParam(required = false) Integer version,
                    Model model, HttpServletRequest request) {
        UUID programId = ProgramBook.uuid(id, "Program");
        Prescription item = prescription(book.open(me, programId, null).shown().body(), week, session, slot);
        model.addAttribute("dose", DoseForm.of(item));
        return doseTool(programId, version, week, session, slot, item, model, request);
    }

    @PostMapping("/app/programs/{id}/dose")
    String dose(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                @RequestParam(required = false) Integer version, @RequestParam(defaultValue = "1") int week,
                @RequestParam(required = false) Integer session, @RequestParam(required = false) String slot,
                @ModelAttribute("dose") DoseForm form, BindingResult binding, Model model,
                HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        UUID programId = ProgramBook.uuid(id, "Program");
        try {
            var change = form.change();
            return edited(me, programId, week, () -> book.changeDose(me, programId, version, week, session, slot,
                    change), "Dose changed for week " + week + ".", model, request, response, redirect, true);
        } catch (InvalidFieldException e) {
            Forms.reject(binding, e);
            Prescription item = prescription(book.open(me, programId, null).shown().body(), week, session, slot);
            return doseTool(programId, version, week, session, slot, item, model, request);
        }
    }

    /** The dose tool for one prescription, as first shown and when a change is refused. */
    private static String doseTool(UUID programId, Integer version, int week, Integer session, String slot,
                                   Prescription item, Model model, HttpServletRequest request) {
        tool(programId, version, week, session, slot, model);
        model.addAttribute("item", item);
        model.addAttribute("loadKinds", LoadRule.Kind.values());
        return tool("dose", model, request);
    }

    @GetMapping("/app/programs/{id}/add")
    String addPanel(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                    @RequestParam(required = false) Integer session, @RequestParam(required = false) BlockKind block,
                    @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int week,
                    @RequestParam(required = false) Integer version,
                    @RequestParam(defaultValue = "false") boolean results, Model model,
                    HttpServletRequest request) {
        UUID programId = ProgramBook.uuid(id, "Program");
        BlockKind kind = block == null ? BlockKind.STRENGTH : block;
        String text = q.length() > 100 ? q.substring(0, 100) : q;
        model.addAttribute("exercises", book.addable(me, programId, kind, text, 8));
        model.addAttribute("block", kind);
        model.addAttribute("q", text);
        tool(programId, version, week, session, null, model);
        model.addAttribute("addId", "add-" + session + "-" + kind.name().toLowerCase());
        if (results && Htmx.isHtmx(request)) {
            return "programs/partials/tools :: add-results";
        }
        return tool("add", model, request);
    }

    @PostMapping("/app/programs/{id}/add")
    String add(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
               @RequestParam(required = false) Integer version, @RequestParam(required = false) Integer session,
               @RequestParam(required = false) BlockKind block, @RequestParam(required = false) String exercise,
               @RequestParam(defaultValue = "1") int week, Model model, HttpServletRequest request,
               HttpServletResponse response, RedirectAttributes redirect) {
        UUID programId = ProgramBook.uuid(id, "Program");
        return edited(me, programId, week, () -> book.addExercise(me, programId, version, session, block, exercise),
                "Exercise added to every week.", model, request, response, redirect);
    }

    @PostMapping("/app/programs/{id}/remove")
    String remove(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                  @RequestParam(required = false) Integer version, @RequestParam(required = false) Integer session,
                  @RequestParam(required = false) String slot, @RequestParam(defaultValue = "1") int week,
                  Model model, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect) {
        UUID programId = ProgramBook.uuid(id, "Program");
        return edited(me, programId, week, () -> book.remove(me, programId, version, session, slot),
                "Exercise removed from every week.", model, request, response, redirect);
    }

    @PostMapping("/app/programs/{id}/move")
    String move(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                @RequestParam(required = false) Integer version, @RequestParam(required = false) Integer session,
                @RequestParam(required = false) String slot, @RequestParam(defaultValue = "down") String direction,
                @RequestParam(defaultValue = "1") int week, Model model, HttpServletRequest request,
                HttpServletResponse response, RedirectAttributes redirect) {
        UUID programId = ProgramBook.uuid(id, "Program");
        boolean up = direction.equals("up");
        return edited(me, programId, week, () -> book.move(me, programId, version, session, slot, up),
                up ? "Moved up." : "Moved down.", model, request, response, redirect);
    }

    @PostMapping("/app/programs/{id}/restore")
    String restore(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                   @RequestParam(required = false) Integer version, @RequestParam int from,
                   RedirectAttributes redirect) {
        UUID programId = ProgramBook.uuid(id, "Program");
        try {
            ProgramSummary saved = book.restore(me, programId, version, from);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Version " + from + " restored as version "
                    + saved.currentVersion() + "."));
        } catch (ConflictException | InvalidFieldException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Not restored: " + e.getMessage() + "."));
        }
        return "redirect:/app/programs/" + programId;
    }

    @PostMapping("/app/programs/{id}/check")
    String check(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                 @RequestParam(defaultValue = "1") int week, Model model, HttpServletRequest request,
                 RedirectAttributes redirect) {
        UUID programId = ProgramBook.uuid(id, "Program");
        var report = book.check(me, programId);
        if (Htmx.isHtmx(request)) {
            page(me, book.open(me, programId, null), week, model);
            return "programs/partials/checker :: checker";
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Checked again: "
                + ProgramLayout.count(report.errors().size(), "error") + ", "
                + ProgramLayout.count(report.warnings().size(), "warning") + "."));
        return "redirect:/app/programs/" + programId + "?week=" + week;
    }

    // ---- publishing, templates, archiving ----

    @PostMapping("/app/programs/{id}/publish")
    String publish(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                   @RequestParam(required = false) Integer version,
                   @RequestParam(defaultValue = "") String overrideReason, @RequestParam(defaultValue = "1") int week,
                   Model model, RedirectAttributes redirect) {
        UUID programId = ProgramBook.uuid(id, "Program");
        try {
            ProgramSummary published = book.publish(me, programId, version, overrideReason);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Version " + published.publishedVersion()
                    + " is published: " + published.clientName() + " sees it in their portal."));
        } catch (ConflictException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, new Flash(Flash.Kind.WARNING, "Not published: "
                    + e.getMessage() + "."));
        } catch (InvalidFieldException e) {
            page(me, book.open(me, programId, null), week, model);
            model.addAttribute("publishError", Character.toUpperCase(e.getMessage().charAt(0))
                    + e.getMessage().substring(1) + ".");
            model.addAttribute("overrideReason", overrideReason);
            return "programs/builder";
        }
        return "redirect:/app/programs/" + programId + "?week=" + week;
    }

    @PostMapping("/app/programs/{id}/template")
    String saveAsTemplate(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                          @RequestParam(defaultValue = "") String title, RedirectAttributes redirect) {
        UUID programId = ProgramBook.uuid(id, "Program");
        try {
            ProgramSummary template = book.saveAsTemplate(me, programId, title);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Saved as the template \""
                    + template.title() + "\". Apply it to any client from here or from Programs → Templates."));
            return "redirect:/app/programs/" + template.id();
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Not saved as a template: " + e.describe()
                    + "."));
            return "redirect:/app/programs/" + programId;
        }
    }

    @PostMapping("/app/programs/{id}/archive")
    String archive(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                   RedirectAttributes redirect) {
        ProgramSummary archived = book.archive(me, ProgramBook.uuid(id, "Program"));
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("\"" + archived.title() + "\" is archived."
                + (archived.clientName() == null ? "" : " " + archived.clientName()
                + " no longer sees it in their portal.")));
        return "redirect:/app/programs" + (archived.template() ? "?kind=TEMPLATE" : "");
    }

    // ---- printing ----

    @GetMapping("/app/programs/{id}/print")
    String print(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                 @RequestParam(required = false) Integer version, Model model) {
        ProgramFile file = book.open(me, ProgramBook.uuid(id, "Program"), version);
        model.addAllAttributes(ProgramPrint.model(file.program(), file.shown().version(), file.shown().body(),
                studios.studioName(me.studioId()), clients.today(), false, "/app/programs/" + file.program().id()));
        return ProgramPrint.TEMPLATE;
    }

    @GetMapping("/app/programs/{id}.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                               @RequestParam(required = false) Integer version) {
        ProgramFile file = book.open(me, ProgramBook.uuid(id, "Program"), version);
        return print.download(ProgramPrint.model(file.program(), file.shown().version(), file.shown().body(),
                studios.studioName(me.studioId()), clients.today(), true, null));
    }

    // ---- the page ----

    /** Everything the builder page and its fragments read. */
    private void page(SpotterPrincipal me, ProgramFile file, Integer week, Model model) {
        ProgramSummary program = file.program();
        Program body = file.shown().body();
        int weekNumber = week == null ? 1 : Math.max(1, Math.min(week, Math.max(1, body.weeks().size())));
        String base = "/app/programs/" + program.id() + (file.current() ? "" : "?version=" + file.shown().version());
        model.addAttribute("file", file);
        model.addAttribute("program", program);
        model.addAttribute("body", body);
        model.addAttribute("report", file.report());
        model.addAttribute("layout", ProgramLayout.week(body, weekNumber, file.report()));
        model.addAttribute("findings", ProgramLayout.findings(body, file.report(), base));
        model.addAttribute("base", base);
        model.addAttribute("weekNumber", weekNumber);
        model.addAttribute("editable", file.editable());
        model.addAttribute("version", program.currentVersion());
        model.addAttribute("zone", studios.timeZone(me.studioId()));
        model.addAttribute("blocks", BlockKind.values());
        if (program.template()) {
            model.addAttribute("clients", clients.roster(me, Paging.MAX_SIZE));
        }
    }

    private static Prescription prescription(Program body, int week, Integer session, String slot) {
        try {
            return ProgramEdits.find(body, week, session == null ? 0 : session, slot == null ? "" : slot);
        } catch (InvalidFieldException e) {
            throw new NotFoundException("Exercise in this slot");
        }
    }

    /** What every tool panel (alternatives, dose, add) needs to post its edit back. */
    private static void tool(UUID programId, Integer version, int week, Integer session, String slot, Model model) {
        model.addAttribute("programId", programId);
        model.addAttribute("version", version);
        model.addAttribute("week", week);
        model.addAttribute("sessionIndex", session);
        model.addAttribute("slot", slot);
        model.addAttribute("toolsId", slot == null ? null : "tools-" + ProgramLayout.domId(session == null ? 0
                : session, slot));
    }

    /** A tool panel as an htmx fragment, or inside a page of its own without JavaScript. */
    private static String tool(String name, Model model, HttpServletRequest request) {
        if (Htmx.isHtmx(request)) {
            return "programs/partials/tools :: " + name;
        }
        model.addAttribute("tool", name);
        model.addAttribute("standalone", true);
        return "programs/tool";
    }

    private String edited(SpotterPrincipal me, UUID id, int week, Supplier<ProgramSummary> edit, String done,
                          Model model, HttpServletRequest request, HttpServletResponse response,
                          RedirectAttributes redirect) {
        return edited(me, id, week, edit, done, model, request, response, redirect, false);
    }

    /**
     * Runs an edit. With htmx the answer is the week and, out of band, everything the edit changed; a stale
     * version or a refused edit answers only with a message at the top. Without htmx it redirects to the week.
     * {@code retarget} is for forms whose own panel is the htmx target (the dose form).
     */
    private String edited(SpotterPrincipal me, UUID id, int week, Supplier<ProgramSummary> edit, String done,
                          Model model, HttpServletRequest request, HttpServletResponse response,
                          RedirectAttributes redirect, boolean retarget) {
        boolean htmx = Htmx.isHtmx(request);
        String back = "/app/programs/" + id + "?week=" + week;
        Flash notice;
        try {
            ProgramSummary saved = edit.get();
            notice = Flash.success(done + " Saved as version " + saved.currentVersion() + ".");
            if (!htmx) {
                redirect.addFlashAttribute(Flash.ATTRIBUTE, notice);
                return "redirect:" + back;
            }
            if (retarget) {
                response.setHeader("HX-Retarget", "#week");
                response.setHeader("HX-Reswap", "outerHTML");
            }
            page(me, book.open(me, id, null), week, model);
            model.addAttribute("notice", notice);
            return "programs/partials/edited :: edited";
        } catch (ConflictException e) {
            boolean stale = "expectedVersion".equals(e.field());
            notice = new Flash(Flash.Kind.WARNING, stale
                    ? (htmx ? "This program was changed after you opened it, so your change was not saved. Reload "
                    + "to see the latest version, then make your change again."
                    : "This program was changed after you opened it, so your change was not saved. This is the "
                    + "latest version: make your change again if it is still needed.")
                    : "Not saved: " + e.getMessage() + ".");
            model.addAttribute("reload", stale ? back : null);
        } catch (InvalidFieldException e) {
            if (retarget) {
                throw e;
            }
            notice = Flash.error("Not saved: " + e.describe() + ".");
        }
        if (!htmx) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, notice);
            return "redirect:" + back;
        }
        response.setHeader("HX-Reswap", "none");
        model.addAttribute("notice", notice);
        return "programs/partials/edited :: notice";
    }
}
