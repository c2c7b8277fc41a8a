package dev.spotter.clients;

import java.util.Map;

import dev.spotter.platform.security.SpotterPrincipal;

/**
 * A card another module adds to a client's file, without the clients module knowing that module: the template
 * that renders it (its fragment named {@code panel} takes one parameter, {@code data}) and that data.
 */
public interface ClientFilePanel {

    /** What to render for this client; {@code null} when the panel has nothing to show. */
    Panel panel(SpotterPrincipal coach, ClientDirectory.ClientFile file);

    /** A template holding a {@code panel(data)} fragment, the data it needs, and its place on the page. */
    record Panel(String template, Map<String, Object> data, int order) {
    }
}
