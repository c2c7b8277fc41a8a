package dev.spotter.programs.engine;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.spotter.clients.ClearanceStatus;
import dev.spotter.clients.EquipmentAccess;
import dev.spotter.clients.Experience;
import dev.spotter.clients.Goal;
import dev.spotter.clients.IntensityCeiling;
import dev.spotter.exercises.Equipment;
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

/** Whatever the client, a program the generator drafts passes the independent checker. */
class ProgramGeneratorPropertyTests {

    private static final ProgramGenerator GENERATOR = new ProgramGenerator(Library.builtIn());
    private static final ProgramChecker CHECKER = new ProgramChecker(Library.builtIn());

    /** A client profile, the program asked for, and the seed. */
    record Request(Athlete athlete, Specialisation specialisation, int weeks, long seed) {
    }

    /** The parts of a profile that are not about safety. */
    record Profile(int age, Experience experience, Goal goal, int days, int minutes, Set<EquipmentAccess> places) {
    }

    @Property(tries = 5000)
    void everyDraftedProgramPassesTheChecker(@ForAll("requests") Request request) {
        Generation generation = GENERATOR.generate(request.athlete(), request.specialisation(), request.weeks(),
                request.seed());
        if (generation instanceof Generation.Drafted drafted) {
            CheckReport report = CHECKER.check(drafted.program(), request.athlete());
            assertThat(report.errors()).as("errors for %s", request).isEmpty();
        } else {
            // Complete, screened profiles are refused only when the library has nothing safe for them: no
            // strength exercise at all, or, for older adults, no balance work twice a week.
            Generation.Refused refused = (Generation.Refused) generation;
            boolean olderAdult = request.athlete().senior() || request.specialisation() == Specialisation.SENIOR;
            assertThat(refused.missing()).extracting(Generation.Missing::field)
                    .containsOnly(olderAdult && request.athlete().daysAvailable() < 2 ? "daysAvailable"
                            : "equipmentAccess");
        }
    }

    @Property(tries = 200)
    void theSameInputsAndSeedGiveTheSameProgram(@ForAll("requests") Request request) {
        Generation first = GENERATOR.generate(request.athlete(), request.specialisation(), request.weeks(),
                request.seed());
        Generation second = new ProgramGenerator(Library.builtIn()).generate(request.athlete(),
                request.specialisation(), request.weeks(), request.seed());
        assertThat(second).isEqualTo(first);
    }

    @Provide
    Arbitrary<Request> requests() {
        Arbitrary<Integer> age = Arbitraries.integers().between(7, 95);
        Arbitrary<Experience> experience = Arbitraries.of(Experience.class);
        Arbitrary<Goal> goal = Arbitraries.of(Goal.class);
        Arbitrary<Integer> days = Arbitraries.integers().between(1, 7);
        Arbitrary<Integer> minutes = Arbitraries.integers().between(Readiness.MIN_MINUTES, Readiness.MAX_MINUTES);
        Arbitrary<Set<EquipmentAccess>> access = Arbitraries.of(EquipmentAccess.class).set().ofMinSize(1)
                .ofMaxSize(3);
        Arbitrary<Set<SafetyTag>> avoid = Arbitraries.of(SafetyTag.class).set().ofMaxSize(5);
        Arbitrary<Set<Pattern>> painful = Arbitraries.of(Pattern.SQUAT, Pattern.HINGE, Pattern.VERTICAL_PUSH,
                Pattern.LUNGE, Pattern.ROTATION).set().ofMaxSize(2);
        Arbitrary<ClearanceStatus> clearance = Arbitraries.of(ClearanceStatus.NOT_REQUIRED,
                ClearanceStatus.RECOMMENDED_FOR_VIGOROUS, ClearanceStatus.CLEARED);
        Arbitrary<IntensityCeiling> ceiling = Arbitraries.of(IntensityCeiling.LIGHT_TO_MODERATE,
                IntensityCeiling.MODERATE, IntensityCeiling.VIGOROUS);
        Arbitrary<Specialisation> specialisation = Arbitraries.of(Specialisation.class);
        Arbitrary<Integer> weeks = Arbitraries.integers().between(ProgramGenerator.MIN_WEEKS,
                ProgramGenerator.MAX_WEEKS);
        Arbitrary<Long> seed = Arbitraries.longs();
        Arbitrary<Profile> profiles = Combinators.combine(age, experience, goal, days, minutes, access)
                .as(Profile::new);
        Arbitrary<Athlete> athletes = Combinators.combine(profiles, avoid, painful, clearance, ceiling)
                .as((profile, tags, hurts, cleared, limit) -> {
                    Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
                    profile.places().forEach(place -> equipment.addAll(place.equipment()));
                    return new Athlete(profile.age(), profile.experience(), profile.goal(), Set.of(),
                            profile.days(), profile.minutes(), equipment, Set.of(), Set.of(), tags, hurts, cleared,
                            limit, null);
                });
        return Combinators.combine(athletes, specialisation, weeks, seed).as(Request::new)
                .filter(request -> request.specialisation() != Specialisation.YOUTH
                        || request.athlete().age() < 18);
    }
}
