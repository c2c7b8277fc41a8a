package dev.spotter.exercises.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.ExerciseQuery;
import dev.spotter.exercises.Level;
import dev.spotter.exercises.LoadType;
import dev.spotter.exercises.Modality;
import dev.spotter.exercises.Muscle;
import dev.spotter.exercises.Pattern;
import dev.spotter.exercises.Population;
import dev.spotter.exercises.SafetyTag;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.tenancy.StudioId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A studio's exercise library: the built-in catalogue, with the studio's overrides in place of the built-ins
 * they replace, plus the studio's own and imported exercises. Every query names the studio.
 */
@Repository
public class Exercises {

    private static final String COLUMNS = """
            exercise_id, name, aliases, summary, modality, pattern, primary_muscles, secondary_muscles, equipment,
            level, unilateral, load_type, tags, populations, setup, cues, mistakes, breathing, safety, regressions,
            progressions, met_code, met_value, search_text""";

    /** The studio's effective library as one relation, bound to :studio. */
    private static final String LIBRARY = """
            with library as (
                select %1$s, 'BUILT_IN' as origin, null::text as source, null::text as source_ref,
                       true as tags_reviewed, e.search
                  from exercise e
                 where not exists (select 1 from studio_exercise s
                                    where s.studio_id = :studio and s.exercise_id = e.exercise_id)
                union all
                select %1$s, origin, source, source_ref, tags_reviewed, s.search
                  from studio_exercise s
                 where s.studio_id = :studio
            )
            """.formatted(COLUMNS);

    private final JdbcClient jdbc;

    Exercises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of search results with the total number of matches. */
    public record Page(List<Exercise> items, long total) {
    }

    public Page search(StudioId studio, ExerciseQuery query, Paging paging) {
        StringBuilder sql = new StringBuilder(LIBRARY).append("select *, count(*) over () as total from library");
        Map<String, Object> params = new HashMap<>();
        params.put("studio", studio.value());
        List<String> where = new ArrayList<>();
        String prefix = prefixQuery(query.text());
        String rank = null;
        if (prefix != null) {
            params.put("tsquery", prefix);
            params.put("text", query.text().strip());
            // Both conditions can use an index: the tsvector for words and prefixes, the trigram index for typos.
            // Below four letters a typo match finds unrelated words ("row" would match "roll"), so only prefixes.
            boolean fuzzy = query.text().strip().length() >= 4;
            where.add(fuzzy ? "(search @@ to_tsquery('english', :tsquery) or :text <% name)"
                    : "search @@ to_tsquery('english', :tsquery)");
            rank = "ts_rank(search, to_tsquery('english', :tsquery)) + word_similarity(:text, name)";
        }
        if (query.pattern() != null) {
            where.add("pattern = :pattern");
            params.put("pattern", query.pattern().name());
        }
        if (query.modality() != null) {
            where.add("modality = :modality");
            params.put("modality", query.modality().name());
        }
        if (query.muscle() != null) {
            where.add("(primary_muscles @> array[:muscle]::text[] or secondary_muscles @> array[:muscle]::text[])");
            params.put("muscle", query.muscle().name());
        }
        if (query.equipment() != null) {
            where.add("equipment @> array[:equipment]::text[]");
            params.put("equipment", query.equipment().name());
        }
        if (query.available() != null) {
            where.add("equipment <@ :available::text[]");
            params.put("available", names(withNone(query.available())));
        }
        if (query.level() != null) {
            where.add("level = :level");
            params.put("level", query.level().name());
        }
        if (!query.excludedTags().isEmpty()) {
            where.add("not (tags && :excluded::text[]) and (tags_reviewed or origin = 'BUILT_IN')");
            params.put("excluded", names(query.excludedTags()));
        }
        if (query.origin() != null) {
            where.add("origin = :origin");
            params.put("origin", query.origin().name());
        }
        if (!where.isEmpty()) {
            sql.append(" where ").append(String.join(" and ", where));
        }
        sql.append(" order by ").append(prefix == null ? "" : rank + " desc, ")
                .append("lower(name), exercise_id limit :limit offset :offset");
        params.put("limit", paging.size());
        params.put("offset", paging.offset());
        if (prefix != null && query.text().strip().length() >= 4) {
            // How close a misspelling may be to a word of the name and still match (pg_trgm's default is 0.6).
            jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', '0.45', true)").query(String.class)
                    .single();
        }
        long[] total = {0};
        List<Exercise> items = jdbc.sql(sql.toString()).params(params).query((rs, row) -> {
            total[0] = rs.getLong("total");
            return map(rs);
        }).list();
        if (items.isEmpty() && paging.page() > 0) {
            total[0] = jdbc.sql(LIBRARY + "select count(*) from library"
                            + (where.isEmpty() ? "" : " where " + String.join(" and ", where)))
                    .params(params).query(Long.class).single();
        }
        return new Page(items, total[0]);
    }

