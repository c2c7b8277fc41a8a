package dev.spotter.studios.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.studios.DashboardPanel;
import dev.spotter.studios.internal.Invitations;
import dev.spotter.studios.internal.Members;
import dev.spotter.studios.internal.Studio;
import dev.spotter.studios.internal.StudioSettings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: sends each person to their home, and shows a trainer their day at a glance. */
@Controller
class DashboardController {

    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private final StudioSettings settings;
    private final Members members;
    private final Invitations invitations;
    private final Clock clock;
    private final List<DashboardPanel> panels;

    DashboardController(StudioSettings settings, Members members, Invitations invitations, Clock clock,
                        List<DashboardPanel> panels) {
        this.settings = settings;
        this.members = members;
        this.invitations = invitations;
        this.clock = clock;
        this.panels = panels;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SpotterPrincipal me) {
        return me.coaches() ? "redirect:/app" : "redirect:/portal";
    }

    @GetMapping("/app")
    String dashboard(@AuthenticationPrincipal SpotterPrincipal me, Model model) {
        Studio studio = settings.studio(me);
        LocalDate today = LocalDate.now(clock.withZone(studio.timeZone()));
        List<Role> clients = List.of(Role.CLIENT);
        model.addAttribute("studio", studio);
        model.addAttribute("today", TODAY.format(today));
        model.addAttribute("greeting", greeting(clock.instant().atZone(studio.timeZone()).getHour()));
        model.addAttribute("clientCount", members.count(me.studioId(), clients, ""));
        model.addAttribute("coachCount", members.count(me.studioId(), List.of(Role.OWNER, Role.TRAINER), ""));
        model.addAttribute("pendingCount", invitations.countOpen(me.studioId(), List.of(Role.CLIENT, Role.TRAINER)));
        model.addAttribute("pending", invitations.open(me.studioId(),
                me.isOwner() ? List.of(Role.CLIENT, Role.TRAINER) : clients, new Paging(0, 5)));
        model.addAttribute("now", clock.instant());
        List<DashboardPanel.Panel> shown = panels.stream().map(panel -> panel.panel(me))
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(DashboardPanel.Panel::order)).toList();
        model.addAttribute("panels", shown.stream().filter(panel -> !panel.half()).toList());
        model.addAttribute("halfPanels", shown.stream().filter(DashboardPanel.Panel::half).toList());
        return "studios/dashboard";
    }

    static String greeting(int hour) {
        if (hour < 12) {
            return "Good morning";
        }
        return hour < 18 ? "Good afternoon" : "Good evening";
    }
}
