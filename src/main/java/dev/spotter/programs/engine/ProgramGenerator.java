package dev.spotter.programs.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import dev.spotter.clients.ClearanceStatus;
import dev.spotter.clients.Experience;
import dev.spotter.clients.IntensityCeiling;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.Modality;
import dev.spotter.exercises.Muscle;

/**
 * Drafts a program the way a trainer designs one: a split for the days available, exercises chosen through the
 * knowledge base and never contraindicated, doses from published guidance under the client's intensity ceiling,
 * progression by the client's experience, a deload closing every phase, warm-up, cardio and mobility in every
 * session, and each session sized to the minutes available. Plain Java, deterministic for the same inputs and
 * seed, and every choice carries its reason.
 */
public final class ProgramGenerator {

    public static final int MIN_WEEKS = 4;
    public static final int MAX_WEEKS = 16;
    public static final int DEFAULT_WEEKS = 12;

    /** Effort can rise at most this many notches within a phase; after that reps, time or sets rise. */
    private static final int MAX_EFFORT_STEPS = 2;

    /** Intervals need a session of at least this long to sit beside strength work. */
    private static final int INTERVAL_MINIMUM_SECONDS = 40 * 60;

    private final List<Exercise> library;

    public ProgramGenerator(Collection<Exercise> library) {
        this.library = library.stream().sorted(Comparator.comparing(Exercise::id)).toList();
    }

    public Generation generate(Athlete athlete, Specialisation specialisation, int weeks, long seed) {
        List<Generation.Missing> missing = Readiness.check(athlete, specialisation, weeks);
        if (!missing.isEmpty()) {
            return new Generation.Refused(missing);
        }
        return new Drafter(athlete, specialisation, weeks, seed).draft();
    }

    /** A sensible default prescription for an exercise a trainer adds to a block, respecting the athlete's ceiling. */
    public Prescription prescribe(Exercise exercise, BlockKind block, Athlete athlete, Specialisation specialisation,
                                  String slot) {
        DosePolicy dose = new DosePolicy(athlete, specialisation, model(athlete, specialisation),
                ceiling(athlete));
        BlockKind fitting = switch (exercise.modality()) {
            case CARDIO -> block == BlockKind.WARM_UP ? BlockKind.WARM_UP : BlockKind.CONDITIONING;
            case MOBILITY -> block == BlockKind.WARM_UP || block == BlockKind.COOL_DOWN ? block : BlockKind.MOBILITY;
            case BALANCE -> BlockKind.BALANCE;
            case POWER, PLYOMETRIC -> BlockKind.POWER;
            case STRENGTH -> block == BlockKind.STRENGTH ? BlockKind.STRENGTH : BlockKind.ACCESSORY;
        };
        Reason added = new Reason("selection.trainer", "Added by the trainer.", null);
        return dose.prescribe(slot, exercise, fitting, SplitPolicy.Cardio.STEADY, 0, 0, List.of(added));
    }

    static IntensityCeiling ceiling(Athlete athlete) {
        IntensityCeiling ceiling = athlete.ceiling() == null ? IntensityCeiling.LIGHT_TO_MODERATE : athlete.ceiling();
        if (athlete.clearance() == ClearanceStatus.RECOMMENDED_FOR_VIGOROUS) {
            ceiling = ceiling.min(IntensityCeiling.MODERATE);
        }
        return ceiling;
    }

    static ProgressionModel model(Athlete athlete, Specialisation specialisation) {
        boolean novice = athlete.novice() || athlete.experience() == null;
        boolean advanced = athlete.experience() == Experience.ADVANCED;
        return switch (specialisation) {
            case STRENGTH, STRENGTH_CONDITIONING -> novice ? ProgressionModel.LINEAR
                    : advanced ? ProgressionModel.BLOCK : ProgressionModel.DAILY_UNDULATING;
            case GENERAL_FITNESS, WEIGHT_LOSS -> novice ? ProgressionModel.LINEAR : ProgressionModel.DOUBLE;
            case MUSCLE_GAIN -> advanced ? ProgressionModel.DAILY_UNDULATING : ProgressionModel.DOUBLE;
            case ENDURANCE, MOBILITY, YOUTH, SENIOR -> ProgressionModel.DOUBLE;
        };
    }

    /** Phase lengths: blocks of about four weeks, the last week of each a deload (every 3 to 6 weeks). */
    static List<Integer> phaseLengths(int weeks) {
        int phases = Math.max(1, Math.round(weeks / 4f));
        List<Integer> lengths = new ArrayList<>();
        int base = weeks / phases;
        int extra = weeks % phases;
        for (int i = 0; i < phases; i++) {
            lengths.add(base + (i < extra ? 1 : 0));
        }
        return lengths;
    }

    /** One exercise of a session as drafted, before its dose for a given week. */
    private record Item(Slot slot, BlockKind block, Exercise exercise, List<Reason> selection, Prescription base,
                        boolean flex) {

        Item withBase(Prescription newBase) {
            return new Item(slot, block, exercise, selection, newBase, flex);
        }
    }

    /** A session's plan with the exercises chosen for it. */
    private record Draft(SplitPolicy.Plan plan, int variant, List<Item> items) {
    }

    /** The state of one generation run. */
    private final class Drafter {

        private final Athlete athlete;
        private final Specialisation specialisation;
        private final int weeks;
        private final long seed;
        private final IntensityCeiling ceiling;
        private final ProgressionModel model;
        private final DosePolicy dose;
        private final ExercisePicker picker;
        private final List<Reason> rationale = new ArrayList<>();
        private final int target;
        private final VolumeRange range;

        Drafter(Athlete athlete, Specialisation specialisation, int weeks, long seed) {
            this.athlete = athlete;
            this.specialisation = specialisation;
            this.weeks = weeks;
            this.seed = seed;
            this.ceiling = ceiling(athlete);
            this.model = model(athlete, specialisation);
            this.dose = new DosePolicy(athlete, specialisation, model, ceiling);
            this.picker = new ExercisePicker(library, athlete, specialisation, new Random(seed));
            this.target = athlete.minutesPerSession() * 60;
            this.range = VolumeRange.of(specialisation);
        }