    public Optional<Exercise> find(StudioId studio, String id) {
        return jdbc.sql(LIBRARY + "select * from library where exercise_id = :id")
                .param("studio", studio.value())
                .param("id", id)
                .query((rs, row) -> map(rs))
                .optional();
    }

    /** The exercises with the given ids, in the order given; unknown ids are left out. */
    public List<Exercise> findAll(StudioId studio, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Exercise> found = jdbc.sql(LIBRARY + "select * from library where exercise_id in (:ids)")
                .param("studio", studio.value())
                .param("ids", List.copyOf(ids))
                .query((rs, row) -> map(rs))
                .list().stream()
                .collect(Collectors.toMap(Exercise::id, exercise -> exercise));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** The whole library, for the substitution engine. */
    public List<Exercise> all(StudioId studio) {
        return jdbc.sql(LIBRARY + "select * from library").param("studio", studio.value())
                .query((rs, row) -> map(rs)).list();
    }

    /** The studio's exercises from one import source, by the source's own ids. */
    public Map<String, Exercise> bySource(StudioId studio, String source) {
        return jdbc.sql(LIBRARY + "select * from library where source = :source")
                .param("studio", studio.value())
                .param("source", source)
                .query((rs, row) -> map(rs))
                .list().stream()
                .collect(Collectors.toMap(Exercise::sourceRef, exercise -> exercise));
    }

    public boolean builtInExists(String id) {
        return jdbc.sql("select exists (select 1 from exercise where exercise_id = ?)").param(id)
                .query(Boolean.class).single();
    }

    public boolean studioExerciseExists(StudioId studio, String id) {
        return jdbc.sql("select exists (select 1 from studio_exercise where studio_id = ? and exercise_id = ?)")
                .params(studio.value(), id).query(Boolean.class).single();
    }

    /** Inserts or replaces the studio's version of an exercise. */
    public void save(StudioId studio, Exercise exercise) {
        jdbc.sql("""
                insert into studio_exercise (studio_id, exercise_id, origin, source, source_ref, name, aliases, summary,
                    modality, pattern, primary_muscles, secondary_muscles, equipment, level, unilateral, load_type,
                    tags, tags_reviewed, populations, setup, cues, mistakes, breathing, safety, regressions,
                    progressions, met_code, met_value, search_text)
                values (:studio, :id, :origin, :source, :sourceRef, :name, :aliases, :summary, :modality, :pattern,
                    :primary, :secondary, :equipment, :level, :unilateral, :load, :tags, :reviewed, :populations,
                    :setup, :cues, :mistakes, :breathing, :safety, :regressions, :progressions, :metCode, :metValue,
                    :searchText)
                on conflict (studio_id, exercise_id) do update set
                    origin = excluded.origin, source = excluded.source, source_ref = excluded.source_ref,
                    name = excluded.name, aliases = excluded.aliases, summary = excluded.summary,
                    modality = excluded.modality, pattern = excluded.pattern,
                    primary_muscles = excluded.primary_muscles, secondary_muscles = excluded.secondary_muscles,
                    equipment = excluded.equipment, level = excluded.level, unilateral = excluded.unilateral,
                    load_type = excluded.load_type, tags = excluded.tags, tags_reviewed = excluded.tags_reviewed,
                    populations = excluded.populations, setup = excluded.setup, cues = excluded.cues,
                    mistakes = excluded.mistakes, breathing = excluded.breathing, safety = excluded.safety,
                    regressions = excluded.regressions, progressions = excluded.progressions,
                    met_code = excluded.met_code, met_value = excluded.met_value,
                    search_text = excluded.search_text, updated_at = now()
                """)
                .param("studio", studio.value())
                .params(parameters(exercise))
                .param("origin", exercise.origin().name())
                .param("source", exercise.source())
                .param("sourceRef", exercise.sourceRef())
                .param("reviewed", exercise.tagsReviewed())
                .update();
    }

    public boolean delete(StudioId studio, String id) {
        return jdbc.sql("delete from studio_exercise where studio_id = ? and exercise_id = ?")
                .params(studio.value(), id).update() == 1;
    }

    /** Replaces the built-in catalogue with the given library, in the caller's transaction. */
    void replaceBuiltIns(List<Exercise> library) {
        jdbc.sql("delete from exercise").update();
        for (Exercise exercise : library) {
            jdbc.sql("insert into exercise (" + COLUMNS + ") values (:id, :name, :aliases, :summary, :modality,"
                            + " :pattern, :primary, :secondary, :equipment, :level, :unilateral, :load, :tags,"
                            + " :populations, :setup, :cues, :mistakes, :breathing, :safety, :regressions,"
                            + " :progressions, :metCode, :metValue, :searchText)")
                    .params(parameters(exercise))
                    .update();
        }
    }

    private static Map<String, Object> parameters(Exercise exercise) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", exercise.id());
        params.put("name", exercise.name());
        params.put("aliases", exercise.aliases().toArray(String[]::new));
        params.put("summary", exercise.summary());
        params.put("modality", exercise.modality().name());
        params.put("pattern", exercise.pattern().name());
        params.put("primary", names(exercise.primary()));
        params.put("secondary", names(exercise.secondary()));
        params.put("equipment", names(exercise.equipment()));
        params.put("level", exercise.level().name());
        params.put("unilateral", exercise.unilateral());
        params.put("load", exercise.load().name());
        params.put("tags", names(exercise.tags()));
        params.put("populations", names(exercise.populations()));
        params.put("setup", exercise.setup());
        params.put("cues", exercise.cues().toArray(String[]::new));
        params.put("mistakes", exercise.mistakes().toArray(String[]::new));
        params.put("breathing", exercise.breathing());
        params.put("safety", exercise.safety());
        params.put("regressions", exercise.regressions().toArray(String[]::new));
        params.put("progressions", exercise.progressions().toArray(String[]::new));
        params.put("metCode", exercise.met() == null ? null : exercise.met().code());
        params.put("metValue", exercise.met() == null ? null : exercise.met().value());
        params.put("searchText", searchText(exercise));
        return params;
    }

