package dev.spotter.studios.web;

import java.util.List;

import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.studios.internal.Members;
import dev.spotter.studios.internal.StudioSettings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The client's home in the portal: their studio, their coaches and their account. */
@Controller
class PortalController {

    private final StudioSettings settings;
    private final Members members;

    PortalController(StudioSettings settings, Members members) {
        this.settings = settings;
        this.members = members;
    }

    @GetMapping("/portal")
    String home(@AuthenticationPrincipal SpotterPrincipal me, Model model) {
        model.addAttribute("self", settings.self(me));
        model.addAttribute("studio", settings.studio(me));
        model.addAttribute("coaches", members.list(me.studioId(), List.of(Role.OWNER, Role.TRAINER), "",
                new Paging(0, 20)).stream().filter(member -> member.active()).toList());
        return "studios/portal";
    }
}