        Generation draft() {
            int days = Math.min(athlete.daysAvailable(), 6);
            explainSafety(days);
            SplitPolicy.Split split = SplitPolicy.choose(specialisation, days, athlete);
            rationale.add(split.reason());
            List<SplitPolicy.Plan> plans = withBalanceForOlderAdults(withoutUnsafePower(split.sessions()));
            List<Draft> drafts = choose(plans);
            long balanceSessions = drafts.stream()
                    .filter(draft -> draft.items.stream().anyMatch(item -> item.block == BlockKind.BALANCE))
                    .count();
            if ((athlete.senior() || specialisation == Specialisation.SENIOR) && balanceSessions < 2) {
                return new Generation.Refused(List.of(new Generation.Missing("equipmentAccess", "Older adults need "
                        + "balance work twice a week, and no balance exercise in the library is safe with this "
                        + "client's equipment and restrictions. Add a sturdy chair (home equipment) or review the "
                        + "restrictions.")));
            }
            boolean anyStrength = drafts.stream().anyMatch(draft -> draft.items.stream()
                    .anyMatch(item -> item.block == BlockKind.STRENGTH || item.block == BlockKind.ACCESSORY));
            if (!anyStrength && specialisation != Specialisation.MOBILITY) {
                return new Generation.Refused(List.of(new Generation.Missing("equipmentAccess", "No strength "
                        + "exercise in the library is safe for this client with their equipment, level and "
                        + "restrictions. Add equipment they can use, or review the restrictions with their "
                        + "clinician.")));
            }
            explainPlan();
            List<Phase> phases = new ArrayList<>();
            int weekNumber = 1;
            List<Integer> lengths = phaseLengths(weeks);
            for (int p = 0; p < lengths.size(); p++) {
                phases.add(phase(p, lengths.get(p), drafts, weekNumber));
                weekNumber += lengths.get(p);
            }
            explainCardioOutsideSessions(phases);
            String title = specialisation.label() + " · " + days + (days == 1 ? " day" : " days") + " a week · "
                    + weeks + " weeks";
            return new Generation.Drafted(new Program(title, specialisation, model, days,
                    athlete.minutesPerSession(), ceiling, rationale, phases, seed));
        }

        // ---- the plan ----

        private void explainSafety(int days) {
            if (athlete.daysAvailable() > 6) {
                rationale.add(new Reason("schedule.rest-day", "Planned on 6 of the " + athlete.daysAvailable()
                        + " days available: at least one full rest day a week lets the body adapt.",
                        Sources.ACSM_PROGRESSION_2009));
            }
            rationale.add(new Reason("intensity.ceiling", "Intensity stays within \"" + ceiling.label()
                    + "\"" + (athlete.clearance() == ClearanceStatus.RECOMMENDED_FOR_VIGOROUS
                    ? ": screening recommends medical clearance before vigorous exercise, so nothing here is vigorous"
                    : " as screening and the client's conditions allow") + ".", Sources.ACSM_SCREENING_2015));
            if (!athlete.avoid().isEmpty()) {
                rationale.add(new Reason("safety.avoid", "Leaves out every exercise involving "
                        + athlete.avoid().stream().sorted().map(tag -> tag.label().toLowerCase())
                        .collect(Collectors.joining(", ")) + ", from the client's conditions; safe alternatives "
                        + "take their place.", Sources.ACSM_SCREENING_2015));
            }
            if (days < athlete.daysAvailable()) {
                return;
            }
            if (athlete.youth() && specialisation != Specialisation.YOUTH) {
                rationale.add(new Reason("youth.rules", "The client is under 18, so youth rules apply: technique "
                        + "first and never maximal loads.", Sources.NSCA_YOUTH_2009));
            }
        }

        /** When the sessions cannot hold 150 aerobic minutes, the rest comes from walking on other days. */
        private void explainCardioOutsideSessions(List<Phase> phases) {
            if (specialisation != Specialisation.WEIGHT_LOSS && specialisation != Specialisation.GENERAL_FITNESS
                    && specialisation != Specialisation.ENDURANCE) {
                return;
            }
            Set<String> cardio = library.stream().filter(exercise -> exercise.modality() == Modality.CARDIO)
                    .map(Exercise::id).collect(Collectors.toSet());
            Week first = phases.get(0).weeks().get(0);
            int minutes = first.sessions().stream().flatMap(Session::prescriptions)
                    .filter(item -> cardio.contains(item.exerciseId()) && item.dose().seconds() != null)
                    .mapToInt(item -> item.sets() * item.dose().seconds() / 60).sum();
            if (minutes < 150) {
                rationale.add(new Reason("cardio.outside", "The sessions hold about " + minutes + " minutes of "
                        + "cardio a week; brisk walking on other days makes up the rest of the 150 minutes the "
                        + "guidelines recommend.", Sources.PA_GUIDELINES_2018));
            }
        }

