package dev.spotter.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Builds absolute links for emails and calendars, from SPOTTER_BASE_URL or else from the current request. */
@Component
public class PublicUrls {

    private final String baseUrl;

    PublicUrls(@Value("${spotter.base-url:}") String baseUrl) {
        this.baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
    }

    public String absolute(String path) {
        if (!baseUrl.isEmpty()) {
            return baseUrl + path;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }
}
