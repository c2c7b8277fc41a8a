package dev.spotter.exercises.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import dev.spotter.exercises.Exercise;

/**
 * Spotter's CSV format for exercises (RFC 4180: comma-separated, double quotes around fields that contain commas,
 * quotes or line breaks). The first row names the columns; lists are separated by '|'. See docs/EXERCISES.md.
 */
public final class CsvFormat {

    public static final String SOURCE = "spotter-csv";

    /** The columns, in the order Spotter writes them. */
    public static final List<String> COLUMNS = List.of("id", "name", "aliases", "summary", "modality", "pattern",
            "primary", "secondary", "equipment", "level", "unilateral", "load", "tags", "tags_reviewed",
            "populations", "setup", "cues", "mistakes", "breathing", "safety", "regressions", "progressions",
            "met_code", "met_value");
    private static final Set<String> REQUIRED = Set.of("id", "name", "modality", "pattern", "primary", "level",
            "load");

    private CsvFormat() {
    }

    /** One readable row: where it was, its own id, and the exercise it describes. */
    public record Row(int index, int line, String id, Exercise exercise) {
    }

    /** Reads the file; throws {@link ImportRejected} naming each bad line, so nothing of a bad file is written. */
    public static List<Row> parse(byte[] content, Predicate<String> isBuiltIn) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> problems = new ArrayList<>();
        List<Line> lines = split(text, problems);
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        if (lines.isEmpty()) {
            throw new ImportRejected(List.of("line 1: the file is empty; the first row must name the columns"));
        }
        List<String> header = lines.get(0).cells().stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT))
                .toList();
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                problems.add("line 1: unknown column '" + column + "'");
            }
        }
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                problems.add("line 1: missing column '" + column + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int index = 1; index < lines.size(); index++) {
            Line line = lines.get(index);
            if (line.cells().size() == 1 && line.cells().get(0).isBlank()) {
                continue;
            }
            if (line.cells().size() != header.size()) {
                problems.add("line " + line.number() + ": has " + line.cells().size() + " fields, the header has "
                        + header.size());
                continue;
            }
            Map<String, Object> fields = new HashMap<>();
            for (int column = 0; column < header.size(); column++) {
                fields.put(header.get(column), restore(line.cells().get(column)));
            }
            String id = String.valueOf(fields.get("id")).strip();
            if (!seen.add(id)) {
                problems.add("line " + line.number() + ": id '" + id + "' appears twice in the file");
                continue;
            }
            boolean override = isBuiltIn.test(id);
            ExerciseFields.Result result = ExerciseFields.read(fields,
                    override ? Exercise.Origin.OVERRIDE : Exercise.Origin.IMPORTED, SOURCE, id);
            if (!result.ok()) {
                result.problems().forEach(problem -> problems.add("line " + line.number() + " (id " + id + "): "
                        + problem));
                continue;
            }
            boolean reviewed = "true".equalsIgnoreCase(String.valueOf(fields.getOrDefault("tags_reviewed", ""))
                    .strip());
            rows.add(new Row(index, line.number(), id, reviewed ? result.exercise() : unreviewed(result.exercise())));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems);
        }
        return rows;
    }

    /** Writes exercises in this format, header first. */
    public static String write(Collection<Exercise> exercises) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (Exercise exercise : exercises) {
            List<String> cells = List.of(exercise.id(), exercise.name(), join(exercise.aliases()),
                    exercise.summary(), exercise.modality().name(), exercise.pattern().name(),
                    joinEnums(exercise.primary()), joinEnums(exercise.secondary()), joinEnums(exercise.equipment()),
                    exercise.level().name(), String.valueOf(exercise.unilateral()), exercise.load().name(),
                    joinEnums(exercise.tags()), String.valueOf(exercise.tagsReviewed()),
                    joinEnums(exercise.populations()), exercise.setup(), join(exercise.cues()),
                    join(exercise.mistakes()), exercise.breathing(), exercise.safety(), join(exercise.regressions()),
                    join(exercise.progressions()), exercise.met() == null ? "" : exercise.met().code(),
                    exercise.met() == null ? "" : String.valueOf(exercise.met().value()));
            out.append(String.join(",", cells.stream().map(CsvFormat::quote).toList())).append("\r\n");
        }
        return out.toString();
    }

    private static Exercise unreviewed(Exercise e) {
        return new Exercise(e.id(), e.name(), e.aliases(), e.summary(), e.modality(), e.pattern(), e.primary(),
                e.secondary(), e.equipment(), e.level(), e.unilateral(), e.load(), e.tags(), false, e.populations(),
                e.setup(), e.cues(), e.mistakes(), e.breathing(), e.safety(), e.regressions(), e.progressions(),
                e.met(), e.origin(), e.source(), e.sourceRef());
    }

    private static String join(List<String> items) {
        return String.join("|", items);
    }

    private static String joinEnums(Collection<? extends Enum<?>> values) {
        return String.join("|", values.stream().map(Enum::name).sorted().toList());
    }

    private static String quote(String cell) {
        if (cell == null) {
            return "";
        }
        cell = neutralise(cell);
        boolean needs = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
        return needs ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /**
     * A spreadsheet runs a cell that starts with = + - @ as a formula (OWASP "CSV injection"), so such cells are
     * written with a leading apostrophe, which spreadsheets hide and {@link #restore} removes on import.
     */
    static String neutralise(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    static String restore(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    private record Line(int number, List<String> cells) {
    }

    /** Splits text into records and fields, honouring quotes; a quote left open is reported with its line. */
    private static List<Line> split(String text, List<String> problems) {
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"') {
                if (cell.length() > 0) {
                    problems.add("line " + line + ": a quote may only open a field");
                    return lines;
                }
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                lines.add(new Line(recordStart, List.copyOf(cells)));
                cells.clear();
                line++;
                recordStart = line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            problems.add("line " + recordStart + ": a quoted field is never closed");
            return lines;
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            lines.add(new Line(recordStart, List.copyOf(cells)));
        }
        return lines;
    }
}
