package dev.spotter.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Signs a person in right after they created their account, without asking for the password again. */
@Component
public class SignInSession {

    private final SecurityContextRepository contexts;

    SignInSession(SecurityContextRepository contexts) {
        this.contexts = contexts;
    }

    public void signIn(SpotterPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true);
        // A new session id at the moment of sign-in defeats session fixation.
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
