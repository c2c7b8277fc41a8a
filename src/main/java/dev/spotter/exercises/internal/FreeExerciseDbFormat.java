package dev.spotter.exercises.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.ExerciseCatalog;
import dev.spotter.exercises.Level;
import dev.spotter.exercises.LoadType;
import dev.spotter.exercises.Modality;
import dev.spotter.exercises.Muscle;
import dev.spotter.exercises.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the free-exercise-db JSON format (an array of exercises with category, equipment, muscles, level, force,
 * mechanic and instructions) into Spotter's model. Values outside the format's schema make the file malformed;
 * values inside it that Spotter has no exact word for are mapped to the nearest and reported.
 */
public final class FreeExerciseDbFormat {

    public static final String SOURCE = "free-exercise-db";

    private static final Map<String, Modality> CATEGORIES = Map.of(
            "strength", Modality.STRENGTH, "powerlifting", Modality.STRENGTH, "strongman", Modality.STRENGTH,
            "stretching", Modality.MOBILITY, "plyometrics", Modality.PLYOMETRIC, "cardio", Modality.CARDIO,
            "olympic weightlifting", Modality.POWER);
    private static final Map<String, Equipment> EQUIPMENT = Map.ofEntries(
            Map.entry("body only", Equipment.NONE), Map.entry("machine", Equipment.MACHINE),
            Map.entry("foam roll", Equipment.FOAM_ROLLER), Map.entry("kettlebells", Equipment.KETTLEBELL),
            Map.entry("dumbbell", Equipment.DUMBBELL), Map.entry("cable", Equipment.CABLE),
            Map.entry("barbell", Equipment.BARBELL), Map.entry("bands", Equipment.BANDS),
            Map.entry("medicine ball", Equipment.MEDICINE_BALL), Map.entry("exercise ball", Equipment.STABILITY_BALL),
            Map.entry("e-z curl bar", Equipment.BARBELL));
    private static final Map<String, List<Muscle>> MUSCLES = Map.ofEntries(
            Map.entry("abdominals", List.of(Muscle.ABS)), Map.entry("abductors", List.of(Muscle.ABDUCTORS)),
            Map.entry("adductors", List.of(Muscle.ADDUCTORS)), Map.entry("biceps", List.of(Muscle.BICEPS)),
            Map.entry("calves", List.of(Muscle.CALVES)), Map.entry("chest", List.of(Muscle.CHEST)),
            Map.entry("forearms", List.of(Muscle.FOREARMS)), Map.entry("glutes", List.of(Muscle.GLUTES)),
            Map.entry("hamstrings", List.of(Muscle.HAMSTRINGS)), Map.entry("lats", List.of(Muscle.LATS)),
            Map.entry("lower back", List.of(Muscle.LOWER_BACK)), Map.entry("middle back", List.of(Muscle.UPPER_BACK)),
            Map.entry("neck", List.of(Muscle.NECK)), Map.entry("quadriceps", List.of(Muscle.QUADS)),
            Map.entry("shoulders", List.of(Muscle.FRONT_DELTS, Muscle.SIDE_DELTS)),
            Map.entry("traps", List.of(Muscle.TRAPS)), Map.entry("triceps", List.of(Muscle.TRICEPS)));
    private static final Map<String, Level> LEVELS = Map.of("beginner", Level.BEGINNER,
            "intermediate", Level.INTERMEDIATE, "expert", Level.ADVANCED);
    /** Approximations worth telling the trainer about, by schema value. */
    private static final Map<String, String> APPROXIMATIONS = Map.of(
            "equipment 'other'", "has no Spotter equivalent; imported as needing no listed equipment",
            "equipment 'e-z curl bar'", "imported as barbell",
            "muscle 'shoulders'", "imported as front and side delts",
            "muscle 'middle back'", "imported as upper back",
            "category 'strongman'", "imported as strength",
            "category 'powerlifting'", "imported as strength",
            "category 'olympic weightlifting'", "imported as power");

    private FreeExerciseDbFormat() {
    }