    /** The words a trainer might type to find an exercise, beyond its name. */
    static String searchText(Exercise exercise) {
        return Stream.of(exercise.aliases().stream(), Stream.of(exercise.summary(), exercise.pattern().label(),
                                exercise.modality().label()),
                        exercise.primary().stream().map(Muscle::label),
                        exercise.secondary().stream().map(Muscle::label),
                        exercise.equipment().stream().filter(item -> item != Equipment.NONE).map(Equipment::label))
                .flatMap(stream -> stream)
                .collect(Collectors.joining(" "));
    }

    /** Turns typed text into a prefix query: "gobl squ" matches words starting with "gobl" and "squ". */
    static String prefixQuery(String text) {
        if (text == null) {
            return null;
        }
        List<String> tokens = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(token -> !token.isEmpty())
                .limit(8)
                .map(token -> token + ":*")
                .toList();
        return tokens.isEmpty() ? null : String.join(" & ", tokens);
    }

    private static Set<Equipment> withNone(Set<Equipment> equipment) {
        Set<Equipment> result = EnumSet.of(Equipment.NONE);
        result.addAll(equipment);
        return result;
    }

    private static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static Exercise map(ResultSet rs) throws SQLException {
        String metCode = rs.getString("met_code");
        return new Exercise(rs.getString("exercise_id"), rs.getString("name"), strings(rs, "aliases"),
                rs.getString("summary"), Modality.valueOf(rs.getString("modality")),
                Pattern.valueOf(rs.getString("pattern")), enums(rs, "primary_muscles", Muscle.class),
                enums(rs, "secondary_muscles", Muscle.class), enums(rs, "equipment", Equipment.class),
                Level.valueOf(rs.getString("level")), rs.getBoolean("unilateral"),
                LoadType.valueOf(rs.getString("load_type")), enums(rs, "tags", SafetyTag.class),
                rs.getBoolean("tags_reviewed"), enums(rs, "populations", Population.class), rs.getString("setup"),
                strings(rs, "cues"), strings(rs, "mistakes"), rs.getString("breathing"), rs.getString("safety"),
                strings(rs, "regressions"), strings(rs, "progressions"),
                metCode == null ? null : new Exercise.Met(metCode, rs.getDouble("met_value")),
                Exercise.Origin.valueOf(rs.getString("origin")), rs.getString("source"),
                rs.getString("source_ref"));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static <E extends Enum<E>> Set<E> enums(ResultSet rs, String column, Class<E> type) throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        for (String name : strings(rs, column)) {
            values.add(Enum.valueOf(type, name));
        }
        return values;
    }
}