        private void explainPlan() {
            rationale.add(new Reason("progression." + model.name().toLowerCase(), model.label() + ": "
                    + model.summary(), model == ProgressionModel.DAILY_UNDULATING ? Sources.RHEA_DUP_2002
                    : Sources.ACSM_PROGRESSION_2009));
            rationale.add(new Reason("deload", "The last week of each phase is a deload: about half the sets at "
                    + "an easier effort, so the body recovers and the next phase starts fresh.",
                    Sources.DELOAD_BELL_2023));
            switch (specialisation) {
                case WEIGHT_LOSS -> rationale.add(new Reason("cardio.weight-loss", "Cardio in every session "
                        + "works toward 150-250 minutes a week; more than 250 minutes brings larger losses.",
                        Sources.ACSM_WEIGHT_LOSS_2009));
                case ENDURANCE, GENERAL_FITNESS -> rationale.add(new Reason("cardio.fitt-vp", "Aerobic work "
                        + "toward 150-300 moderate minutes a week (or 75-150 vigorous), with strength on 2 or more "
                        + "days.", Sources.PA_GUIDELINES_2018));
                case SENIOR -> rationale.add(new Reason("senior", "Strength, power and balance at least twice a "
                        + "week, plus walking, for independence and fewer falls.", Sources.ACSM_OLDER_ADULTS_2009));
                case YOUTH -> rationale.add(new Reason("youth", "Supervised, technique-first resistance training "
                        + "with play and jumping skills; load rises only when every rep is clean.",
                        Sources.NSCA_YOUTH_2009));
                case MUSCLE_GAIN -> rationale.add(new Reason("volume.hypertrophy", "Aims for " + range.min() + "-"
                        + range.max() + " hard sets per muscle group a week, as time allows.",
                        Sources.SCHOENFELD_VOLUME_2017));
                default -> {
                }
            }
        }

        private List<SplitPolicy.Plan> withoutUnsafePower(List<SplitPolicy.Plan> plans) {
            if (dose.limits().minRir() <= 3) {
                return plans;
            }
            // Jumps and throws are vigorous by nature; they wait until the ceiling allows at least moderate work.
            boolean removed = false;
            List<SplitPolicy.Plan> result = new ArrayList<>();
            for (SplitPolicy.Plan plan : plans) {
                List<Slot> slots = plan.slots().stream().filter(slot -> slot.block() != BlockKind.POWER).toList();
                removed |= slots.size() < plan.slots().size();
                result.add(new SplitPolicy.Plan(plan.day(), plan.name(), plan.focus(), plan.kind(), plan.cardio(),
                        slots));
            }
            if (removed) {
                rationale.add(new Reason("power.ceiling", "No jumps or throws yet: they are vigorous, and "
                        + "screening allows only light to moderate work for now.", Sources.ACSM_SCREENING_2015));
            }
            return result;
        }

        private List<SplitPolicy.Plan> withBalanceForOlderAdults(List<SplitPolicy.Plan> plans) {
            if (!athlete.senior() || specialisation == Specialisation.SENIOR) {
                return plans;
            }
            List<SplitPolicy.Plan> result = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                SplitPolicy.Plan plan = plans.get(i);
                List<Slot> slots = new ArrayList<>(plan.slots());
                if (i < 3) {
                    slots.add(0, Slot.balance("balance", "Balance for fall prevention"));
                }
                result.add(new SplitPolicy.Plan(plan.day(), plan.name(), plan.focus(), plan.kind(), plan.cardio(),
                        slots));
            }
            rationale.add(new Reason("senior.balance", "Balance work in up to three sessions a week, because the "
                    + "client is 65 or older.", Sources.FALLS_SHERRINGTON_2019));
            return result;
        }

        private List<Draft> choose(List<SplitPolicy.Plan> plans) {
            List<Draft> drafts = new ArrayList<>();
            Set<String> dropped = new LinkedHashSet<>();
            int variant = 0;
            for (SplitPolicy.Plan plan : plans) {
                Set<String> used = new HashSet<>();
                List<Item> items = new ArrayList<>();
                boolean mobilityLed = plan.kind() == SplitPolicy.Kind.MOBILITY;
                for (Slot slot : plan.slots()) {
                    add(items, used, slot, plan, variant, false, dropped, Map.of());
                }
                Map<Muscle, Integer> focus = new EnumMap<>(Muscle.class);
                items.forEach(item -> item.exercise.primary().forEach(muscle -> focus.merge(muscle, 1, Integer::sum)));
                add(items, used, new Slot("warm-up-cardio", BlockKind.WARM_UP, Set.of(Modality.CARDIO), List.of(),
                        Set.of(), "Easy cardio to warm up"), plan, variant, false, dropped, Map.of());
                int drills = mobilityLed ? 1 : 2;
                for (int i = 1; i <= drills; i++) {
                    add(items, used, Slot.mobility("warm-up-" + i, BlockKind.WARM_UP, "Dynamic mobility to prepare "
                            + "the joints"), plan, variant, false, dropped, focus);
                }
                if (plan.cardio() == SplitPolicy.Cardio.INTERVALS && dose.limits().maxHeartRateReserve() >= 80
                        && !athlete.novice() && target >= INTERVAL_MINIMUM_SECONDS) {
                    add(items, used, Slot.cardio("intervals", "Intervals for aerobic power"), plan, variant, false,
                            dropped, Map.of());
                }
                add(items, used, Slot.cardio("cardio", plan.kind() == SplitPolicy.Kind.STRENGTH
                        ? "Cardio to finish" : "Main aerobic work"), plan, variant, true, dropped, Map.of());
                for (int i = 1; i <= 2; i++) {
                    add(items, used, Slot.mobility("cool-down-" + i, BlockKind.COOL_DOWN, "Stretch to cool down"),
                            plan, variant, false, dropped, focus);
                }
                drafts.add(new Draft(plan, variant, items));
                if (plan.kind() == SplitPolicy.Kind.STRENGTH) {
                    variant++;
                }
            }
            for (String purpose : dropped) {
                rationale.add(new Reason("selection.none-safe", "Left out \"" + purpose + "\": no exercise in the "
                        + "library is safe for this client with their equipment, level and restrictions.",
                        Sources.ACSM_SCREENING_2015));
            }
            return drafts;
        }

        private void add(List<Item> items, Set<String> used, Slot slot, SplitPolicy.Plan plan, int variant,
                         boolean flex, Set<String> dropped, Map<Muscle, Integer> focus) {
            ExercisePicker.Choice choice = picker.pick(slot, used, focus);
            if (choice == null) {
                if (slot.block() != BlockKind.WARM_UP && slot.block() != BlockKind.COOL_DOWN) {
                    dropped.add(slot.purpose());
                }
                return;
            }
            used.add(choice.exercise().id());
            items.add(new Item(slot, slot.block(), choice.exercise(), choice.reasons(), dose.prescribe(slot.key(),
                    choice.exercise(), slot.block(), cardioFor(plan, slot), variant, 0, choice.reasons()), flex));
        }

