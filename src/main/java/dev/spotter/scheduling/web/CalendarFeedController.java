package dev.spotter.scheduling.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.web.Flash;
import dev.spotter.platform.web.PublicUrls;
import dev.spotter.scheduling.CalendarFeeds;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar feed a calendar app fetches without signing in, and making or turning off one's own feed link from
 * the coach's schedule or the client's sessions.
 */
@Controller
class CalendarFeedController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final PublicUrls urls;

    CalendarFeedController(CalendarFeeds feeds, PublicUrls urls) {
        this.feeds = feeds;
        this.urls = urls;
    }

    /** Puts the caller's feed state on a page: since when their link is on (null: off). */
    static void describe(CalendarFeeds feeds, SpotterPrincipal me, ZoneId zone, Model model) {
        model.addAttribute("feedSince", feeds.liveSince(me).map(since -> LocalDate.ofInstant(since, zone))
                .orElse(null));
    }

    @GetMapping("/calendar/{secret}.ics")
    ResponseEntity<String> feed(@PathVariable String secret) {
        return feeds.calendar(secret).map(calendar -> ResponseEntity.ok().contentType(CALENDAR)
                        .cacheControl(CacheControl.noStore()).body(calendar))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/app/schedule/calendar-feed")
    String createForCoach(@AuthenticationPrincipal SpotterPrincipal me, RedirectAttributes redirect) {
        return create(me, redirect, "/app/schedule");
    }

    @PostMapping("/app/schedule/calendar-feed/revoke")
    String revokeForCoach(@AuthenticationPrincipal SpotterPrincipal me, RedirectAttributes redirect) {
        return revoke(me, redirect, "/app/schedule");
    }

    @PostMapping("/portal/sessions/calendar-feed")
    String createForClient(@AuthenticationPrincipal SpotterPrincipal me, RedirectAttributes redirect) {
        return create(me, redirect, "/portal/sessions");
    }

    @PostMapping("/portal/sessions/calendar-feed/revoke")
    String revokeForClient(@AuthenticationPrincipal SpotterPrincipal me, RedirectAttributes redirect) {
        return revoke(me, redirect, "/portal/sessions");
    }

    private String create(SpotterPrincipal me, RedirectAttributes redirect, String page) {
        String secret = feeds.create(me);
        redirect.addFlashAttribute("feedUrl", urls.absolute("/calendar/" + secret + ".ics"));
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Your calendar link is ready. Copy it now: it "
                + "is shown only this once. Any earlier link has stopped working."));
        return "redirect:" + page + "#calendar-feed";
    }

    private String revoke(SpotterPrincipal me, RedirectAttributes redirect, String page) {
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(feeds.revoke(me)
                ? "Calendar link turned off. Calendar apps that used it will stop updating."
                : "You had no calendar link."));
        return "redirect:" + page + "#calendar-feed";
    }
}
