package dev.spotter.studios.web;

import java.util.UUID;

import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Units;
import dev.spotter.platform.web.Flash;
import dev.spotter.platform.web.Forms;
import dev.spotter.platform.web.Htmx;
import dev.spotter.studios.internal.AccessTokens;
import dev.spotter.studios.internal.Member;
import dev.spotter.studios.internal.PersonalAccessTokens;
import dev.spotter.studios.internal.StudioSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone's own account: name, units, password and personal access tokens for the API. */
@Controller
class AccountController {

    private final StudioSettings settings;
    private final PersonalAccessTokens tokens;
    private final AccessTokens storedTokens;

    AccountController(StudioSettings settings, PersonalAccessTokens tokens, AccessTokens storedTokens) {
        this.settings = settings;
        this.tokens = tokens;
        this.storedTokens = storedTokens;
    }

    /** Name and units; an empty units value means "the studio's default". */
    record ProfileForm(@NotBlank(message = "Enter your name.") @Size(max = 120) String displayName, Units units) {
    }

    /** A password change. */
    record PasswordForm(@NotBlank(message = "Enter your current password.") String currentPassword,
                        @NotBlank(message = "Choose a new password.")
                        @Size(min = 12, max = 128, message = "Use 12 to 128 characters.") String newPassword) {
    }

    /** A new token: a name to recognise it by and an optional lifetime. */
    record TokenForm(@NotBlank(message = "Name the token, for example the app that will use it.") @Size(max = 80)
                     String name,
                     @Min(value = 1, message = "Use 1 to 3650 days.") @Max(value = 3650,
                             message = "Use 1 to 3650 days.") Integer expiresInDays) {
    }

    @GetMapping("/account")
    String show(@AuthenticationPrincipal SpotterPrincipal me, Model model) {
        Member self = settings.self(me);
        model.addAttribute("profile", new ProfileForm(self.displayName(), self.units()));
        model.addAttribute("password", new PasswordForm("", ""));
        return page(me, model);
    }

    @PostMapping("/account/profile")
    String saveProfile(@AuthenticationPrincipal SpotterPrincipal me,
                       @Valid @ModelAttribute("profile") ProfileForm form, BindingResult binding, Model model,
                       RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                settings.updateProfile(me, form.displayName(), form.units());
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Profile saved."));
                return "redirect:/account";
            } catch (InvalidFieldException e) {
                Forms.reject(binding, e);
            }
        }
        model.addAttribute("password", new PasswordForm("", ""));
        return page(me, model);
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal SpotterPrincipal me,
                          @Valid @ModelAttribute("password") PasswordForm form, BindingResult binding, Model model,
                          RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                settings.changePassword(me, form.currentPassword(), form.newPassword());
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Password changed."));
                return "redirect:/account";
            } catch (InvalidFieldException e) {
                Forms.reject(binding, e);
            }
        }
        Member self = settings.self(me);
        model.addAttribute("profile", new ProfileForm(self.displayName(), self.units()));
        return page(me, model);
    }

    @GetMapping("/account/tokens")
    String tokens(@AuthenticationPrincipal SpotterPrincipal me, Model model) {
        model.addAttribute("tokenForm", new TokenForm("", null));
        return tokensPage(me, model);
    }

    @PostMapping("/account/tokens")
    String issue(@AuthenticationPrincipal SpotterPrincipal me, @Valid @ModelAttribute("tokenForm") TokenForm form,
                 BindingResult binding, Model model, HttpServletRequest request) {
        if (!binding.hasErrors()) {
            try {
                var issued = tokens.issue(me, form.name(), form.expiresInDays());
                model.addAttribute("issued", issued);
                model.addAttribute("tokenForm", new TokenForm("", null));
            } catch (InvalidFieldException e) {
                Forms.reject(binding, e);
            }
        }
        tokensPage(me, model);
        return Htmx.isHtmx(request) ? "studios/tokens :: tokens" : "studios/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                  RedirectAttributes redirect) {
        UUID tokenId;
        try {
            tokenId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Token");
        }
        tokens.revoke(me, tokenId);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Token revoked; it no longer works."));
        return "redirect:/account/tokens";
    }

    private String page(SpotterPrincipal me, Model model) {
        model.addAttribute("self", settings.self(me));
        model.addAttribute("studioUnits", settings.studio(me).units());
        model.addAttribute("units", Units.values());
        return "studios/account";
    }

    private String tokensPage(SpotterPrincipal me, Model model) {
        model.addAttribute("tokens", storedTokens.ofMember(me.studioId(), me.memberId(), new Paging(0, 100)));
        return "studios/tokens";
    }
}
