package dev.spotter.exercises.web;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.spotter.exercises.Labelled;
import org.springframework.stereotype.Component;

/** Joins vocabulary values into readable text for pages: "Glutes, Quads". */
@Component("labels")
class Labels {

    public String join(Collection<? extends Labelled> values) {
        return values.stream().map(Labelled::label).sorted().collect(Collectors.joining(", "));
    }

    public String lower(Collection<? extends Labelled> values) {
        return join(values).toLowerCase(Locale.ROOT);
    }
}
