package dev.spotter.programs.web;

import java.time.Clock;
import java.util.List;

import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.programs.ProgramBook;
import dev.spotter.programs.PublishedProgram;
import dev.spotter.programs.engine.CheckReport;
import dev.spotter.studios.StudioDirectory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The client's program in their portal: the version their coach published, this week first, on a phone. Drafts
 * and later unpublished edits never show here.
 */
@Controller
class PortalProgramController {

    private final ProgramBook book;
    private final ClientDirectory clients;
    private final StudioDirectory studios;
    private final ProgramPrint print;
    private final Clock clock;

    PortalProgramController(ProgramBook book, ClientDirectory clients, StudioDirectory studios, ProgramPrint print,
                            Clock clock) {
        this.book = book;
        this.clients = clients;
        this.studios = studios;
        this.print = print;
        this.clock = clock;
    }

    @GetMapping("/portal/program")
    String program(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam(required = false) Integer week,
                   Model model) {
        var published = book.published(me);
        model.addAttribute("published", published.orElse(null));
        published.ifPresent(found -> {
            int weeks = found.body().weeks().size();
            int current = ProgramLayout.currentWeek(found.program().publishedAt(), clock.instant(), weeks);
            int shown = week == null ? current : Math.max(1, Math.min(week, weeks));
            model.addAttribute("currentWeek", current);
            model.addAttribute("weekNumber", shown);
            model.addAttribute("weekCount", weeks);
            model.addAttribute("layout", ProgramLayout.week(found.body(), shown, new CheckReport(List.of())));
            model.addAttribute("body", found.body());
        });
        return "programs/portal";
    }

    @GetMapping("/portal/program.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SpotterPrincipal me) {
        PublishedProgram published = book.published(me).orElseThrow(() -> new NotFoundException("Program"));
        return print.download(ProgramPrint.model(published.program(), published.program().publishedVersion(),
                published.body(),
                studios.studioName(me.studioId()), clients.today(), true, null));
    }
}
