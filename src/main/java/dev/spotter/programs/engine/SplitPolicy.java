package dev.spotter.programs.engine;

import java.util.ArrayList;
import java.util.List;

import dev.spotter.exercises.Muscle;
import dev.spotter.exercises.Pattern;

import static dev.spotter.exercises.Pattern.CARRY;
import static dev.spotter.exercises.Pattern.CORE;
import static dev.spotter.exercises.Pattern.HINGE;
import static dev.spotter.exercises.Pattern.HORIZONTAL_PULL;
import static dev.spotter.exercises.Pattern.HORIZONTAL_PUSH;
import static dev.spotter.exercises.Pattern.LUNGE;
import static dev.spotter.exercises.Pattern.ROTATION;
import static dev.spotter.exercises.Pattern.SQUAT;
import static dev.spotter.exercises.Pattern.VERTICAL_PULL;
import static dev.spotter.exercises.Pattern.VERTICAL_PUSH;

/**
 * Chooses the week's sessions for a specialisation and the days available: full-body sessions for two or three
 * days, upper/lower for four, push/pull/legs for bodybuilders with five or six, and cardio, balance, power or
 * mobility sessions where the specialisation asks for them. Training days are spread so that there is always a
 * rest day, and at least one day between full-body sessions when days allow (ACSM 2009: 48 h between sessions
 * for the same muscle groups).
 */
final class SplitPolicy {

    /** What a session is mainly for; decides its warm-up, its flexible filler and its name. */
    enum Kind { STRENGTH, CARDIO, MOBILITY, BALANCE_WALK, SKILLS }

    /** Cardio character of a session's conditioning: steady, intervals or long and easy. */
    enum Cardio { NONE, STEADY, INTERVALS, LONG, EASY_FINISHER }

    /** One session of the weekly plan, before exercises are chosen. */
    record Plan(int day, String name, String focus, Kind kind, Cardio cardio, List<Slot> slots) {
    }

    /** The weekly plan and the reason for it. */
    record Split(String name, List<Plan> sessions, Reason reason) {
    }

    private static final int[][] DAYS = {{}, {3}, {2, 5}, {1, 3, 5}, {1, 2, 4, 5}, {1, 2, 3, 5, 6},
            {1, 2, 3, 4, 5, 6}};

    private SplitPolicy() {
    }

