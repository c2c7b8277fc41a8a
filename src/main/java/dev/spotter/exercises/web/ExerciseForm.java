package dev.spotter.exercises.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.Level;
import dev.spotter.exercises.LoadType;
import dev.spotter.exercises.Modality;
import dev.spotter.exercises.Muscle;
import dev.spotter.exercises.Pattern;
import dev.spotter.exercises.Population;
import dev.spotter.exercises.SafetyTag;

/**
 * The exercise editor's fields. Lists of words (aliases, links) are comma-separated, cues and mistakes one per
 * line; everything is checked by the same reader that checks the built-in library.
 */
record ExerciseForm(String name, String aliases, String summary, Modality modality, Pattern pattern,
                    List<Muscle> primary, List<Muscle> secondary, List<Equipment> equipment, Level level,
                    Boolean unilateral, LoadType load, List<SafetyTag> tags, List<Population> populations,
                    String setup, String cues, String mistakes, String breathing, String safety, String regressions,
                    String progressions, String metCode, String metValue) {

    static ExerciseForm blank() {
        return new ExerciseForm("", "", "", Modality.STRENGTH, Pattern.SQUAT, List.of(), List.of(),
                List.of(Equipment.NONE), Level.BEGINNER, false, LoadType.EXTERNAL, List.of(), List.of(), "", "", "",
                "", "", "", "", "", "");
    }

    static ExerciseForm of(Exercise e) {
        return new ExerciseForm(e.name(), String.join(", ", e.aliases()), e.summary(), e.modality(), e.pattern(),
                List.copyOf(e.primary()), List.copyOf(e.secondary()), List.copyOf(e.equipment()), e.level(),
                e.unilateral(), e.load(), List.copyOf(e.tags()), List.copyOf(e.populations()), e.setup(),
                String.join("\n", e.cues()), String.join("\n", e.mistakes()), e.breathing(), e.safety(),
                String.join(", ", e.regressions()), String.join(", ", e.progressions()),
                e.met() == null ? "" : e.met().code(), e.met() == null ? "" : String.valueOf(e.met().value()));
    }

    /** The fields as the library reader expects them. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("name", name);
        fields.put("aliases", words(aliases));
        fields.put("summary", summary);
        fields.put("modality", modality == null ? null : modality.name());
        fields.put("pattern", pattern == null ? null : pattern.name());
        fields.put("primary", names(primary));
        fields.put("secondary", names(secondary));
        fields.put("equipment", names(equipment));
        fields.put("level", level == null ? null : level.name());
        fields.put("unilateral", Boolean.TRUE.equals(unilateral));
        fields.put("load", load == null ? null : load.name());
        fields.put("tags", names(tags));
        fields.put("populations", names(populations));
        fields.put("setup", setup);
        fields.put("cues", lines(cues));
        fields.put("mistakes", lines(mistakes));
        fields.put("breathing", breathing);
        fields.put("safety", safety);
        fields.put("regressions", words(regressions));
        fields.put("progressions", words(progressions));
        fields.put("met_code", metCode);
        fields.put("met_value", metValue);
        return fields;
    }

    private static List<String> names(List<? extends Enum<?>> values) {
        return values == null ? List.of() : values.stream().map(Enum::name).toList();
    }

    private static List<String> words(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip)
                .filter(word -> !word.isEmpty()).toList();
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
