package dev.spotter.exercises.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.Level;
import dev.spotter.exercises.LoadType;
import dev.spotter.exercises.Modality;
import dev.spotter.exercises.Muscle;
import dev.spotter.exercises.Population;
import dev.spotter.exercises.SafetyTag;

/**
 * Reads one exercise from named fields (a YAML mapping or a CSV row) into an {@link Exercise}, collecting every
 * problem with the field it concerns instead of stopping at the first. Unknown enum values are problems, never
 * silently dropped.
 */
public final class ExerciseFields {

    static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,79}$");

    private final Map<String, ?> fields;
    private final List<String> problems = new ArrayList<>();

    private ExerciseFields(Map<String, ?> fields) {
        this.fields = fields;
    }

    /** The outcome: the exercise when there were no problems, and the problems otherwise. */
    public record Result(Exercise exercise, List<String> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Result read(Map<String, ?> fields, Exercise.Origin origin, String source, String sourceRef) {
        return new ExerciseFields(fields).exercise(origin, source, sourceRef);
    }

    private Result exercise(Exercise.Origin origin, String source, String sourceRef) {
        String id = text("id", true);
        if (id != null && !ID.matcher(id).matches()) {
            problems.add("id: '" + id + "' must be lower-case letters, digits and hyphens");
        }
        String name = text("name", true);
        if (name != null && name.length() > 120) {
            problems.add("name: must be at most 120 characters");
        }
        Modality modality = one("modality", Modality.class, true);
        dev.spotter.exercises.Pattern pattern = one("pattern", dev.spotter.exercises.Pattern.class, true);
        Set<Muscle> primary = many("primary", Muscle.class);
        if (primary.isEmpty() && fields.containsKey("primary")) {
            problems.add("primary: name at least one muscle");
        } else if (!fields.containsKey("primary")) {
            problems.add("primary: is required");
        }
        Set<Muscle> secondary = many("secondary", Muscle.class);
        Set<Equipment> equipment = many("equipment", Equipment.class);
        Level level = one("level", Level.class, true);
        LoadType load = one("load", LoadType.class, true);
        Set<SafetyTag> tags = many("tags", SafetyTag.class);
        Set<Population> populations = many("populations", Population.class);
        boolean unilateral = bool("unilateral");
        Exercise.Met met = met();
        if (!problems.isEmpty()) {
            return new Result(null, List.copyOf(problems));
        }
        Exercise exercise = new Exercise(id, name, list("aliases"), orEmpty(text("summary", false)), modality,
                pattern, primary, secondary, equipment, level, unilateral, load, tags, true, populations,
                orEmpty(text("setup", false)), list("cues"), list("mistakes"), orEmpty(text("breathing", false)),
                orEmpty(text("safety", false)), list("regressions"), list("progressions"), met, origin, source,
                sourceRef);
        return new Result(exercise, List.of());
    }

    private String text(String field, boolean required) {
        Object value = fields.get(field);
        if (value == null || value.toString().isBlank()) {
            if (required) {
                problems.add(field + ": is required");
            }
            return null;
        }
        if (!(value instanceof String) && !(value instanceof Number)) {
            problems.add(field + ": must be text");
            return null;
        }
        return value.toString().strip();
    }

    private List<String> list(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().filter(item -> item != null && !item.toString().isBlank())
                    .map(item -> item.toString().strip()).toList();
        }
        return splitList(value.toString());
    }

    /** CSV cells hold lists separated by '|'. */
    static List<String> splitList(String cell) {
        List<String> items = new ArrayList<>();
        for (String part : cell.split("\\|")) {
            if (!part.isBlank()) {
                items.add(part.strip());
            }
        }
        return items;
    }

    private <E extends Enum<E>> E one(String field, Class<E> type, boolean required) {
        String value = text(field, required);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(field + ": unknown value '" + value + "'");
            return null;
        }
    }

    private <E extends Enum<E>> Set<E> many(String field, Class<E> type) {
        Set<E> result = new LinkedHashSet<>();
        for (String value : list(field)) {
            try {
                result.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_')));
            } catch (IllegalArgumentException e) {
                problems.add(field + ": unknown value '" + value + "'");
            }
        }
        return result.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(result);
    }

    private boolean bool(String field) {
        Object value = fields.get(field);
        if (value == null || value.toString().isBlank()) {
            return false;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        String text = value.toString().strip().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("yes")) {
            return true;
        }
        if (!text.equals("false") && !text.equals("no")) {
            problems.add(field + ": must be true or false, not '" + value + "'");
        }
        return false;
    }

    private Exercise.Met met() {
        Object value = fields.get("met");
        Object code;
        Object met;
        if (value instanceof Map<?, ?> map) {
            code = map.get("code");
            met = map.get("value");
        } else {
            code = fields.get("met_code");
            met = fields.get("met_value");
        }
        if ((code == null || code.toString().isBlank()) && (met == null || met.toString().isBlank())) {
            return null;
        }
        try {
            return new Exercise.Met(String.valueOf(code).strip(), Double.parseDouble(String.valueOf(met).strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add("met: needs a Compendium code and a MET value between 0 and 25");
            return null;
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
