package dev.spotter.science;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The load to suggest for an exercise's next session, from the sets logged at its last sessions, the prescription's
 * target repetitions and RPE, and what the studio can load: double progression, RPE-chart autoregulation, and a
 * deload when progress has stalled.
 */
public final class NextLoad {

    /** Sessions in a row without a new best that count as a stall. */
    public static final int STALL_EXPOSURES = 3;

    /** How much lighter a deload is. */
    public static final double DELOAD_FRACTION = 0.10;

    private final LoadRounding equipment;
    private final double capKg;

    /** Suggestions for this equipment with no limit beyond the equipment's own. */
    public NextLoad(LoadRounding equipment) {
        this(equipment, LoadRounding.MAX_LOAD_KG);
    }

    /** Suggestions for this equipment that never exceed the client's limit for the exercise. */
    public NextLoad(LoadRounding equipment, double capKg) {
        if (equipment == null) {
            throw new IllegalArgumentException("suggestions need the equipment to round to");
        }
        if (!(capKg > 0 && capKg <= LoadRounding.MAX_LOAD_KG)) {
            throw new IllegalArgumentException("maximum load must be above 0 and at most 1000 kg");
        }
        this.equipment = equipment;
        this.capKg = capKg;
    }

    /** How the prescription wants the load to move. */
    public enum Method {
        /** Earn more repetitions at a load, then more load. */
        DOUBLE_PROGRESSION,
        /**
         * Set the load from the estimated 1RM of the last session through the RPE chart; double progression
         * stands in when no set was rated within the chart or the target is off it (above 12 reps, below RPE 6.5).
         */
        RPE_CHART
    }

    /** The rule behind a suggestion. */
    public enum Rule {
        ADD_LOAD("Add load"),
        HOLD_LOAD("Same load, more reps"),
        REDUCE_LOAD("Reduce load"),
        RPE_CHART("Load from the RPE chart"),
        DELOAD("Deload");

        private final String label;