    static Split choose(Specialisation specialisation, int days, Athlete athlete) {
        List<Template> templates = switch (specialisation) {
            case MUSCLE_GAIN -> muscleGain(days);
            case STRENGTH -> strength(days);
            case STRENGTH_CONDITIONING -> strengthAndConditioning(days, athlete);
            case GENERAL_FITNESS -> general(days);
            case WEIGHT_LOSS -> weightLoss(days);
            case ENDURANCE -> endurance(days, athlete);
            case MOBILITY -> mobility(days);
            case YOUTH -> youth(days);
            case SENIOR -> senior(days);
        };
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            Template template = templates.get(i);
            plans.add(new Plan(DAYS[templates.size()][i], template.name, template.focus, template.kind,
                    template.cardio, template.slots));
        }
        return new Split(splitName(templates), plans, new Reason("split." + specialisation.name().toLowerCase(),
                splitReason(specialisation, templates.size()), Sources.ACSM_PROGRESSION_2009));
    }

    private record Template(String name, String focus, Kind kind, Cardio cardio, List<Slot> slots) {
    }

    // ---- the session shapes ----

    private static Template fullBodyA(String name, Cardio cardio) {
        return new Template(name, "Full body: squat, push, hinge, pull", Kind.STRENGTH, cardio, List.of(
                Slot.strength("squat", "Squat pattern for the quads and glutes", SQUAT, LUNGE),
                Slot.strength("push", "Horizontal push for the chest, shoulders and triceps", HORIZONTAL_PUSH,
                        VERTICAL_PUSH),
                Slot.strength("hinge", "Hip hinge for the hamstrings, glutes and back", HINGE),
                Slot.strength("pull", "Horizontal pull for the upper back and posture", HORIZONTAL_PULL,
                        VERTICAL_PULL),
                Slot.accessory("single-leg", "Single-leg work for balance between sides", LUNGE, SQUAT),
                Slot.accessory("core", "Trunk control", CORE, ROTATION, CARRY)));
    }

    private static Template fullBodyB(String name, Cardio cardio) {
        return new Template(name, "Full body: hinge, overhead, single leg, vertical pull", Kind.STRENGTH, cardio,
                List.of(
                        Slot.strength("hinge", "Hip hinge for the hamstrings, glutes and back", HINGE),
                        Slot.strength("push", "Vertical push for the shoulders", VERTICAL_PUSH, HORIZONTAL_PUSH),
                        Slot.strength("single-leg", "Single-leg strength for the legs and hips", LUNGE, SQUAT),
                        Slot.strength("pull", "Vertical pull for the lats", VERTICAL_PULL, HORIZONTAL_PULL),
                        Slot.accessory("squat", "A second squat pattern for leg volume", SQUAT, LUNGE),
                        Slot.accessory("carry", "Carry or anti-rotation for the trunk", CARRY, ROTATION, CORE)));
    }

    private static Template fullBodyC(String name, Cardio cardio) {
        return new Template(name, "Full body: squat, press, hinge, row", Kind.STRENGTH, cardio, List.of(
                Slot.strength("squat", "Squat pattern for the quads and glutes", SQUAT, LUNGE),
                Slot.strength("push", "Pressing for the chest and triceps", HORIZONTAL_PUSH, VERTICAL_PUSH),
                Slot.strength("hinge", "Hip hinge for the posterior chain", HINGE),
                Slot.strength("pull", "Pulling for the back", VERTICAL_PULL, HORIZONTAL_PULL),
                Slot.accessory("single-leg", "Single-leg work", LUNGE),
                Slot.accessory("core", "Rotation control for the trunk", ROTATION, CORE, CARRY)));
    }

    private static Template upper(String name, boolean verticalFirst) {
        Pattern firstPush = verticalFirst ? VERTICAL_PUSH : HORIZONTAL_PUSH;
        Pattern secondPush = verticalFirst ? HORIZONTAL_PUSH : VERTICAL_PUSH;
        Pattern firstPull = verticalFirst ? VERTICAL_PULL : HORIZONTAL_PULL;
        Pattern secondPull = verticalFirst ? HORIZONTAL_PULL : VERTICAL_PULL;
        return new Template(name, "Upper body", Kind.STRENGTH, Cardio.EASY_FINISHER, List.of(
                Slot.strength("push", "Main press", firstPush, secondPush),
                Slot.strength("pull", "Main pull", firstPull, secondPull),
                Slot.accessory("push-2", "Second press from another angle", secondPush, firstPush),
                Slot.accessory("pull-2", "Second pull from another angle", secondPull, firstPull),
                verticalFirst ? Slot.isolation("delts", "Side and rear delts", Muscle.SIDE_DELTS, Muscle.REAR_DELTS)
                        : Slot.isolation("triceps", "Triceps", Muscle.TRICEPS),
                Slot.isolation("biceps", "Biceps", Muscle.BICEPS)));
    }

    private static Template lower(String name, boolean hingeFirst) {
        return new Template(name, "Lower body and trunk", Kind.STRENGTH, Cardio.EASY_FINISHER, List.of(
                hingeFirst ? Slot.strength("hinge", "Main hinge", HINGE)
                        : Slot.strength("squat", "Main squat", SQUAT, LUNGE),
                hingeFirst ? Slot.strength("squat", "Squat pattern", SQUAT, LUNGE)
                        : Slot.strength("hinge", "Hinge pattern", HINGE),
                Slot.accessory("single-leg", "Single-leg strength", LUNGE, SQUAT),
                hingeFirst ? Slot.isolation("quads", "Quads and calves", Muscle.QUADS, Muscle.CALVES)
                        : Slot.isolation("hamstrings", "Hamstrings", Muscle.HAMSTRINGS),
                Slot.accessory("core", "Trunk", hingeFirst ? ROTATION : CORE, CORE, CARRY)));
    }

    private static Template push() {
        return new Template("Push", "Chest, shoulders and triceps", Kind.STRENGTH, Cardio.EASY_FINISHER, List.of(
                Slot.strength("push", "Main press", HORIZONTAL_PUSH, VERTICAL_PUSH),
                Slot.strength("press", "Overhead press", VERTICAL_PUSH, HORIZONTAL_PUSH),
                Slot.accessory("push-2", "Second chest press", HORIZONTAL_PUSH),
                Slot.isolation("delts", "Side delts", Muscle.SIDE_DELTS),
                Slot.isolation("triceps", "Triceps", Muscle.TRICEPS),
                Slot.accessory("core", "Trunk", CORE, ROTATION)));
    }

    private static Template pull() {
        return new Template("Pull", "Back, rear delts and biceps", Kind.STRENGTH, Cardio.EASY_FINISHER, List.of(
                Slot.strength("pull", "Vertical pull", VERTICAL_PULL, HORIZONTAL_PULL),
                Slot.strength("row", "Row", HORIZONTAL_PULL, VERTICAL_PULL),
                Slot.accessory("hinge", "Hinge for the back and hamstrings", HINGE),
                Slot.isolation("rear-delts", "Rear delts and upper back", Muscle.REAR_DELTS, Muscle.UPPER_BACK),
                Slot.isolation("biceps", "Biceps", Muscle.BICEPS),
                Slot.accessory("carry", "Carry", CARRY, ROTATION, CORE)));
    }

    private static Template legs() {
        return new Template("Legs", "Quads, hamstrings, glutes and calves", Kind.STRENGTH, Cardio.EASY_FINISHER,
                List.of(
                        Slot.strength("squat", "Main squat", SQUAT, LUNGE),
                        Slot.strength("hinge", "Hinge", HINGE),
                        Slot.accessory("single-leg", "Single-leg", LUNGE, SQUAT),
                        Slot.isolation("quads", "Quads", Muscle.QUADS),
                        Slot.isolation("hamstrings", "Hamstrings", Muscle.HAMSTRINGS),
                        Slot.accessory("core", "Trunk", CORE, ROTATION)));
    }

    private static Template cardio(String name, Cardio cardio, String focus) {
        return new Template(name, focus, Kind.CARDIO, cardio, List.of(
                Slot.accessory("core", "Trunk strength between cardio sessions", CORE, ROTATION, CARRY)));
    }

    private static Template light(Template strength, String name) {
        // Two sets of four patterns: enough to keep strength on cardio-led programs.
        return new Template(name, strength.focus, Kind.STRENGTH, Cardio.STEADY, strength.slots.subList(0, 4));
    }

    private static List<Template> repeat(int days, List<Template> cycle) {
        List<Template> result = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            result.add(cycle.get(i % cycle.size()));
        }
        return result;
    }

    // ---- per specialisation ----

    private static List<Template> muscleGain(int days) {
        return switch (days) {
            case 1, 2, 3 -> repeat(days, List.of(fullBodyA("Full body A", Cardio.EASY_FINISHER),
                    fullBodyB("Full body B", Cardio.EASY_FINISHER), fullBodyC("Full body C", Cardio.EASY_FINISHER)));
            case 4 -> List.of(upper("Upper A", false), lower("Lower A", false), upper("Upper B", true),
                    lower("Lower B", true));
            case 5 -> List.of(upper("Upper", false), lower("Lower", false), push(), pull(), legs());
            default -> List.of(push(), pull(), legs(), rename(push(), "Push B"), rename(pull(), "Pull B"),
                    rename(legs(), "Legs B"));
        };
    }

    private static Template rename(Template template, String name) {
        return new Template(name, template.focus, template.kind, template.cardio, template.slots);
    }

    private static List<Template> strength(int days) {
        return switch (days) {
            case 1, 2, 3 -> repeat(days, List.of(fullBodyA("Full body A", Cardio.EASY_FINISHER),
                    fullBodyB("Full body B", Cardio.EASY_FINISHER), fullBodyC("Full body C", Cardio.EASY_FINISHER)));
            case 4 -> List.of(lower("Lower A", false), upper("Upper A", false), lower("Lower B", true),
                    upper("Upper B", true));
            case 5 -> List.of(lower("Lower A", false), upper("Upper A", false), lower("Lower B", true),
                    upper("Upper B", true), cardio("Conditioning", Cardio.STEADY, "Aerobic base and trunk"));
            default -> List.of(lower("Lower A", false), upper("Upper A", false),
                    fullBodyC("Full body", Cardio.EASY_FINISHER), lower("Lower B", true), upper("Upper B", true),
                    cardio("Conditioning", Cardio.STEADY, "Aerobic base and trunk"));
        };
    }

    private static List<Template> strengthAndConditioning(int days, Athlete athlete) {
        List<Template> cycle = new ArrayList<>();
        for (Template template : days >= 4
                ? List.of(lower("Lower A", false), upper("Upper A", false), lower("Lower B", true),
                        upper("Upper B", true))
                : List.of(fullBodyA("Full body A", Cardio.INTERVALS), fullBodyB("Full body B", Cardio.INTERVALS),
                        fullBodyC("Full body C", Cardio.INTERVALS))) {
            List<Slot> slots = new ArrayList<>();
            slots.add(Slot.power("power", "Power first, while fresh: jumps, throws or explosive lifts"));
            if (template.name.startsWith("Lower") || template.name.startsWith("Full")) {
                slots.add(Slot.power("power-2", "A second explosive drill for speed and landing"));
            }
            slots.addAll(template.slots.subList(0, Math.min(5, template.slots.size())));
            cycle.add(new Template(template.name, "Power and " + template.focus.toLowerCase(), Kind.STRENGTH,
                    Cardio.INTERVALS, slots));
        }
        List<Template> result = new ArrayList<>(repeat(Math.min(days, 4), cycle));
        for (int i = 4; i < days; i++) {
            result.add(cardio(i == 4 ? "Speed and conditioning" : "Aerobic base", i == 4 && vigorous(athlete)
                    ? Cardio.INTERVALS : Cardio.STEADY, "Conditioning and trunk"));
        }
        return result;
    }

    private static boolean vigorous(Athlete athlete) {
        return athlete.ceiling() == dev.spotter.clients.IntensityCeiling.VIGOROUS && !athlete.novice();
    }

    private static List<Template> general(int days) {
        Template a = fullBodyA("Full body A", Cardio.STEADY);
        Template b = fullBodyB("Full body B", Cardio.STEADY);
        Template c = fullBodyC("Full body C", Cardio.STEADY);
        return switch (days) {
            case 1, 2, 3 -> repeat(days, List.of(a, b, c));
            case 4 -> List.of(a, cardio("Cardio and core", Cardio.STEADY, "Aerobic fitness and trunk"), b, c);
            case 5 -> List.of(a, cardio("Cardio and core", Cardio.STEADY, "Aerobic fitness and trunk"), b,
                    cardio("Intervals and core", Cardio.INTERVALS, "Harder aerobic work, if allowed"), c);
            default -> List.of(a, cardio("Cardio and core", Cardio.STEADY, "Aerobic fitness and trunk"), b,
                    cardio("Intervals and core", Cardio.INTERVALS, "Harder aerobic work, if allowed"), c,
                    cardio("Long easy cardio", Cardio.LONG, "A longer, easy session"));
        };
    }

    private static List<Template> weightLoss(int days) {
        Template a = fullBodyA("Full body A", Cardio.STEADY);
        Template b = fullBodyB("Full body B", Cardio.STEADY);
        Template c = fullBodyC("Full body C", Cardio.STEADY);
        Template steady = cardio("Cardio and core", Cardio.STEADY, "Energy expenditure and trunk");
        Template longer = cardio("Long easy cardio", Cardio.LONG, "A longer, easy session");
        return switch (days) {
            case 1, 2, 3 -> repeat(days, List.of(a, b, c));
            case 4 -> List.of(a, steady, b, longer);
            case 5 -> List.of(a, steady, b, longer, c);
            default -> List.of(a, steady, b, cardio("Intervals and core", Cardio.INTERVALS,
                    "Harder aerobic work, if allowed"), c, longer);
        };
    }

    private static List<Template> endurance(int days, Athlete athlete) {
        Template a = light(fullBodyA("Strength and cardio A", Cardio.STEADY), "Strength and cardio A");
        Template b = light(fullBodyB("Strength and cardio B", Cardio.STEADY), "Strength and cardio B");
        Template intervals = cardio("Intervals", vigorous(athlete) ? Cardio.INTERVALS : Cardio.STEADY,
                "Heart and lungs, harder");
        Template longer = cardio("Long easy cardio", Cardio.LONG, "Aerobic base: longer and easy");
        Template steady = cardio("Steady cardio", Cardio.STEADY, "Aerobic base at a steady effort");
        return switch (days) {
            case 1 -> List.of(a);
            case 2 -> List.of(a, b);
            case 3 -> List.of(a, intervals, b);
            case 4 -> List.of(a, intervals, b, longer);
            case 5 -> List.of(a, intervals, b, steady, longer);
            default -> List.of(a, intervals, b, steady, longer, cardio("Recovery cardio", Cardio.LONG,
                    "Easy movement for recovery"));
        };
    }

    private static List<Template> mobility(int days) {
        List<Template> result = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            List<Slot> slots = new ArrayList<>();
            for (int j = 1; j <= 5; j++) {
                slots.add(Slot.mobility("mobility-" + j, BlockKind.MOBILITY,
                        "Range of motion, held and controlled"));
            }
            if (i < 2) {
                slots.add(Slot.strength("strength-1", "Strength through the new range", i == 0 ? SQUAT : HINGE,
                        LUNGE));
                slots.add(Slot.strength("strength-2", "Strength through the new range",
                        i == 0 ? HORIZONTAL_PULL : HORIZONTAL_PUSH, VERTICAL_PULL, VERTICAL_PUSH));
            }
            result.add(new Template("Mobility " + (char) ('A' + i), i < 2 ? "Mobility with strength through range"
                    : "Mobility and easy movement", Kind.MOBILITY, Cardio.NONE, slots));
        }
        return result;
    }

    private static List<Template> youth(int days) {
        List<Template> result = new ArrayList<>();
        List<Template> base = List.of(fullBodyA("Full body A", Cardio.STEADY), fullBodyB("Full body B", Cardio.STEADY),
                fullBodyC("Full body C", Cardio.STEADY));
        for (int i = 0; i < Math.min(days, 3); i++) {
            List<Slot> slots = new ArrayList<>();
            slots.add(Slot.power("power", "Jumping, landing and throwing skills"));
            slots.addAll(base.get(i).slots);
            result.add(new Template(base.get(i).name, "Movement skill and full-body strength", Kind.STRENGTH,
                    Cardio.STEADY, slots));
        }
        for (int i = 3; i < days; i++) {
            result.add(new Template("Play and conditioning " + (i - 2), "Active play, agility and fitness",
                    Kind.SKILLS, Cardio.STEADY, List.of(Slot.power("power", "Jumping and landing skills"),
                    Slot.accessory("core", "Trunk", CORE, ROTATION, CARRY))));
        }
        return result;
    }

    private static List<Template> senior(int days) {
        List<Template> result = new ArrayList<>();
        List<Template> base = List.of(fullBodyA("Strength and balance A", Cardio.STEADY),
                fullBodyB("Strength and balance B", Cardio.STEADY), fullBodyC("Strength and balance C", Cardio.STEADY));
        int strengthDays = Math.min(days, 3);
        for (int i = 0; i < strengthDays; i++) {
            List<Slot> slots = new ArrayList<>();
            slots.add(Slot.balance("balance", "Balance for fall prevention"));
            slots.add(Slot.balance("balance-2", "A second balance challenge"));
            slots.addAll(base.get(i).slots);
            result.add(new Template(base.get(i).name, "Strength, power and balance", Kind.STRENGTH, Cardio.STEADY,
                    slots));
        }
        for (int i = strengthDays; i < days; i++) {
            result.add(new Template("Walk and balance " + (i - strengthDays + 1), "Walking, balance and mobility",
                    Kind.BALANCE_WALK, Cardio.STEADY, List.of(Slot.balance("balance", "Balance for fall prevention"),
                    Slot.balance("balance-2", "A second balance challenge"))));
        }
        return result;
    }

    private static String splitName(List<Template> templates) {
        return String.join(" / ", templates.stream().map(Template::name).toList());
    }

    private static String splitReason(Specialisation specialisation, int days) {
        return switch (specialisation) {
            case MUSCLE_GAIN -> days <= 3 ? "Full-body sessions train each muscle " + days
                    + " times a week, the most frequent option with " + days + " days."
                    : "Splitting the body lets each session add volume while each muscle still trains about "
                    + "twice a week.";
            case STRENGTH -> "The main lifts repeat at least twice a week so technique and load can progress "
                    + "together.";
            case STRENGTH_CONDITIONING -> "Each session opens with power work while fresh, then strength, then "
                    + "conditioning.";
            case GENERAL_FITNESS, WEIGHT_LOSS -> "Full-body strength on non-consecutive days with cardio around "
                    + "it covers every major movement each week.";
            case ENDURANCE -> "Cardio leads; two short strength sessions a week keep the muscles and bones "
                    + "strong.";
            case MOBILITY -> "Every session works through the main joints; two add strength through the new "
                    + "range so it lasts.";
            case YOUTH -> "Up to three non-consecutive strength sessions a week with skill and play; extra days "
                    + "are for active play.";
            case SENIOR -> "Strength and balance on non-consecutive days, with walking, so balance is trained at "
                    + "least twice a week.";
        };
    }
}
