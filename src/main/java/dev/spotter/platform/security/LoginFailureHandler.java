package dev.spotter.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends a failed sign-in back to the form with the email kept and a reason the person can act on. */
final class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String LAST_EMAIL = "spotter.login.email";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String email = request.getParameter("email");
        if (email != null && email.length() <= 254) {
            request.getSession().setAttribute(LAST_EMAIL, email.trim());
        }
        String reason;
        if (exception instanceof LockedException) {
            reason = "locked";
        } else if (exception instanceof DisabledException) {
            reason = "disabled";
        } else {
            reason = "error";
        }
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