        Rule(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the prescription asks of each working set: a repetition range and an RPE, and how to progress. */
    public record Target(int lowReps, int highReps, double rpe, Method method) {

        public Target {
            if (lowReps < 1 || lowReps > 100 || highReps < lowReps || highReps > 100) {
                throw new IllegalArgumentException("target reps must be between 1 and 100, the low end first");
            }
            if (!(rpe >= 1 && rpe <= 10)) {
                throw new IllegalArgumentException("target RPE must be between 1 and 10");
            }
            if (method == null) {
                throw new IllegalArgumentException("a target needs a progression method");
            }
        }
    }

    /** The suggested load in kilograms, already loadable, with the rule used and the reason in a trainer's words. */
    public record Suggestion(double loadKg, Rule rule, String reason) {
    }

    /** The next session's load for an exercise, from its exposures (any order, at least one) and the target. */
    public Suggestion suggest(List<Exposure> exposures, Target target) {
        if (exposures == null || exposures.isEmpty()) {
            throw new IllegalArgumentException("a suggestion needs at least one logged session of the exercise");
        }
        if (target == null) {
            throw new IllegalArgumentException("a suggestion needs the prescription's target");
        }
        List<Exposure> ordered = ordered(exposures);
        Exposure last = ordered.get(ordered.size() - 1);
        if (last.topLoadKg() <= 0) {
            throw new IllegalArgumentException("load suggestions are for loaded exercises; the last session used "
                    + "body weight only");
        }
        Suggestion suggestion;
        if (stalled(ordered)) {
            suggestion = deload(last);
        } else if (target.method() == Method.RPE_CHART) {
            suggestion = byChart(last, target).orElseGet(() -> doubleProgression(last, target));
        } else {
            suggestion = doubleProgression(last, target);
        }
        return withinCap(suggestion);
    }

    /**
     * Whether progress has stalled: none of the last {@value #STALL_EXPOSURES} sessions set a best estimated 1RM or
     * a repetition record (see {@link PersonalRecords}) over the sessions before it.
     */
    public static boolean stalled(List<Exposure> exposures) {
        List<Exposure> ordered = ordered(exposures);
        if (ordered.size() <= STALL_EXPOSURES) {
            return false;
        }
        for (int i = ordered.size() - STALL_EXPOSURES; i < ordered.size(); i++) {
            boolean improved = PersonalRecords.setBy(List.of(ordered.get(i)), ordered.subList(0, i)).stream()
                    .anyMatch(record -> record.kind() != PersonalRecords.Kind.SESSION_VOLUME);
            if (improved) {
                return false;
            }
        }
        return true;
    }

    private static List<Exposure> ordered(List<Exposure> exposures) {
        List<Exposure> ordered = exposures.stream().sorted(Comparator.comparing(Exposure::date)).toList();
        if (ordered.stream().map(Exposure::exerciseId).distinct().count() > 1) {
            throw new IllegalArgumentException("the sessions must all be of one exercise");
        }
        return ordered;
    }

    // A deload of about 10 % is a coaching convention for a stall rather than a published formula: lighter work
    // for a while dissipates fatigue (Bell L et al. Sports Med Open 2023;9:87, Delphi consensus on deloading).
    private Suggestion deload(Exposure last) {
        double current = last.topLoadKg();
        double load = atMost(current * (1 - DELOAD_FRACTION));
        return new Suggestion(load, Rule.DELOAD, "No new best in the last " + STALL_EXPOSURES + " sessions, so deload "
                + "to " + equipment.describe(load) + " and build back up, or switch to a variation of the exercise.");
    }

    private Optional<Suggestion> byChart(Exposure last, Target target) {
        if (!RpeChart.covers(target.highReps(), target.rpe())) {
            return Optional.empty();
        }
        Optional<LoggedSet> best = last.sets().stream()
                .filter(set -> set.rpe() != null && set.loadKg() > 0 && RpeChart.covers(set.reps(), set.rpe()))
                .max(Comparator.comparingDouble(set -> RpeChart.estimate1Rm(set.loadKg(), set.reps(), set.rpe())));
        return best.map(set -> {
            double e1Rm = RpeChart.estimate1Rm(set.loadKg(), set.reps(), set.rpe());
            // The top of the range, so that every set of the prescription lands inside it at the target effort.
            double load = equipment.round(RpeChart.loadFor(e1Rm, target.highReps(), target.rpe()));
            return new Suggestion(load, Rule.RPE_CHART, "The best set, " + equipment.describe(set.loadKg()) + " x "
                    + set.reps() + " at RPE " + number(set.rpe()) + ", puts the estimated 1RM at "
                    + equipment.describe(e1Rm) + ", so " + target.highReps() + " reps at RPE " + number(target.rpe())
                    + " calls for " + equipment.describe(load) + ".");
        });
    }

    private Suggestion doubleProgression(Exposure last, Target target) {
        List<LoggedSet> working = last.workingSets();
        double current = last.topLoadKg();
        // A load logged off this equipment's steps (61 kg on a 2.5 kg bar) is held at the nearest it can make.
        double held = equipment.round(current);
        String now = equipment.describe(held);
        boolean allAtTop = working.stream().allMatch(set -> set.reps() >= target.highReps());
        boolean harderThanTarget = working.stream()
                .anyMatch(set -> set.rpe() != null && set.rpe() > target.rpe() + 1e-9);
        if (allAtTop && !harderThanTarget) {
            return addLoad(current, target);
        }
        if (allAtTop) {
            return new Suggestion(held, Rule.HOLD_LOAD, "Every set reached " + target.highReps() + " reps but "
                    + "felt harder than RPE " + number(target.rpe()) + ", so stay at " + now
                    + " until it feels easier.");
        }
        LoggedSet first = working.get(0);
        if (first.reps() < target.lowReps()) {
            return reduceLoad(current, first, target);
        }
        if (working.stream().anyMatch(set -> set.reps() < target.lowReps())) {
            return new Suggestion(held, Rule.HOLD_LOAD, "The first set reached the range but later sets fell "
                    + "short of " + target.lowReps() + " reps, so stay at " + now + " and aim to keep every set in "
                    + "the range.");
        }
        return new Suggestion(held, Rule.HOLD_LOAD, "Stay at " + now + " and add a rep or two per set until "
                + "every set reaches " + target.highReps() + ".");
    }

    // ACSM: "a 2-10 % increase in load" once the client can do the current load for one to two repetitions over
    // the desired number (Ratamess NA et al. ACSM position stand: progression models in resistance training for
    // healthy adults. Med Sci Sports Exerc 2009;41(3):687-708). Here the top of the prescribed range stands for
    // that desired number plus one or two. The smallest step the equipment allows keeps the increase at the low
    // end; where even that step is larger than 10 % (light dumbbells), the reason says so.
    private Suggestion addLoad(double current, Target target) {
        OptionalDouble next = equipment.nextAbove(current);
        if (next.isEmpty()) {
            double heaviest = equipment.round(current);
            return new Suggestion(heaviest, Rule.HOLD_LOAD, "Every set reached " + target.highReps() + " reps, but "
                    + equipment.describe(heaviest) + " is the heaviest this equipment goes, so add reps or move to a "
                    + "harder variation.");
        }
        double load = next.getAsDouble();
        long increase = Math.round((load / current - 1) * 100);
        String jump = increase > 10 ? " (a " + increase + " % jump, more than the usual 10 %, so expect fewer reps "
                + "at first)" : "";
        return new Suggestion(load, Rule.ADD_LOAD, "Every set reached " + target.highReps() + " reps at RPE "
                + number(target.rpe()) + " or easier, so go up to " + equipment.describe(load) + jump + ".");
    }

    // The first, freshest set fell short, so the load is too heavy for the range: Epley's equation (w (1 + r/30))
    // carries the set's strength over to the load that allows the bottom of the range.
    private Suggestion reduceLoad(double current, LoggedSet first, Target target) {
        double estimated1Rm = current * (1 + first.reps() / 30.0);
        double load = atMost(estimated1Rm / (1 + target.lowReps() / 30.0));
        if (load >= current) {
            OptionalDouble lighter = equipment.nextBelow(current);
            if (lighter.isEmpty()) {
                double lightest = equipment.round(current);
                return new Suggestion(lightest, Rule.HOLD_LOAD, "The first set fell short of " + target.lowReps()
                        + " reps, but " + equipment.describe(lightest) + " is the lightest this equipment goes, so "
                        + "stay there or move to an easier variation.");
            }
            load = lighter.getAsDouble();
        }
        return new Suggestion(load, Rule.REDUCE_LOAD, "The first set fell short of " + target.lowReps() + " reps, so "
                + "drop to " + equipment.describe(load) + " to train inside the range.");
    }

    private double atMost(double kg) {
        OptionalDouble below = equipment.atOrBelow(kg);
        return below.isPresent() ? below.getAsDouble() : equipment.round(kg);
    }

    private Suggestion withinCap(Suggestion suggestion) {
        if (suggestion.loadKg() <= capKg + 1e-9) {
            return suggestion;
        }
        double load = equipment.round(suggestion.loadKg(), capKg);
        return new Suggestion(load, suggestion.rule(), "The rule points to "
                + equipment.describe(suggestion.loadKg()) + ", but this client's limit is "
                + equipment.describe(capKg) + ", so use " + equipment.describe(load) + ".");
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
