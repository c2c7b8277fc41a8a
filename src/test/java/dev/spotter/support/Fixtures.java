package dev.spotter.support;

import java.util.UUID;

import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.platform.tenancy.Units;
import dev.spotter.studios.internal.Onboarding;
import dev.spotter.studios.internal.PersonalAccessTokens;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Builds studios and people through the real onboarding paths, each with unique emails so tests never collide. */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "correct horse battery";

    private final Onboarding onboarding;
    private final PersonalAccessTokens tokens;

    Fixtures(Onboarding onboarding, PersonalAccessTokens tokens) {
        this.onboarding = onboarding;
        this.tokens = tokens;
    }

    /** A studio with its owner, a trainer and a client. */
    public record StudioFixture(SpotterPrincipal owner, SpotterPrincipal trainer, SpotterPrincipal client) {
    }

    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    public StudioFixture studio(String name) {
        SpotterPrincipal owner = onboarding.signUp(new Onboarding.SignUp(name, "Olive Owner",
                uniqueEmail("owner"), PASSWORD, "Europe/London", Units.METRIC));
        SpotterPrincipal trainer = join(owner, Role.TRAINER, "Terry Trainer");
        SpotterPrincipal client = join(trainer, Role.CLIENT, "Cara Client");
        return new StudioFixture(owner, trainer, client);
    }

    public SpotterPrincipal join(SpotterPrincipal inviter, Role role, String name) {
        var invitation = onboarding.invite(inviter, uniqueEmail(role.name().toLowerCase()), role, null);
        return onboarding.accept(invitation.secret(), name, PASSWORD);
    }

    public String token(SpotterPrincipal member) {
        return tokens.issue(member, "test", null).secret();
    }

    /** Signs a MockMvc request in as the member, as a session would. */
    public static RequestPostProcessor as(SpotterPrincipal member) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(member, null,
                member.getAuthorities()));
    }

    public static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
