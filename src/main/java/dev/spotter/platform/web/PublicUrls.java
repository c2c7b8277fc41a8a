package dev.spotter.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Builds absolute links for emails and calendars, from SPOTTER_BASE_URL or else from the current request; a
 * background job with neither links to this machine's port.
 */
@Component
public class PublicUrls {

    private final String baseUrl;
    private final String local;

    PublicUrls(@Value("${spotter.base-url:}") String baseUrl, @Value("${server.port:8080}") int port) {
        this.local = "http://localhost:" + port;
        this.baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }

    public String absolute(String path) {
        if (!baseUrl.isEmpty()) {
            return baseUrl + path;
        }
        if (RequestContextHolder.getRequestAttributes() == null) {
            return local + path;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }
}
