package dev.spotter.progress.charts;

import java.util.List;

/**
 * A chart ready for a page: its SVG, and the same values as a table for anyone who cannot read the picture
 * (screen readers, printing, copying numbers).
 */
public record Chart(String id, String title, String summary, String svg, List<String> columns,
                    List<List<String>> rows, List<String> legend) {

    public Chart {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        legend = List.copyOf(legend);
    }
}
