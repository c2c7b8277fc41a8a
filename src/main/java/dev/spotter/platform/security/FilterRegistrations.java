package dev.spotter.platform.security;

import dev.spotter.platform.api.IdempotencyFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps the security-chain filters out of the servlet container's own chain, where they would run unscoped. */
@Configuration(proxyBeanMethods = false)
class FilterRegistrations {

    @Bean
    FilterRegistrationBean<LoginThrottle> loginThrottleRegistration(LoginThrottle filter) {
        FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyRegistration(IdempotencyFilter filter) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
