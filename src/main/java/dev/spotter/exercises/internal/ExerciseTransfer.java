package dev.spotter.exercises.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.spotter.exercises.Exercise;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.tenancy.StudioId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports and exports a studio's exercises. An import is first planned (nothing written) so that it can be
 * previewed, then applied in one transaction. Records are matched to earlier imports by their source id, so
 * importing the same file again changes nothing.
 */
@Service
public class ExerciseTransfer {

    /** The formats Spotter reads. */
    public enum Format {
        FREE_EXERCISE_DB, CSV;

        public static Format parse(String text) {
            if (text == null) {
                throw new InvalidFieldException("format", "is required: free-exercise-db or csv");
            }
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "free-exercise-db", "free_exercise_db", "json" -> FREE_EXERCISE_DB;
                case "csv" -> CSV;
                default -> throw new InvalidFieldException("format", "must be free-exercise-db or csv");
            };
        }
    }

    /** What an applied import did. */
    public record Report(long created, long updated, long unchanged, long skipped, List<ImportPlan.Entry> entries,
                         List<String> unmapped) {
    }

    private final Exercises exercises;

    ExerciseTransfer(Exercises exercises) {
        this.exercises = exercises;
    }

    /** Reads the file and works out what importing it would do; writes nothing. */
    @Transactional(readOnly = true)
    public ImportPlan plan(StudioId studio, Format format, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ImportRejected(List.of("the file is empty"));
        }
        List<ImportPlan.Entry> entries = new ArrayList<>();
        List<String> unmapped;
        String source;
        if (format == Format.FREE_EXERCISE_DB) {
            FreeExerciseDbFormat.Parsed parsed = FreeExerciseDbFormat.parse(content);
            source = FreeExerciseDbFormat.SOURCE;
            Map<String, Exercise> existing = exercises.bySource(studio, source);
            Map<String, Integer> seen = new HashMap<>();
            for (FreeExerciseDbFormat.Record record : parsed.records()) {
                Integer first = seen.putIfAbsent(record.sourceRef(), record.index());
                if (first != null) {
                    entries.add(new ImportPlan.Entry(record.index(), record.line(), record.sourceRef(),
                            record.exercise(), ImportPlan.Action.SKIP, "same id as record " + first));
                    continue;
                }
                entries.add(entry(record.index(), record.line(), record.sourceRef(), record.exercise(),
                        existing.get(record.sourceRef())));
            }
            unmapped = parsed.unmapped();
        } else {
            source = CsvFormat.SOURCE;
            Map<String, Exercise> existing = exercises.bySource(studio, source);
            for (CsvFormat.Row row : CsvFormat.parse(content, exercises::builtInExists)) {
                Exercise current = existing.get(row.id());
                if (current == null && row.exercise().origin() == Exercise.Origin.IMPORTED
                        && exercises.studioExerciseExists(studio, row.id())) {
                    entries.add(new ImportPlan.Entry(row.index(), row.line(), row.id(), row.exercise(),
                            ImportPlan.Action.SKIP, "your library already has a different exercise with this id"));
                    continue;
                }
                entries.add(entry(row.index(), row.line(), row.id(), row.exercise(), current));
            }
            unmapped = List.of();
        }
        return new ImportPlan(format.name(), source, entries, unmapped);
    }

    /** Applies a plan in one transaction and reports what it did. */
    @Transactional
    public Report apply(StudioId studio, ImportPlan plan) {
        for (ImportPlan.Entry entry : plan.entries()) {
            if (entry.action() == ImportPlan.Action.CREATE || entry.action() == ImportPlan.Action.UPDATE) {
                exercises.save(studio, entry.exercise());
            }
        }
        return new Report(plan.count(ImportPlan.Action.CREATE), plan.count(ImportPlan.Action.UPDATE),
                plan.count(ImportPlan.Action.UNCHANGED), plan.count(ImportPlan.Action.SKIP), plan.entries(),
                plan.unmapped());
    }

    /** The studio's own exercises (written, imported and overrides), and optionally the built-ins too. */
    @Transactional(readOnly = true)
    public List<Exercise> exportable(StudioId studio, boolean includeBuiltIn) {
        return exercises.all(studio).stream()
                .filter(exercise -> includeBuiltIn || exercise.origin() != Exercise.Origin.BUILT_IN)
                .sorted(Comparator.comparing(Exercise::id))
                .toList();
    }

    public String toCsv(List<Exercise> list) {
        return CsvFormat.write(list);
    }

    /** Spotter's JSON: the field names of the library format, one object per exercise. */
    public String toJson(List<Exercise> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Exercise e : list) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", e.id());
            item.put("name", e.name());
            item.put("aliases", e.aliases());
            item.put("summary", e.summary());
            item.put("origin", e.origin().name());
            item.put("modality", e.modality().name());
            item.put("pattern", e.pattern().name());
            item.put("primary", e.primary().stream().map(Enum::name).sorted().toList());
            item.put("secondary", e.secondary().stream().map(Enum::name).sorted().toList());
            item.put("equipment", e.equipment().stream().map(Enum::name).sorted().toList());
            item.put("level", e.level().name());
            item.put("unilateral", e.unilateral());
            item.put("load", e.load().name());
            item.put("tags", e.tags().stream().map(Enum::name).sorted().toList());
            item.put("tags_reviewed", e.tagsReviewed());
            item.put("populations", e.populations().stream().map(Enum::name).sorted().toList());
            item.put("setup", e.setup());
            item.put("cues", e.cues());
            item.put("mistakes", e.mistakes());
            item.put("breathing", e.breathing());
            item.put("safety", e.safety());
            item.put("regressions", e.regressions());
            item.put("progressions", e.progressions());
            if (e.met() != null) {
                item.put("met", Map.of("code", e.met().code(), "value", e.met().value()));
            }
            if (e.source() != null) {
                item.put("source", e.source());
                item.put("source_ref", e.sourceRef());
            }
            out.add(item);
        }
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(out);
    }

    private static ImportPlan.Entry entry(int index, int line, String ref, Exercise incoming, Exercise current) {
        if (current == null) {
            return new ImportPlan.Entry(index, line, ref, incoming, ImportPlan.Action.CREATE, null);
        }
        Exercise placed = incoming;
        if (!Objects.equals(current.id(), incoming.id())) {
            placed = withId(incoming, current.id());
        }
        return Objects.equals(current, placed)
                ? new ImportPlan.Entry(index, line, ref, placed, ImportPlan.Action.UNCHANGED, "unchanged since the last import")
                : new ImportPlan.Entry(index, line, ref, placed, ImportPlan.Action.UPDATE, null);
    }

    private static Exercise withId(Exercise e, String id) {
        return new Exercise(id, e.name(), e.aliases(), e.summary(), e.modality(), e.pattern(), e.primary(),
                e.secondary(), e.equipment(), e.level(), e.unilateral(), e.load(), e.tags(), e.tagsReviewed(),
                e.populations(), e.setup(), e.cues(), e.mistakes(), e.breathing(), e.safety(), e.regressions(),
                e.progressions(), e.met(), e.origin(), e.source(), e.sourceRef());
    }
}
