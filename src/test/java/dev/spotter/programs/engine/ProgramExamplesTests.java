package dev.spotter.programs.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import dev.spotter.clients.ClearanceStatus;
import dev.spotter.clients.EquipmentAccess;
import dev.spotter.clients.Experience;
import dev.spotter.clients.Goal;
import dev.spotter.clients.IntensityCeiling;
import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Library;
import dev.spotter.exercises.SafetyTag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example programs in docs/examples, written by the generator for four typical clients. The test fails when
 * a change to the engine changes an example, so the documentation always shows what Spotter really writes; run
 * with {@code -Dspotter.examples.write=true} to refresh them.
 */
class ProgramExamplesTests {

    private static final ProgramGenerator GENERATOR = new ProgramGenerator(Library.builtIn());
    private static final ProgramChecker CHECKER = new ProgramChecker(Library.builtIn());

    /** The four clients a reviewer reads programs for. */
    enum Example {
        BEGINNER_WEIGHT_LOSS_KNEE_PAIN("beginner-weight-loss-58-knee-pain",
                "A 58-year-old beginner who wants to lose weight, with knee osteoarthritis (avoid loaded deep knee "
                        + "bends and impact), training at home with dumbbells, 3 days a week for 45 minutes; "
                        + "screening allows moderate intensity.",
                new Athlete(58, Experience.NONE, Goal.WEIGHT_LOSS, Set.of(Goal.GENERAL_HEALTH), 3, 45,
                        equipment(EquipmentAccess.HOME, EquipmentAccess.DUMBBELLS), Set.of(), Set.of(),
                        EnumSet.of(SafetyTag.LOADED_DEEP_KNEE_FLEXION, SafetyTag.IMPACT), Set.of(),
                        ClearanceStatus.NOT_REQUIRED, IntensityCeiling.MODERATE, 72),
                Specialisation.WEIGHT_LOSS),
        MUSCLE_GAIN_FULL_GYM("muscle-gain-25-four-days-full-gym",
                "A 25-year-old with two years of training who wants muscle, in a full gym, 4 days a week for 60 "
                        + "minutes; no conditions, vigorous work allowed.",
                new Athlete(25, Experience.INTERMEDIATE, Goal.MUSCLE_GAIN, Set.of(), 4, 60,
                        equipment(EquipmentAccess.FULL_GYM), Set.of(), Set.of(), Set.of(), Set.of(),
                        ClearanceStatus.NOT_REQUIRED, IntensityCeiling.VIGOROUS, 60),
                Specialisation.MUSCLE_GAIN),
        YOUTH_THREE_DAYS("youth-14-three-days",
                "A 14-year-old new to resistance training, in a school gym with dumbbells, bands and a medicine "
                        + "ball, 3 days a week for 45 minutes; healthy, vigorous play allowed.",
                new Athlete(14, Experience.NONE, Goal.SPORT_PERFORMANCE, Set.of(), 3, 45,
                        withExtra(equipment(EquipmentAccess.HOME, EquipmentAccess.DUMBBELLS, EquipmentAccess.BANDS),
                                Equipment.MEDICINE_BALL), Set.of(), Set.of(), Set.of(), Set.of(),
                        ClearanceStatus.NOT_REQUIRED, IntensityCeiling.VIGOROUS, null),
                Specialisation.YOUTH),
        SENIOR_FALL_PREVENTION("senior-72-fall-prevention",
                "A 72-year-old beginner at risk of falling (avoid unsupported balance and getting down to the "
                        + "floor), at home with a chair and bands, 3 days a week for 40 minutes; moderate intensity.",
                new Athlete(72, Experience.NONE, Goal.GENERAL_HEALTH, Set.of(), 3, 40,
                        equipment(EquipmentAccess.HOME, EquipmentAccess.BANDS), Set.of(), Set.of(),
                        EnumSet.of(SafetyTag.FALL_RISK, SafetyTag.FLOOR_TRANSITION), Set.of(),
                        ClearanceStatus.CLEARED, IntensityCeiling.MODERATE, 68),
                Specialisation.SENIOR);

        final String file;
        final String client;
        final Athlete athlete;
        final Specialisation specialisation;

        Example(String file, String client, Athlete athlete, Specialisation specialisation) {
            this.file = file;
            this.client = client;
            this.athlete = athlete;
            this.specialisation = specialisation;
        }
    }

    @ParameterizedTest
    @EnumSource(Example.class)
    void examplesInTheDocsAreWhatTheGeneratorWrites(Example example) throws IOException {
        Generation generation = GENERATOR.generate(example.athlete, example.specialisation,
                ProgramGenerator.DEFAULT_WEEKS, 2026);
        assertThat(generation).isInstanceOf(Generation.Drafted.class);
        Program program = ((Generation.Drafted) generation).program();
        CheckReport report = CHECKER.check(program, example.athlete);
        assertThat(report.errors()).isEmpty();

        String markdown = "# Example: " + program.title() + "\n\n" + "**Client.** " + example.client + "\n\n"
                + "Generated by `ProgramGenerator` (seed 2026) from Spotter's built-in exercise library and checked by "
                + "`ProgramChecker`; refreshed by `ProgramExamplesTests`.\n\n"
                + ProgramMarkdown.render(program, report).replaceFirst("^## [^\n]*\n\n", "");
        Path path = Path.of("docs", "examples", example.file + ".md");
        if (Boolean.getBoolean("spotter.examples.write")) {
            Files.createDirectories(path.getParent());
            Files.writeString(path, markdown, StandardCharsets.UTF_8);
        }
        assertThat(path).as("docs example; refresh with -Dspotter.examples.write=true").exists();
        assertThat(Files.readString(path, StandardCharsets.UTF_8)).isEqualTo(markdown);
    }

    private static Set<Equipment> equipment(EquipmentAccess... places) {
        Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);
        for (EquipmentAccess place : places) {
            equipment.addAll(place.equipment());
        }
        return equipment;
    }

    private static Set<Equipment> withExtra(Set<Equipment> equipment, Equipment extra) {
        Set<Equipment> more = EnumSet.copyOf(equipment);
        more.add(extra);
        return more;
    }
}
