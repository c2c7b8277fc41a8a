package dev.spotter.studios.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.mail.Mailer;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.platform.web.Flash;
import dev.spotter.platform.web.Forms;
import dev.spotter.platform.web.Htmx;
import dev.spotter.platform.web.PublicUrls;
import dev.spotter.studios.internal.Invitations;
import dev.spotter.studios.internal.Member;
import dev.spotter.studios.internal.Members;
import dev.spotter.studios.internal.Onboarding;
import dev.spotter.studios.internal.Team;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
 * Clients and the coaching team: lists with as-you-type search, invitations with their pending list, and a
 * member's page where an owner changes roles and access.
 */
@Controller
class PeopleController {

    private static final int PAGE_SIZE = 20;

    private final Members members;
    private final Invitations invitations;
    private final Onboarding onboarding;
    private final Team team;
    private final PublicUrls urls;
    private final Mailer mailer;
    private final Clock clock;

    PeopleController(Members members, Invitations invitations, Onboarding onboarding, Team team, PublicUrls urls,
                     Mailer mailer, Clock clock) {
        this.members = members;
        this.invitations = invitations;
        this.onboarding = onboarding;
        this.team = team;
        this.urls = urls;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** The invite form: one email address. */
    record InviteForm(@NotBlank(message = "Enter an email address.")
                      @Email(message = "Enter a valid email address.") @Size(max = 254) String email) {
    }

    /** Which list a page shows. */
    enum Group {
        CLIENTS("clients/invite", List.of(Role.CLIENT), Role.CLIENT),
        TEAM("team", List.of(Role.OWNER, Role.TRAINER), Role.TRAINER);

        final String path;
        final List<Role> roles;
        final Role invites;

        Group(String path, List<Role> roles, Role invites) {
            this.path = path;
            this.roles = roles;
            this.invites = invites;
        }

        public String path() {
            return path;
        }

        public String listUrl() {
            return "/app/" + path;
        }

        public String invitationsUrl() {
            return "/app/" + path + "/invitations";
        }
    }

    /** Inviting clients; the client list itself belongs to the clients module. */
    @GetMapping("/app/clients/invite")
    String inviteClients(@AuthenticationPrincipal SpotterPrincipal me, Model model) {
        if (!model.containsAttribute("invite")) {
            model.addAttribute("invite", new InviteForm(""));
        }
        addPending(Group.CLIENTS, me, model);
        model.addAttribute("mailConfigured", mailer.configured());
        return "studios/invite-clients";
    }

    @GetMapping("/app/team")
    String team(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "0") int page, Model model, HttpServletRequest request) {
        return list(Group.TEAM, me, q, page, model, request);
    }

    @PostMapping("/app/clients/invite/invitations")
    String inviteClient(@AuthenticationPrincipal SpotterPrincipal me, @Valid @ModelAttribute("invite") InviteForm form,
                        BindingResult binding, Model model, HttpServletRequest request,
                        RedirectAttributes redirect) {
        return invite(Group.CLIENTS, me, form, binding, model, request, redirect);
    }

    @PostMapping("/app/team/invitations")
    String inviteTrainer(@AuthenticationPrincipal SpotterPrincipal me,
                         @Valid @ModelAttribute("invite") InviteForm form, BindingResult binding, Model model,
                         HttpServletRequest request, RedirectAttributes redirect) {
        return invite(Group.TEAM, me, form, binding, model, request, redirect);
    }

    @PostMapping("/app/invitations/{id}/revoke")
    String revoke(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id, Model model,
                  HttpServletRequest request, RedirectAttributes redirect) {
        UUID invitationId = parse(id);
        var invitation = invitations.find(me.studioId(), invitationId)
                .orElseThrow(() -> new NotFoundException("Invitation"));
        Group group = invitation.role() == Role.CLIENT ? Group.CLIENTS : Group.TEAM;
        Flash flash;
        try {
            onboarding.revoke(me, invitationId);
            flash = Flash.success("Invitation to " + invitation.email() + " revoked.");
        } catch (ConflictException e) {
            flash = Flash.error(e.getMessage() + ".");
        }
        if (Htmx.isHtmx(request)) {
            model.addAttribute("pendingFlash", flash);
            addPending(group, me, model);
            return "studios/people :: pending";
        }
        redirect.addFlashAttribute(Flash.ATTRIBUTE, flash);
        return "redirect:/app/" + group.path;
    }

