package dev.spotter.exercises.engine;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.Level;
import dev.spotter.exercises.Library;
import dev.spotter.exercises.Pattern;
import dev.spotter.exercises.SafetyTag;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of the substitution engine that must hold for every exercise and every client. */
class SubstitutionPropertyTests {

    private final SubstitutionEngine engine = new SubstitutionEngine();

    @Property(tries = 400)
    void neverOffersAnythingTheClientMustAvoidCannotEquipIsNotReadyForOrThatHurts(
            @ForAll("exercises") Exercise original, @ForAll("clients") ClientContext client) {
        Substitution result = engine.substitute(original, library(), client, 20);
        for (Alternative alternative : result.alternatives()) {
            Exercise candidate = alternative.exercise();
            assertThat(candidate.tags().stream().noneMatch(client.excludedTags()::contains)).isTrue();
            assertThat(candidate.feasibleWith(client.availableEquipment())).isTrue();
            assertThat(candidate.level().compareTo(client.maxLevel())).isLessThanOrEqualTo(0);
            assertThat(client.painfulPatterns()).doesNotContain(candidate.pattern());
            assertThat(candidate.id()).isNotEqualTo(original.id());
            if (!client.excludedTags().isEmpty()) {
                assertThat(candidate.tagsReviewed()).isTrue();
            }
            assertThat(alternative.reason()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void saysWhyWhenNothingIsSafeAndNeverExplainsAFoundAnswer(@ForAll("exercises") Exercise original,
                                                             @ForAll("clients") ClientContext client) {
        Substitution result = engine.substitute(original, library(), client, 8);
        if (result.found()) {
            assertThat(result.explanation()).isNull();
        } else {
            assertThat(result.explanation()).isNotBlank();
        }
        assertThat(result.alternatives()).hasSizeLessThanOrEqualTo(8);
    }

    @Property(tries = 300)
    void ranksBestFirstAndAnswersTheSameWayEveryTime(@ForAll("exercises") Exercise original,
                                                     @ForAll("clients") ClientContext client) {
        Substitution first = engine.substitute(original, library(), client, 10);
        Substitution second = engine.substitute(original, library(), client, 10);
        assertThat(first.alternatives()).isEqualTo(second.alternatives());
        List<Integer> scores = first.alternatives().stream().map(Alternative::score).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Property(tries = 200)
    void keepsThePatternWheneverASafeSamePatternExerciseExists(@ForAll("exercises") Exercise original,
                                                              @ForAll("clients") ClientContext client) {
        Substitution result = engine.substitute(original, library(), client, 1);
        boolean samePatternPossible = library().stream().anyMatch(candidate -> !candidate.id().equals(original.id())
                && candidate.pattern() == original.pattern()
                && SubstitutionEngine.relevant(original, candidate)
                && candidate.tags().stream().noneMatch(client.excludedTags()::contains)
                && (client.excludedTags().isEmpty() || candidate.tagsReviewed())
                && candidate.feasibleWith(client.availableEquipment())
                && candidate.level().compareTo(client.maxLevel()) <= 0
                && !client.painfulPatterns().contains(candidate.pattern()));
        if (samePatternPossible) {
            assertThat(result.alternatives().get(0).exercise().pattern()).isEqualTo(original.pattern());
        }
    }

    @Provide
    Arbitrary<Exercise> exercises() {
        return Arbitraries.of(library());
    }

    @Provide
    Arbitrary<ClientContext> clients() {
        Arbitrary<Set<SafetyTag>> tags = Arbitraries.of(SafetyTag.class).set().ofMaxSize(6);
        Arbitrary<Set<Equipment>> equipment = Arbitraries.of(Equipment.class).set().ofMaxSize(8)
                .injectNull(0.3);
        Arbitrary<Level> level = Arbitraries.of(Level.class);
        Arbitrary<Set<Pattern>> painful = Arbitraries.of(Pattern.class).set().ofMaxSize(2);
        return Combinators.combine(tags, equipment, level, painful)
                .as((t, e, l, p) -> new ClientContext(t.isEmpty() ? Set.of() : EnumSet.copyOf(t), e, l, p));
    }

    private static List<Exercise> library() {
        return Library.builtIn();
    }
}
