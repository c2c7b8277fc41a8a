package dev.spotter.platform.web;

import dev.spotter.platform.security.SpotterPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** Gives every rendered page what the layout needs: the signed-in member and the current path for navigation. */
class LayoutInterceptor implements HandlerInterceptor {

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView view) {
        if (view == null || view.getView() instanceof RedirectView
                || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
            return;
        }
        view.addObject("currentPath", request.getRequestURI());
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SpotterPrincipal me) {
            view.addObject("me", me);
        }
    }
}