    /** Reads the file; throws {@link ImportRejected} naming each malformed record and its line. */
    public static Parsed parse(byte[] content) {
        List<String> problems = new ArrayList<>();
        List<Record> records = new ArrayList<>();
        Map<String, Integer> unmapped = new TreeMap<>();
        JsonMapper mapper = JsonMapper.builder()
                .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        try (JsonParser parser = mapper.createParser(content)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new ImportRejected(List.of("line 1: the file must be a JSON array of exercises"));
            }
            int index = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                index++;
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = mapper.readTree(parser);
                List<String> recordProblems = new ArrayList<>();
                Exercise exercise = map(node, recordProblems, unmapped);
                String label = "record " + index + " (line " + line
                        + (node.hasNonNull("id") ? ", id " + node.get("id").asString() : "") + ")";
                recordProblems.forEach(problem -> problems.add(label + ": " + problem));
                if (recordProblems.isEmpty()) {
                    records.add(new Record(index, line, exercise.sourceRef(), exercise));
                }
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                problems.add("line " + parser.currentTokenLocation().getLineNr()
                        + ": expected an exercise object or the end of the array");
            }
        } catch (JacksonException e) {
            problems.add("line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        List<String> notes = new ArrayList<>();
        unmapped.forEach((value, count) -> notes.add(value + " in " + count + (count == 1 ? " record: " : " records: ")
                + APPROXIMATIONS.get(value)));
        notes.add("safety tags: the format has none, so imported exercises are marked 'tags not reviewed' and are"
                + " never offered as safe substitutes until a trainer reviews them");
        return new Parsed(records, notes);
    }

    /** The readable records and the notes about approximated values. */
    public record Parsed(List<Record> records, List<String> unmapped) {
    }

    /** One record, where it was in the file, and what it became. */
    public record Record(int index, int line, String sourceRef, Exercise exercise) {
    }

    private static Exercise map(JsonNode node, List<String> problems, Map<String, Integer> unmapped) {
        String id = requiredText(node, "id", problems);
        if (id != null && !id.matches("^[0-9a-zA-Z_-]+$")) {
            problems.add("id: '" + id + "' may only contain letters, digits, '_' and '-'");
        }
        String name = requiredText(node, "name", problems);
        String category = requiredText(node, "category", problems);
        Modality modality = category == null ? null : CATEGORIES.get(category);
        if (category != null && modality == null) {
            problems.add("category: unknown value '" + category + "'");
        }
        note(unmapped, "category '" + category + "'");
        String levelText = requiredText(node, "level", problems);
        Level level = levelText == null ? null : LEVELS.get(levelText);
        if (levelText != null && level == null) {
            problems.add("level: unknown value '" + levelText + "'");
        }
        String equipmentText = optionalText(node, "equipment", problems);
        Set<Equipment> equipment = EnumSet.of(Equipment.NONE);
        if (equipmentText != null) {
            if ("other".equals(equipmentText)) {
                note(unmapped, "equipment 'other'");
            } else if (EQUIPMENT.containsKey(equipmentText)) {
                equipment = EnumSet.of(EQUIPMENT.get(equipmentText));
                note(unmapped, "equipment '" + equipmentText + "'");
            } else {
                problems.add("equipment: unknown value '" + equipmentText + "'");
            }
        }
        String force = optionalText(node, "force", problems);
        if (force != null && !Set.of("push", "pull", "static").contains(force)) {
            problems.add("force: unknown value '" + force + "'");
        }
        String mechanic = optionalText(node, "mechanic", problems);
        if (mechanic != null && !Set.of("compound", "isolation").contains(mechanic)) {
            problems.add("mechanic: unknown value '" + mechanic + "'");
        }
        Set<Muscle> primary = muscles(node, "primaryMuscles", problems, unmapped);
        Set<Muscle> secondary = muscles(node, "secondaryMuscles", problems, unmapped);
        secondary.removeAll(primary);
        if (primary.isEmpty() && !node.has("primaryMuscles")) {
            problems.add("primaryMuscles: is required");
        }
        List<String> instructions = new ArrayList<>();
        JsonNode steps = node.get("instructions");
        if (steps != null && !steps.isNull()) {
            if (!steps.isArray()) {
                problems.add("instructions: must be a list of text");
            } else {
                steps.forEach(step -> instructions.add(step.asString().strip()));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        Pattern pattern = pattern(name, category, force, mechanic, primary);
        LoadType load = modality == Modality.MOBILITY || modality == Modality.CARDIO ? LoadType.TIME
                : equipment.equals(EnumSet.of(Equipment.NONE)) ? LoadType.BODYWEIGHT : LoadType.EXTERNAL;
        Set<Muscle> primaryOrDefault = primary.isEmpty() ? EnumSet.of(Muscle.ABS) : primary;
        String summary = name + " (imported from free-exercise-db)";
        return new Exercise("fedb-" + ExerciseCatalog.slug(id), name, List.of(), summary, modality, pattern,
                primaryOrDefault, secondary, equipment, level, name.toLowerCase(Locale.ROOT).matches(
                        ".*\\b(single|one)[- ](arm|leg)\\b.*|.*\\balternating\\b.*"), load, Set.of(), false, Set.of(),
                String.join(" ", instructions), List.of(), List.of(), "", "", List.of(), List.of(), null,
                Exercise.Origin.IMPORTED, SOURCE, id);
    }

    /** The nearest Spotter movement pattern, from the format's category, force, mechanic, muscles and name. */
    static Pattern pattern(String name, String category, String force, String mechanic, Set<Muscle> primary) {
        String lower = name.toLowerCase(Locale.ROOT);
        if ("stretching".equals(category)) {
            return Pattern.MOBILITY;
        }
        if ("cardio".equals(category)) {
            return lower.contains("row") || lower.contains("rope") ? Pattern.FULL_BODY : Pattern.GAIT;
        }
        if ("olympic weightlifting".equals(category)) {
            return Pattern.FULL_BODY;
        }
        if (lower.contains("carry") || lower.contains("farmer") || lower.contains("yoke")) {
            return Pattern.CARRY;
        }
        if (lower.matches(".*\\b(twist|rotation|woodchop|russian|pallof)\\b.*")) {
            return Pattern.ROTATION;
        }
        if ("isolation".equals(mechanic)) {
            return Pattern.ISOLATION;
        }
        if (lower.matches(".*\\b(lunge|split|step-up|step up|pistol)\\b.*")) {
            return Pattern.LUNGE;
        }
        if (primary.contains(Muscle.QUADS)) {
            return Pattern.SQUAT;
        }
        if (primary.contains(Muscle.HAMSTRINGS) || primary.contains(Muscle.GLUTES)
                || primary.contains(Muscle.LOWER_BACK)) {
            return Pattern.HINGE;
        }
        if (primary.contains(Muscle.CHEST)) {
            return Pattern.HORIZONTAL_PUSH;
        }
        if (primary.contains(Muscle.LATS)) {
            return lower.matches(".*\\b(row|rows)\\b.*") ? Pattern.HORIZONTAL_PULL : Pattern.VERTICAL_PULL;
        }
        if (primary.contains(Muscle.UPPER_BACK) || primary.contains(Muscle.TRAPS)) {
            return Pattern.HORIZONTAL_PULL;
        }
        if (primary.contains(Muscle.FRONT_DELTS) || primary.contains(Muscle.TRICEPS)) {
            return "pull".equals(force) ? Pattern.HORIZONTAL_PULL : Pattern.VERTICAL_PUSH;
        }
        if (primary.contains(Muscle.ABS)) {
            return Pattern.CORE;
        }
        return Pattern.FULL_BODY;
    }

    private static Set<Muscle> muscles(JsonNode node, String field, List<String> problems,
                                       Map<String, Integer> unmapped) {
        Set<Muscle> result = EnumSet.noneOf(Muscle.class);
        JsonNode values = node.get(field);
        if (values == null || values.isNull()) {
            return result;
        }
        if (!values.isArray()) {
            problems.add(field + ": must be a list");
            return result;
        }
        for (JsonNode value : values) {
            String text = value.asString();
            List<Muscle> mapped = MUSCLES.get(text);
            if (mapped == null) {
                problems.add(field + ": unknown value '" + text + "'");
            } else {
                result.addAll(mapped);
                note(unmapped, "muscle '" + text + "'");
            }
        }
        return result;
    }

    private static void note(Map<String, Integer> unmapped, String value) {
        if (APPROXIMATIONS.containsKey(value)) {
            unmapped.merge(value, 1, Integer::sum);
        }
    }

    private static String requiredText(JsonNode node, String field, List<String> problems) {
        String text = optionalText(node, field, problems);
        if (text == null) {
            problems.add(field + ": is required");
        }
        return text;
    }

    private static String optionalText(JsonNode node, String field, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            problems.add(field + ": must be text");
            return null;
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }
}
