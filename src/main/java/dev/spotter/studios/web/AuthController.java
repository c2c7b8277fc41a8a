package dev.spotter.studios.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.security.SignInSession;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Units;
import dev.spotter.platform.web.Flash;
import dev.spotter.platform.web.Forms;
import dev.spotter.studios.internal.Onboarding;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sign-in and sign-up pages; sign-in itself is processed by Spring Security's form login. */
@Controller
class AuthController {

    private static final String LAST_EMAIL = "spotter.login.email";

    private final Onboarding onboarding;
    private final SignInSession signIn;

    AuthController(Onboarding onboarding, SignInSession signIn) {
        this.onboarding = onboarding;
        this.signIn = signIn;
    }

    /** What the sign-up form collects. */
    record SignUpForm(
            @NotBlank(message = "Enter the name of your studio or business.") @Size(max = 120) String studioName,
            @NotBlank(message = "Enter your name.") @Size(max = 120) String displayName,
            @NotBlank(message = "Enter your email address.") @Email(message = "Enter a valid email address.")
            @Size(max = 254) String email,
            @NotBlank(message = "Choose a password.")
            @Size(min = 12, max = 128, message = "Use 12 to 128 characters.") String password,
            @NotBlank(message = "Choose your time zone.") String timeZone,
            @NotNull(message = "Choose metric or imperial units.") Units units) {
    }

    @GetMapping("/login")
    String login(@AuthenticationPrincipal SpotterPrincipal me, HttpSession session, Model model,
                 @RequestParam(required = false) String error, @RequestParam(required = false) String locked,
                 @RequestParam(required = false) String disabled, @RequestParam(required = false) String throttled,
                 @RequestParam(required = false) String logout) {
        if (me != null) {
            return "redirect:/";
        }
        Object email = session.getAttribute(LAST_EMAIL);
        session.removeAttribute(LAST_EMAIL);
        model.addAttribute("email", email == null ? "" : email);
        if (error != null) {
            model.addAttribute(Flash.ATTRIBUTE, Flash.error("That email and password do not match an account."));
        } else if (locked != null) {
            model.addAttribute(Flash.ATTRIBUTE, Flash.error(
                    "Too many wrong passwords: this account is locked for 15 minutes. Try again later."));
        } else if (disabled != null) {
            model.addAttribute(Flash.ATTRIBUTE, Flash.error(
                    "This account has been switched off by the studio owner."));
        } else if (throttled != null) {
            model.addAttribute(Flash.ATTRIBUTE, Flash.error(
                    "Too many sign-in attempts from this network. Wait a minute and try again."));
        } else if (logout != null) {
            model.addAttribute(Flash.ATTRIBUTE, Flash.success("You have signed out."));
        }
        return "studios/login";
    }

    @GetMapping("/signup")
    String signUpForm(@AuthenticationPrincipal SpotterPrincipal me, Model model) {
        if (me != null) {
            return "redirect:/";
        }
        model.addAttribute("form", new SignUpForm("", "", "", "", "Europe/London", Units.METRIC));
        return signUpPage(model);
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult binding, Model model,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return signUpPage(model);
        }
        try {
            SpotterPrincipal owner = onboarding.signUp(new Onboarding.SignUp(form.studioName(), form.displayName(),
                    form.email(), form.password(), form.timeZone(), form.units()));
            signIn.signIn(owner, request, response);
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(
                    "Welcome to Spotter, " + owner.displayName() + ". Your studio is ready."));
            return "redirect:/app";
        } catch (InvalidFieldException | ConflictException e) {
            Forms.reject(binding, e);
            if (e instanceof ConflictException) {
                response.setStatus(409);
            }
            return signUpPage(model);
        }
    }

    private String signUpPage(Model model) {
        model.addAttribute("zones", Zones.ALL);
        model.addAttribute("units", Units.values());
        return "studios/signup";
    }

    /** The time zones offered in forms, grouped by region for a readable select. */
    static final class Zones {

        static final List<String> ALL = ZoneId.getAvailableZoneIds().stream()
                .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
                .filter(zone -> Set.of("Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia",
                        "Europe", "Indian", "Pacific").contains(zone.substring(0, zone.indexOf('/'))))
                .sorted()
                .toList();

        private Zones() {
        }
    }
}