        /** The character of a conditioning item: intervals only in their own slot, easy after mobility work. */
        private SplitPolicy.Cardio cardioFor(SplitPolicy.Plan plan, Slot slot) {
            if (slot.key().equals("intervals")) {
                return SplitPolicy.Cardio.INTERVALS;
            }
            if (plan.cardio() == SplitPolicy.Cardio.INTERVALS) {
                return SplitPolicy.Cardio.STEADY;
            }
            return plan.kind() == SplitPolicy.Kind.MOBILITY ? SplitPolicy.Cardio.EASY_FINISHER : plan.cardio();
        }

        // ---- phases and weeks ----

        private Phase phase(int index, int length, List<Draft> drafts, int firstWeek) {
            List<List<Item>> bases = new ArrayList<>();
            for (Draft draft : drafts) {
                List<Item> items = new ArrayList<>();
                for (Item item : draft.items) {
                    items.add(index == 0 || model != ProgressionModel.BLOCK ? item : item.withBase(dose.prescribe(
                            item.slot.key(), item.exercise, item.block, cardioFor(draft.plan, item.slot),
                            draft.variant, index, item.selection)));
                }
                bases.add(items);
            }
            int loading = length - 1;
            for (List<Item> items : bases) {
                fitStructure(items, loading - 1, bases);
            }
            balanceVolume(bases, loading - 1);
            List<Week> result = new ArrayList<>();
            for (int k = 0; k < length; k++) {
                boolean deload = k == length - 1;
                List<Session> sessions = new ArrayList<>();
                for (int s = 0; s < drafts.size(); s++) {
                    List<Item> week = deload ? deload(bases.get(s)) : progressed(bases.get(s), k);
                    sessions.add(session(drafts.get(s).plan, week));
                }
                result.add(new Week(firstWeek + k, deload, deload ? "Deload: fewer sets, easier effort"
                        : weekFocus(k, loading), sessions));
            }
            String[] names = model == ProgressionModel.BLOCK
                    ? new String[] {"Accumulation", "Transmutation", "Realisation"}
                    : new String[] {"Foundation", "Build", "Progress", "Consolidate"};
            String name = index < names.length ? names[index] : names[names.length - 1] + " " + (index
                    - names.length + 2);
            return new Phase(name, phaseAim(name), result);
        }

        private String weekFocus(int k, int loading) {
            if (k == 0) {
                return "Learn the exercises and settle the loads";
            }
            return k == loading - 1 ? "Hardest week of the phase" : "Build on last week";
        }

        private String phaseAim(String name) {
            return switch (name) {
                case "Accumulation" -> "More volume at moderate loads to build work capacity and muscle.";
                case "Transmutation" -> "Heavier loads and fewer reps to turn that base into strength.";
                case "Realisation" -> "Near-peak loads with low volume to express strength.";
                case "Foundation" -> "Learn the movements, find the right loads and build the habit.";
                case "Build" -> "Add reps and effort week by week on the same exercises.";
                case "Progress" -> "Keep progressing with confidence in every movement.";
                default -> "Keep the gains and progress where it still comes easily.";
            };
        }

        /** Trims a session until its heaviest week fits the minutes available, keeping what the week needs most. */
        private void fitStructure(List<Item> items, int heaviestStep, List<List<Item>> week) {
            int guard = 0;
            int reserve = reserve(items);
            int length;
            while ((length = seconds(progressed(items, Math.max(0, heaviestStep)))) + reserve > target
                    && guard++ < 200) {
                // Small overruns are taken back week by week with shorter rests; only real ones cost an exercise,
                // and time kept for cardio never does.
                if (!shrink(items, week, length - target > target * 6 / 100)) {
                    return;
                }
            }
        }

        /**
         * Minutes kept free for the session's own cardio, as a share of the session: weight loss needs the most
         * aerobic work (ACSM 2009), general fitness and older adults a solid share, strength-led programs none.
         */
        private int reserve(List<Item> items) {
            boolean hasCardio = items.stream().anyMatch(item -> item.flex);
            boolean strengthLed = items.stream().anyMatch(item -> item.block == BlockKind.STRENGTH);
            if (!hasCardio || !strengthLed || target < 30 * 60) {
                // Short sessions keep every movement first; their cardio is whatever time is left.
                return 0;
            }
            double share = switch (specialisation) {
                case WEIGHT_LOSS -> 0.25;
                case ENDURANCE -> 0.40;
                case GENERAL_FITNESS -> 0.20;
                case SENIOR -> 0.15;
                case YOUTH -> 0.10;
                default -> 0;
            };
            int seconds = (int) (target * share);
            return seconds < 5 * 60 ? 0 : seconds;
        }

