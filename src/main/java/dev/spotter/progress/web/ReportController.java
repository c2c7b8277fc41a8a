package dev.spotter.progress.web;

import java.time.LocalDate;
import java.util.UUID;

import dev.spotter.clients.Client;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.mail.Mailer;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.web.Flash;
import dev.spotter.platform.web.PublicUrls;
import dev.spotter.progress.ProgressLog;
import dev.spotter.progress.ProgressReport;
import dev.spotter.progress.ReportBook;
import dev.spotter.studios.StudioDirectory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

/** Progress reports: the coach writes one for a period, reads it as a page or PDF, and sends it to the client. */
@Controller
class ReportController {

    static final int DEFAULT_MONTHS = 3;

    private final ReportBook reports;
    private final ProgressLog progress;
    private final ReportPages pages;
    private final StudioDirectory studios;
    private final Mailer mailer;
    private final PublicUrls urls;

    ReportController(ReportBook reports, ProgressLog progress, ReportPages pages, StudioDirectory studios,
                     Mailer mailer, PublicUrls urls) {
        this.reports = reports;
        this.progress = progress;
        this.pages = pages;
        this.studios = studios;
        this.mailer = mailer;
        this.urls = urls;
    }

    @GetMapping("/app/clients/{clientId}/progress/reports/new")
    String form(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId, Model model) {
        Client client = progress.client(me, ProgressController.id(clientId));
        LocalDate today = progress.today(me);
        return form(client, today.minusMonths(DEFAULT_MONTHS), today, null, null, model);
    }

    private String form(Client client, LocalDate from, LocalDate to, String comments, InvalidFieldException error,
                        Model model) {
        model.addAttribute("client", client);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("comments", comments);
        model.addAttribute("errorField", error == null ? null : error.field());
        model.addAttribute("error", error == null ? null : Character.toUpperCase(error.getMessage().charAt(0))
                + error.getMessage().substring(1) + ".");
        return "progress/report-new";
    }

    @PostMapping("/app/clients/{clientId}/progress/reports")
    String write(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId,
                 @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                 @RequestParam(required = false) String comments, Model model) {
        Client client = progress.client(me, ProgressController.id(clientId));
        try {
            ProgressReport report = reports.write(me, client.id(), from, to, comments);
            return "redirect:/app/clients/" + client.id() + "/progress/reports/" + report.id();
        } catch (InvalidFieldException e) {
            return form(client, from, to, comments, e, model);
        }
    }

    @GetMapping("/app/clients/{clientId}/progress/reports/{reportId}")
    String coachPage(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId,
                     @PathVariable String reportId, Model model) {
        Client client = progress.client(me, ProgressController.id(clientId));
        return page(me, client, reportId, model);
    }

    @GetMapping("/portal/progress/reports/{reportId}")
    String portalPage(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String reportId, Model model) {
        return page(me, progress.self(me), reportId, model);
    }

    private String page(SpotterPrincipal me, Client client, String reportId, Model model) {
        ProgressReport report = reports.report(me, client.id(), ProgressController.id(reportId));
        model.addAllAttributes(pages.model(me, client, report, false));
        return ReportPages.TEMPLATE;
    }

    @GetMapping("/app/clients/{clientId}/progress/reports/{reportId}/pdf")
    ResponseEntity<byte[]> coachPdf(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId,
                                    @PathVariable String reportId) {
        return pdf(me, progress.client(me, ProgressController.id(clientId)), reportId);
    }

    @GetMapping("/portal/progress/reports/{reportId}/pdf")
    ResponseEntity<byte[]> portalPdf(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String reportId) {
        return pdf(me, progress.self(me), reportId);
    }

    private ResponseEntity<byte[]> pdf(SpotterPrincipal me, Client client, String reportId) {
        ProgressReport report = reports.report(me, client.id(), ProgressController.id(reportId));
        byte[] pdf = pages.pdf(pages.model(me, client, report, true));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(SeriesCsv.slug(client.displayName()) + "-progress-" + report.to() + ".pdf").build()
                        .toString())
                .body(pdf);
    }

    @PostMapping("/app/clients/{clientId}/progress/reports/{reportId}/send")
    String send(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String clientId,
                @PathVariable String reportId, RedirectAttributes redirect) {
        Client client = progress.client(me, ProgressController.id(clientId));
        ProgressReport report = reports.send(me, client.id(), ProgressController.id(reportId));
        String link = urls.absolute("/portal/progress/reports/" + report.id());
        boolean mailed = client.email() != null && mailer.send(client.email(),
                "Your progress report from " + studios.studioName(me.studioId()),
                "Hi " + client.displayName() + ",\n\n" + me.displayName() + " has shared your progress report for "
                        + report.from() + " to " + report.to() + ". Read it here: " + link + "\n",
                "<p>Hi " + HtmlUtils.htmlEscape(client.displayName()) + ",</p><p>"
                        + HtmlUtils.htmlEscape(me.displayName()) + " has shared your progress report for "
                        + report.from() + " to " + report.to() + ".</p><p><a href=\"" + HtmlUtils.htmlEscape(link)
                        + "\">Read your progress report</a></p>");
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(mailed
                ? "Report sent to " + client.email() + ". It is also in their portal."
                : "Report shared: " + client.displayName() + " sees it in their portal. No email was sent (no mail "
                + "server is configured or the client has no email)."));
        return "redirect:/app/clients/" + client.id() + "/progress/reports/" + report.id();
    }
}
