package dev.spotter.studios.web;

import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.studios.internal.Studios;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Adds the signed-in member's studio to every full page, for the header and the studio's time zone. */
@Configuration(proxyBeanMethods = false)
class StudioLayout implements WebMvcConfigurer {

    private final Studios studios;

    StudioLayout(Studios studios) {
        this.studios = studios;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                   ModelAndView view) {
                if (view == null || !view.isReference() || view.getViewName().startsWith("redirect:")
                        || view.getViewName().contains("::") || view.getModel().containsKey("studio")) {
                    return;
                }
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication != null && authentication.getPrincipal() instanceof SpotterPrincipal me) {
                    studios.find(me.studioId()).ifPresent(studio -> view.addObject("studio", studio));
                }
            }
        }).excludePathPatterns("/api/**");
    }
}
