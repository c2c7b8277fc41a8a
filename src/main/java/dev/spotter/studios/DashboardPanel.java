package dev.spotter.studios;

import java.util.Map;

import dev.spotter.platform.security.SpotterPrincipal;

/**
 * A section another module adds to the trainer's Today page, without the studios module knowing that module: the
 * template that renders it (its fragment named {@code panel} takes one parameter, {@code data}) and that data.
 */
public interface DashboardPanel {

    /** What to render; {@code null} when the panel has nothing to show for this coach. */
    Panel panel(SpotterPrincipal coach);

    /**
     * A template holding a {@code panel(data)} fragment, the data it needs, its place on the page, and whether it
     * is a half-width card that sits beside the invitations card.
     */
    record Panel(String template, Map<String, Object> data, int order, boolean half) {
    }
}