        private boolean shrink(List<Item> items, List<List<Item>> week, boolean mayRemove) {
            if (target <= 30 * 60) {
                Item warmCardio = find(items, BlockKind.WARM_UP, Modality.CARDIO);
                if (warmCardio != null && warmCardio.base.dose().seconds() > 180) {
                    replace(items, warmCardio, warmCardio.base.withDose(1, Dose.minutes(3), warmCardio.base.load(),
                            0, null, warmCardio.base.notes()));
                    return true;
                }
                if (count(items, BlockKind.COOL_DOWN) > 1) {
                    items.remove(last(items, BlockKind.COOL_DOWN));
                    return true;
                }
                if (count(items, BlockKind.WARM_UP) > 2) {
                    items.remove(last(items, BlockKind.WARM_UP));
                    return true;
                }
                Item stretch = last(items, BlockKind.COOL_DOWN);
                if (stretch != null && stretch.base.sets() > 1) {
                    replace(items, stretch, withSets(stretch.base, 1));
                    return true;
                }
            }
            Item intervals = items.stream().filter(item -> item.slot.key().equals("intervals")).findFirst()
                    .orElse(null);
            if (intervals != null) {
                if (intervals.base.sets() > 2) {
                    replace(items, intervals, withSets(intervals.base, intervals.base.sets() - 1));
                } else {
                    items.remove(intervals);
                }
                return true;
            }
            if (shorterRests(items, false)) {
                return true;
            }
            for (BlockKind block : List.of(BlockKind.ACCESSORY, BlockKind.MOBILITY, BlockKind.POWER,
                    BlockKind.STRENGTH)) {
                int floor = block == BlockKind.STRENGTH && !coverageFirst() ? 2 : 1;
                int chosen = -1;
                for (int i = items.size() - 1; i >= 0; i--) {
                    Item item = items.get(i);
                    if (item.block == block && item.base.sets() > floor
                            && (chosen < 0 || item.base.sets() > items.get(chosen).base.sets())) {
                        chosen = i;
                    }
                }
                if (chosen >= 0) {
                    Item item = items.get(chosen);
                    items.set(chosen, item.withBase(withSets(item.base, item.base.sets() - 1)));
                    return true;
                }
            }
            if (shorterRests(items, true)) {
                return true;
            }
            if (!mayRemove) {
                return false;
            }
            Item removable = mostRedundant(items, week, 2);
            if (removable == null) {
                removable = mostRedundant(items, week, 1);
            }
            if (removable != null) {
                items.remove(removable);
                return true;
            }
            return false;
        }

        /**
         * Takes 15 s off the longest rest above its floor: first down to a comfortable rest for the block, then,
         * when {@code toMinimum}, down to circuit-style rests.
         */
        private boolean shorterRests(List<Item> items, boolean toMinimum) {
            int chosen = -1;
            for (int i = items.size() - 1; i >= 0; i--) {
                Item item = items.get(i);
                int floor = restFloor(item.block, toMinimum);
                if (item.block.countsAsHardSets() && item.base.restSeconds() - 15 >= floor
                        && (chosen < 0 || item.base.restSeconds() > items.get(chosen).base.restSeconds())) {
                    chosen = i;
                }
            }
            if (chosen < 0) {
                return false;
            }
            Item item = items.get(chosen);
            items.set(chosen, item.withBase(item.base.withDose(item.base.sets(), item.base.dose(), item.base.load(),
                    item.base.restSeconds() - 15, item.base.tempo(), item.base.notes())));
            return true;
        }

        /**
         * The shortest rest a block keeps while a session is trimmed: heavy strength work keeps 2-3 minutes
         * between sets (ACSM 2009), hypertrophy and accessory work shorter, general circuits shortest.
         */
        private int restFloor(BlockKind block, boolean toMinimum) {
            boolean heavy = specialisation == Specialisation.STRENGTH
                    || specialisation == Specialisation.STRENGTH_CONDITIONING;
            if (block == BlockKind.STRENGTH) {
                if (heavy) {
                    return toMinimum ? 120 : 150;
                }
                if (coverageFirst()) {
                    return toMinimum ? 30 : 60;
                }
                return toMinimum ? 75 : 90;
            }
            if (coverageFirst()) {
                return toMinimum ? 30 : 60;
            }
            return toMinimum ? 45 : 60;
        }

        /**
         * General programs must train every major pattern each week, so short sessions become circuits of single
         * sets with short rests before any pattern is dropped; one set still brings gains for beginners (ACSM 2009).
         */
        private boolean coverageFirst() {
            return specialisation == Specialisation.GENERAL_FITNESS || specialisation == Specialisation.WEIGHT_LOSS;
        }

        /** The strength item whose pattern the week trains most often elsewhere, or a spare mobility drill. */
        private Item mostRedundant(List<Item> items, List<List<Item>> week, int minimumCoverage) {
            Map<String, Integer> coverage = new HashMap<>();
            for (List<Item> session : week) {
                for (Item item : session) {
                    coverage.merge(patternGroup(item), 1, Integer::sum);
                }
            }
            Item best = null;
            int bestCount = 0;
            for (int i = items.size() - 1; i >= 0; i--) {
                Item item = items.get(i);
                boolean removable = switch (item.block) {
                    case ACCESSORY, STRENGTH, POWER -> true;
                    case MOBILITY -> count(items, BlockKind.MOBILITY) > 2;
                    case BALANCE -> count(items, BlockKind.BALANCE) > 1;
                    default -> false;
                };
                int covered = coverage.getOrDefault(patternGroup(item), 0);
                int count = covered * 10 + (item.block == BlockKind.ACCESSORY ? 5
                        : item.block == BlockKind.MOBILITY ? 4 : 0);
                if (removable && covered >= minimumCoverage && count > bestCount) {
                    best = item;
                    bestCount = count;
                }
            }
            return best;
        }

        private String patternGroup(Item item) {
            return switch (item.exercise.pattern()) {
                case HORIZONTAL_PUSH, VERTICAL_PUSH -> "push";
                case HORIZONTAL_PULL, VERTICAL_PULL -> "pull";
                case CORE, ROTATION, CARRY -> "core";
                default -> item.exercise.pattern().name();
            } + ":" + item.block.countsAsHardSets();
        }

