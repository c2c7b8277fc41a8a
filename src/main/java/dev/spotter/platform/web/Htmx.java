package dev.spotter.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** Tells whether a request came from htmx, which wants a page fragment instead of the whole page. */
public final class Htmx {

    private Htmx() {
    }

    public static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