    @GetMapping("/app/members/{id}")
    String member(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id, Model model) {
        Member member = team.member(me, MemberId.parse(id).orElseThrow(() -> new NotFoundException("Member")));
        model.addAttribute("member", member);
        model.addAttribute("roles", List.of(Role.OWNER, Role.TRAINER));
        return "studios/member";
    }

    @PostMapping("/app/team/members/{id}/role")
    String changeRole(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                      @RequestParam(required = false) Role role, RedirectAttributes redirect) {
        MemberId memberId = MemberId.parse(id).orElseThrow(() -> new NotFoundException("Member"));
        try {
            if (role == null) {
                throw new InvalidFieldException("role", "is required");
            }
            Member changed = team.changeRole(me, memberId, role);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(changed.displayName() + " is now "
                    + article(changed.role()) + " " + changed.role().label().toLowerCase() + "."));
        } catch (InvalidFieldException | ConflictException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Role not changed: " + e.getMessage() + "."));
        }
        return "redirect:/app/members/" + memberId;
    }

    @PostMapping("/app/team/members/{id}/access")
    String changeAccess(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                        @RequestParam boolean active, RedirectAttributes redirect) {
        MemberId memberId = MemberId.parse(id).orElseThrow(() -> new NotFoundException("Member"));
        try {
            Member changed = team.setActive(me, memberId, active);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(changed.displayName()
                    + (active ? " can sign in again." : " can no longer sign in.")));
        } catch (ConflictException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Access not changed: " + e.getMessage() + "."));
        }
        return "redirect:/app/members/" + memberId;
    }

    private String list(Group group, SpotterPrincipal me, String q, int page, Model model,
                        HttpServletRequest request) {
        Paging paging = new Paging(Math.max(page, 0), PAGE_SIZE);
        String query = q.length() > 100 ? q.substring(0, 100) : q;
        long total = members.count(me.studioId(), group.roles, query);
        model.addAttribute("group", group);
        model.addAttribute("q", query);
        model.addAttribute("people", members.list(me.studioId(), group.roles, query, paging));
        model.addAttribute("total", total);
        model.addAttribute("page", paging.page());
        model.addAttribute("hasNext", paging.offset() + PAGE_SIZE < total);
        if (Htmx.isHtmx(request) && "search".equals(request.getHeader("HX-Trigger-Name"))) {
            return "studios/people :: list";
        }
        if (!model.containsAttribute("invite")) {
            model.addAttribute("invite", new InviteForm(""));
        }
        addPending(group, me, model);
        model.addAttribute("mailConfigured", mailer.configured());
        return "studios/people";
    }

    private String invite(Group group, SpotterPrincipal me, InviteForm form, BindingResult binding, Model model,
                          HttpServletRequest request, RedirectAttributes redirect) {
        boolean htmx = Htmx.isHtmx(request);
        if (!binding.hasErrors()) {
            try {
                var issued = onboarding.invite(me, form.email(), group.invites, urls.absolute("/invite/"));
                String link = urls.absolute("/invite/" + issued.secret());
                String message = mailer.configured()
                        ? "Invitation emailed to " + issued.invitation().email() + "."
                        : "Invitation created for " + issued.invitation().email()
                                + ". Email is not set up, so share this link with them:";
                if (htmx) {
                    model.addAttribute("inviteFlash", Flash.success(message));
                    model.addAttribute("inviteLink", link);
                    model.addAttribute("invite", new InviteForm(""));
                } else {
                    redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(message));
                    redirect.addFlashAttribute("inviteLink", link);
                    return "redirect:/app/" + group.path;
                }
            } catch (InvalidFieldException | ConflictException e) {
                Forms.reject(binding, e);
            }
        }
        if (htmx) {
            model.addAttribute("mailConfigured", mailer.configured());
            addPending(group, me, model);
            return "studios/people :: invite-panel";
        }
        if (group == Group.CLIENTS) {
            return inviteClients(me, model);
        }
        return list(group, me, "", 0, model, request);
    }

    private void addPending(Group group, SpotterPrincipal me, Model model) {
        model.addAttribute("group", group);
        model.addAttribute("pending", invitations.open(me.studioId(), List.of(group.invites), new Paging(0, 50)));
        model.addAttribute("now", clock.instant());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Invitation");
        }
    }

    private static String article(Role role) {
        return role == Role.OWNER ? "an" : "a";
    }
}