        /** Keeps weekly hard sets per muscle group under the range's top and, where time allows, over its floor. */
        private void balanceVolume(List<List<Item>> bases, int heaviestStep) {
            int step = Math.max(0, heaviestStep);
            int guard = 0;
            while (guard++ < 200) {
                Map<String, Integer> sets = groupSets(bases, step);
                String over = sets.entrySet().stream().filter(entry -> entry.getValue() > range.max())
                        .map(Map.Entry::getKey).sorted().findFirst().orElse(null);
                if (over == null) {
                    break;
                }
                if (!reduceGroup(bases, over)) {
                    break;
                }
            }
            guard = 0;
            while (guard++ < 200) {
                Map<String, Integer> sets = groupSets(bases, step);
                String under = sets.entrySet().stream().filter(entry -> entry.getValue() < range.min())
                        .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).findFirst().orElse(null);
                if (under == null || !raiseGroup(bases, under, step)) {
                    break;
                }
            }
        }

        private boolean reduceGroup(List<List<Item>> bases, String group) {
            Set<Muscle> muscles = VolumeRange.MAJOR_GROUPS.get(group);
            for (BlockKind block : List.of(BlockKind.ACCESSORY, BlockKind.POWER, BlockKind.STRENGTH)) {
                Item best = null;
                List<Item> in = null;
                for (List<Item> items : bases) {
                    for (Item item : items) {
                        if (item.block == block && hits(item, muscles) && item.base.sets() > 1
                                && (best == null || item.base.sets() > best.base.sets())) {
                            best = item;
                            in = items;
                        }
                    }
                }
                if (best != null) {
                    replace(in, best, withSets(best.base, best.base.sets() - 1));
                    return true;
                }
            }
            Map<String, Integer> coverage = new HashMap<>();
            bases.forEach(items -> items.forEach(item -> coverage.merge(patternGroup(item), 1, Integer::sum)));
            for (BlockKind block : List.of(BlockKind.ACCESSORY, BlockKind.POWER, BlockKind.STRENGTH)) {
                for (List<Item> items : bases) {
                    for (int i = items.size() - 1; i >= 0; i--) {
                        Item item = items.get(i);
                        boolean spare = block != BlockKind.STRENGTH || coverage.get(patternGroup(item)) > 1;
                        if (item.block == block && hits(item, muscles) && spare) {
                            items.remove(i);
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private boolean raiseGroup(List<List<Item>> bases, String group, int step) {
            Set<Muscle> muscles = VolumeRange.MAJOR_GROUPS.get(group);
            // Spread added sets: the exercise for this group with the fewest sets gets the next one.
            List<int[]> candidates = new ArrayList<>();
            for (int s = 0; s < bases.size(); s++) {
                List<Item> items = bases.get(s);
                for (int i = 0; i < items.size(); i++) {
                    Item item = items.get(i);
                    int cap = item.block == BlockKind.STRENGTH ? 5 : 4;
                    if ((item.block == BlockKind.STRENGTH || item.block == BlockKind.ACCESSORY)
                            && hits(item, muscles) && item.base.sets() < cap) {
                        candidates.add(new int[] {s, i, item.base.sets()});
                    }
                }
            }
            candidates.sort(Comparator.comparingInt((int[] candidate) -> candidate[2]));
            for (int[] candidate : candidates) {
                List<Item> items = bases.get(candidate[0]);
                Item item = items.get(candidate[1]);
                items.set(candidate[1], item.withBase(withSets(item.base, item.base.sets() + 1)));
                boolean fits = seconds(progressed(items, step)) <= target - reserve(items);
                boolean withinTop = groupSets(bases, step).values().stream().allMatch(count -> count <= range.max());
                if (!fits && withinTop) {
                    fits = makeRoom(items, candidate[1], step);
                }
                if (fits && withinTop) {
                    return true;
                }
                items.set(candidate[1], item);
            }
            return false;
        }

        /** Takes a set from accessory work outside the major groups (arms, calves, trunk) to fit a major-group set. */
        private boolean makeRoom(List<Item> items, int keep, int step) {
            for (int j = items.size() - 1; j >= 0; j--) {
                Item other = items.get(j);
                boolean major = VolumeRange.MAJOR_GROUPS.values().stream().anyMatch(group -> hits(other, group));
                if (j != keep && other.block == BlockKind.ACCESSORY && !major && other.base.sets() > 1) {
                    items.set(j, other.withBase(withSets(other.base, other.base.sets() - 1)));
                    if (seconds(progressed(items, step)) <= target - reserve(items)) {
                        return true;
                    }
                    items.set(j, other);
                }
            }
            return false;
        }

        private Map<String, Integer> groupSets(List<List<Item>> bases, int step) {
            Map<String, Integer> sets = new LinkedHashMap<>();
            VolumeRange.MAJOR_GROUPS.keySet().stream().sorted().forEach(group -> sets.put(group, 0));
            for (List<Item> items : bases) {
                for (Item item : progressed(items, step)) {
                    if (!counts(item)) {
                        continue;
                    }
                    for (Map.Entry<String, Set<Muscle>> group : VolumeRange.MAJOR_GROUPS.entrySet()) {
                        if (hits(item, group.getValue())) {
                            sets.merge(group.getKey(), item.base.sets(), Integer::sum);
                        }
                    }
                }
            }
            return sets;
        }

        private boolean counts(Item item) {
            Modality modality = item.exercise.modality();
            return item.block.countsAsHardSets() && (modality == Modality.STRENGTH || modality == Modality.POWER
                    || modality == Modality.PLYOMETRIC);
        }

        private boolean hits(Item item, Set<Muscle> muscles) {
            return item.exercise.primary().stream().anyMatch(muscles::contains);
        }

        // ---- progression ----

        private List<Item> progressed(List<Item> items, int steps) {
            List<Item> result = new ArrayList<>(items.size());
            for (Item item : items) {
                Prescription current = item.base;
                int effortSteps = 0;
                for (int i = 0; i < steps; i++) {
                    Prescription next = step(item, current, effortSteps < MAX_EFFORT_STEPS);
                    if (!next.load().equals(current.load())) {
                        effortSteps++;
                    }
                    current = next;
                }
                result.add(item.withBase(current));
            }
            return result;
        }

        /** One week's progression for one prescription. */
        private Prescription step(Item item, Prescription current, boolean effortAllowed) {
            switch (item.block) {
                case WARM_UP, COOL_DOWN -> {
                    return current;
                }
                case MOBILITY -> {
                    return longer(current, 60);
                }
                case BALANCE -> {
                    return current.dose().byReps() ? moreReps(current, 12) : longer(current, 45);
                }
                case CONDITIONING -> {
                    return cardioStep(item, current);
                }
                default -> {
                }
            }
            Dose dose = current.dose();
            boolean repsFirst = model == ProgressionModel.DOUBLE;
            if (repsFirst && dose.byReps() && dose.repsLow() < dose.repsHigh()) {
                return moreReps(current, dose.repsHigh());
            }
            if (effortAllowed) {
                LoadRule harder = harder(current.load());
                if (harder != null) {
                    return current.withDose(current.sets(), dose, harder, current.restSeconds(), current.tempo(),
                            current.notes());
                }
            }
            if (dose.byReps() && dose.repsLow() < dose.repsHigh()) {
                return moreReps(current, dose.repsHigh());
            }
            if (dose.seconds() != null) {
                return longer(current, 60);
            }
            if (dose.metres() != null && dose.metres() < 40) {
                return current.withDose(current.sets(), Dose.metres(dose.metres() + 5), current.load(),
                        current.restSeconds(), current.tempo(), current.notes());
            }
            // Effort is at the ceiling and the reps are fixed: a set more is the progression that stays safe.
            if (current.sets() < 5) {
                return withSets(current, current.sets() + 1);
            }
            if (dose.byReps() && dose.repsHigh() < 15) {
                return current.withDose(current.sets(), Dose.reps(dose.repsLow() + 1, dose.repsHigh() + 1),
                        current.load(), current.restSeconds(), current.tempo(), current.notes());
            }
            return current;
        }

        private Prescription cardioStep(Item item, Prescription current) {
            LoadRule load = current.load();
            if (load.kind() != LoadRule.Kind.HEART_RATE_RESERVE || load.high() == null) {
                return current;
            }
            if (item.slot.key().equals("intervals")) {
                if (current.sets() < 6) {
                    return withSets(current, current.sets() + 1);
                }
                return current;
            }
            double cap = Math.min(dose.limits().maxHeartRateReserve(), 59);
            if (load.high() <= 39 || load.high() + 5 > cap) {
                return current;
            }
            LoadRule harder = LoadRule.heartRateReserve(load.low() + 5, load.high() + 5);
            return current.withDose(current.sets(), current.dose(), harder, current.restSeconds(), current.tempo(),
                    heartRateNotes(current.notes(), harder));
        }

        private String heartRateNotes(String notes, LoadRule load) {
            String talk = notes == null ? "" : notes.replaceAll(" About \\d+-\\d+ beats a minute\\.$", "");
            return dose.withBeats(talk, load.low(), load.high());
        }

        private LoadRule harder(LoadRule load) {
            return switch (load.kind()) {
                case RIR, BODYWEIGHT, BAND -> load.low() != null && load.low() - 1 >= dose.minRir()
                        ? new LoadRule(load.kind(), load.low() - 1, Math.max(load.low() - 1, load.high() - 1)) : null;
                case PERCENT_1RM -> load.high() + 2.5 <= dose.maxPercent1Rm()
                        ? LoadRule.percent1Rm(load.low() + 2.5, load.high() + 2.5) : null;
                default -> null;
            };
        }

        private Prescription moreReps(Prescription current, int cap) {
            Dose dose = current.dose();
            if (!dose.byReps() || dose.repsLow() >= Math.min(cap, dose.repsHigh())) {
                return current;
            }
            return current.withDose(current.sets(), Dose.reps(dose.repsLow() + 1, dose.repsHigh()), current.load(),
                    current.restSeconds(), current.tempo(), current.notes());
        }

        private Prescription longer(Prescription current, int cap) {
            Dose dose = current.dose();
            if (dose.seconds() == null || dose.seconds() + 5 > cap) {
                return current;
            }
            return current.withDose(current.sets(), Dose.seconds(dose.seconds() + 5), current.load(),
                    current.restSeconds(), current.tempo(), current.notes());
        }

        private List<Item> deload(List<Item> items) {
            List<Item> result = new ArrayList<>();
            for (Item item : items) {
                Prescription base = item.base;
                if (!item.block.countsAsHardSets()) {
                    result.add(item);
                    continue;
                }
                LoadRule load = base.load();
                LoadRule easier = switch (load.kind()) {
                    case RIR, BODYWEIGHT, BAND -> load.low() == null ? load
                            : new LoadRule(load.kind(), load.low() + 1, load.high() + 1);
                    case PERCENT_1RM -> LoadRule.percent1Rm(Math.max(30, load.low() - 10),
                            Math.max(35, load.high() - 10));
                    default -> load;
                };
                int sets = Math.max(1, base.sets() / 2);
                if (sets == base.sets() && item.block == BlockKind.ACCESSORY) {
                    continue;
                }
                Prescription lighter = base.withDose(sets, base.dose(), easier, base.restSeconds(), base.tempo(),
                        base.notes());
                List<Reason> why = new ArrayList<>(lighter.why());
                why.add(new Reason("deload", "Deload week: about half the sets at an easier effort.",
                        Sources.DELOAD_BELL_2023));
                result.add(item.withBase(new Prescription(lighter.slot(), lighter.exerciseId(), lighter.exerciseName(),
                        lighter.sets(), lighter.dose(), lighter.perSide(), lighter.load(), lighter.restSeconds(),
                        lighter.tempo(), lighter.notes(), why)));
            }
            // Halving cannot lighten single sets, so a session of them loses its last hard exercises instead:
            // a deload must be lighter than the weeks before it, not merely easier.
            int before = hardSets(items);
            for (int i = result.size() - 1; i >= 0 && before > 0 && hardSets(result) >= before; i--) {
                if (result.get(i).block.countsAsHardSets()) {
                    result.remove(i);
                }
            }
            return result;
        }

        private int hardSets(List<Item> items) {
            return items.stream().filter(item -> item.block.countsAsHardSets()).mapToInt(item -> item.base.sets())
                    .sum();
        }

        // ---- fitting the minutes ----

        private Session session(SplitPolicy.Plan plan, List<Item> items) {
            List<Item> fixed = new ArrayList<>();
            Item flex = null;
            for (Item item : items) {
                if (item.flex) {
                    flex = item;
                } else {
                    fixed.add(item);
                }
            }
            int remaining = target - seconds(fixed);
            List<Item> all = new ArrayList<>(fixed);
            if (flex != null && remaining >= 3 * 60 + SessionClock.TRANSITION_SECONDS) {
                int minutes = (remaining - SessionClock.TRANSITION_SECONDS) / 60;
                Prescription filled = flex.base.withDose(1, Dose.minutes(minutes), flex.base.load(), 0,
                        flex.base.tempo(), flex.base.notes());
                all.add(flex.withBase(filled));
                remaining -= SessionClock.seconds(filled);
            }
            remaining = topUp(all, remaining);
            remaining = trim(all, remaining);
            all.sort(Comparator.comparingInt(item -> item.block.ordinal()));
            Map<BlockKind, List<Prescription>> blocks = new EnumMap<>(BlockKind.class);
            for (Item item : all) {
                blocks.computeIfAbsent(item.block, kind -> new ArrayList<>()).add(item.base);
            }
            List<Block> result = blocks.entrySet().stream().map(entry -> new Block(entry.getKey(), entry.getValue()))
                    .toList();
            return new Session(plan.day(), plan.name(), plan.focus(), result);
        }

        /** Uses leftover minutes on more stretching, then slightly longer rests. */
        private int topUp(List<Item> items, int remaining) {
            boolean changed = true;
            while (remaining >= 40 && changed) {
                changed = false;
                for (int i = 0; i < items.size() && remaining >= 40; i++) {
                    Item item = items.get(i);
                    if ((item.block == BlockKind.COOL_DOWN || item.block == BlockKind.MOBILITY)
                            && item.base.sets() < 4) {
                        Prescription more = withSets(item.base, item.base.sets() + 1);
                        int added = SessionClock.seconds(more) - SessionClock.seconds(item.base);
                        if (added <= remaining + 30) {
                            items.set(i, item.withBase(more));
                            remaining -= added;
                            changed = true;
                        }
                    }
                }
            }
            for (int i = 0; i < items.size() && remaining >= 60; i++) {
                Item item = items.get(i);
                if (item.block == BlockKind.WARM_UP && item.exercise.modality() == Modality.CARDIO) {
                    int minutes = Math.min(10, item.base.dose().seconds() / 60 + remaining / 60);
                    int added = minutes * 60 - item.base.dose().seconds();
                    items.set(i, item.withBase(item.base.withDose(1, Dose.minutes(minutes), item.base.load(), 0,
                            null, item.base.notes())));
                    remaining -= added;
                }
            }
            changed = true;
            while (remaining >= 30 && changed) {
                changed = false;
                for (int i = 0; i < items.size() && remaining >= 30; i++) {
                    Item item = items.get(i);
                    if (item.block.countsAsHardSets() && item.base.restSeconds() < 180) {
                        Prescription rested = item.base.withDose(item.base.sets(), item.base.dose(), item.base.load(),
                                item.base.restSeconds() + 15, item.base.tempo(), item.base.notes());
                        int added = SessionClock.seconds(rested) - SessionClock.seconds(item.base);
                        if (added <= remaining + 30) {
                            items.set(i, item.withBase(rested));
                            remaining -= added;
                            changed = true;
                        }
                    }
                }
            }
            return remaining;
        }

        /** Takes back time when a week runs over: fewer stretch sets, then shorter rests. */
        private int trim(List<Item> items, int remaining) {
            int guard = 0;
            while (remaining < -target / 20 && guard++ < 100) {
                boolean changed = false;
                for (int i = items.size() - 1; i >= 0 && remaining < -target / 20; i--) {
                    Item item = items.get(i);
                    Prescription shorter = null;
                    if ((item.block == BlockKind.COOL_DOWN || item.block == BlockKind.MOBILITY)
                            && item.base.sets() > 1) {
                        shorter = withSets(item.base, item.base.sets() - 1);
                    } else if (item.block.countsAsHardSets() && item.base.restSeconds() > 45) {
                        shorter = item.base.withDose(item.base.sets(), item.base.dose(), item.base.load(),
                                item.base.restSeconds() - 15, item.base.tempo(), item.base.notes());
                    }
                    if (shorter != null) {
                        remaining += SessionClock.seconds(item.base) - SessionClock.seconds(shorter);
                        items.set(i, item.withBase(shorter));
                        changed = true;
                    }
                }
                if (!changed) {
                    break;
                }
            }
            return remaining;
        }

        /** The session's length without its flexible cardio, which fills whatever time is left. */
        private int seconds(List<Item> items) {
            int total = 0;
            for (Item item : items) {
                if (item.flex) {
                    continue;
                }
                total += SessionClock.seconds(item.base);
            }
            return total;
        }

        private Prescription withSets(Prescription prescription, int sets) {
            return prescription.withDose(sets, prescription.dose(), prescription.load(), prescription.restSeconds(),
                    prescription.tempo(), prescription.notes());
        }

        private Item find(List<Item> items, BlockKind block, Modality modality) {
            return items.stream().filter(item -> item.block == block && item.exercise.modality() == modality)
                    .findFirst().orElse(null);
        }

        private long count(List<Item> items, BlockKind block) {
            return items.stream().filter(item -> item.block == block).count();
        }

        private Item last(List<Item> items, BlockKind block) {
            for (int i = items.size() - 1; i >= 0; i--) {
                if (items.get(i).block == block) {
                    return items.get(i);
                }
            }
            return null;
        }

        private void replace(List<Item> items, Item item, Prescription prescription) {
            items.set(items.indexOf(item), item.withBase(prescription));
        }
    }
}
