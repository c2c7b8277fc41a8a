package dev.spotter.studios.web;

import java.util.Optional;

import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.security.SignInSession;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.web.Flash;
import dev.spotter.platform.web.Forms;
import dev.spotter.studios.internal.Invitation;
import dev.spotter.studios.internal.Onboarding;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page an invited trainer or client lands on from their email: choose a name and password, and join. */
@Controller
class InvitationController {

    private final Onboarding onboarding;
    private final SignInSession signIn;

    InvitationController(Onboarding onboarding, SignInSession signIn) {
        this.onboarding = onboarding;
        this.signIn = signIn;
    }

    /** What the invited person fills in. */
    record AcceptForm(@NotBlank(message = "Enter your name.") @Size(max = 120) String displayName,
                      @NotBlank(message = "Choose a password.")
                      @Size(min = 12, max = 128, message = "Use 12 to 128 characters.") String password,
                      @NotBlank(message = "Type the password again.") String confirmPassword) {
    }

    @GetMapping("/invite/{secret}")
    String show(@PathVariable String secret, Model model, HttpServletResponse response) {
        model.addAttribute("form", new AcceptForm("", "", ""));
        return page(secret, model, response);
    }

    @PostMapping("/invite/{secret}")
    String accept(@PathVariable String secret, @Valid @ModelAttribute("form") AcceptForm form, BindingResult binding,
                  Model model, HttpServletRequest request, HttpServletResponse response,
                  RedirectAttributes redirect) {
        if (form.password() != null && !form.password().equals(form.confirmPassword())) {
            binding.rejectValue("confirmPassword", "mismatch", "The two passwords are not the same.");
        }
        if (binding.hasErrors()) {
            return page(secret, model, response);
        }
        try {
            SpotterPrincipal member = onboarding.accept(secret, form.displayName(), form.password());
            signIn.signIn(member, request, response);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Welcome, " + member.displayName() + "."));
            return "redirect:/";
        } catch (InvalidFieldException | ConflictException e) {
            Forms.reject(binding, e);
            return page(secret, model, response);
        } catch (NotFoundException e) {
            return page(secret, model, response);
        }
    }

    private String page(String secret, Model model, HttpServletResponse response) {
        Optional<Onboarding.InvitationPreview> preview = onboarding.preview(secret);
        model.addAttribute("secret", secret);
        if (preview.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("problem", "unknown");
            return "studios/invitation-unusable";
        }
        model.addAttribute("preview", preview.get());
        if (preview.get().state() != Invitation.State.PENDING) {
            response.setStatus(410);
            model.addAttribute("problem", preview.get().state().name().toLowerCase());
            return "studios/invitation-unusable";
        }
        return "studios/invitation-accept";
    }
}
