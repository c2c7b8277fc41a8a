package dev.spotter.programs.engine;

import java.util.ArrayList;
import java.util.List;

import dev.spotter.clients.IntensityCeiling;
import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.LoadType;
import dev.spotter.exercises.Modality;
import dev.spotter.science.HeartRate;

/**
 * The starting dose of every prescription: sets, reps or time, load rule, rest and tempo, by specialisation,
 * block and exercise, held under the client's intensity ceiling. Each dose carries its reason and source; the
 * numbers follow the position stands named in {@link Sources}.
 */
final class DosePolicy {

    /** Young athletes lift for at least six reps a set (NSCA 2009: 6-15 reps). */
    static final int YOUTH_MIN_REPS = 6;

    private final Athlete athlete;
    private final Specialisation specialisation;
    private final ProgressionModel model;
    private final IntensityLimits limits;
    private final double minRir;

    DosePolicy(Athlete athlete, Specialisation specialisation, ProgressionModel model, IntensityCeiling ceiling) {
        this.athlete = athlete;
        this.specialisation = specialisation;
        this.model = model;
        this.limits = IntensityLimits.of(ceiling);
        double floor = athlete.novice() ? 2 : athlete.experience() == dev.spotter.clients.Experience.ADVANCED ? 0 : 1;
        if (athlete.youth() || specialisation == Specialisation.YOUTH) {
            floor = Math.max(floor, IntensityLimits.YOUTH_MIN_RIR);
        }
        this.minRir = Math.max(floor, limits.minRir());
    }

    /** The fewest reps in reserve any prescription may reach. */
    double minRir() {
        return minRir;
    }

    IntensityLimits limits() {
        return limits;
    }

    /** The hardest % 1RM any prescription may reach. */
    double maxPercent1Rm() {
        return youth() ? Math.min(limits.maxPercent1Rm(), IntensityLimits.YOUTH_MAX_PERCENT_1RM)
                : limits.maxPercent1Rm();
    }

    private boolean youth() {
        return athlete.youth() || specialisation == Specialisation.YOUTH;
    }

    /** The dose for an exercise in a block; {@code variant} is the day's place in an undulating week or block. */
    Prescription prescribe(String slot, Exercise exercise, BlockKind block, SplitPolicy.Cardio cardio, int variant,
                           int phase, List<Reason> selection) {
        List<Reason> why = new ArrayList<>(selection);
        Prescription item = switch (block) {
            case WARM_UP -> warmUp(slot, exercise, why);
            case COOL_DOWN -> stretch(slot, exercise, why, 1, 30);
            case MOBILITY -> stretch(slot, exercise, why, 3, 30);
            case BALANCE -> balance(slot, exercise, why);
            case POWER -> power(slot, exercise, why);
            case CONDITIONING -> cardio(slot, exercise, cardio, why);
            case STRENGTH, ACCESSORY -> resistance(slot, exercise, block, variant, phase, why);
        };
        return item;
    }

    private Prescription warmUp(String slot, Exercise exercise, List<Reason> why) {
        why.add(new Reason("dose.warm-up", "A few minutes of easy movement and dynamic drills raise muscle "
                + "temperature and rehearse the session's patterns.", Sources.WARM_UP_FRADKIN_2010));
        if (exercise.modality() == Modality.CARDIO) {
            return new Prescription(slot, exercise.id(), exercise.name(), 1, Dose.minutes(5), false,
                    LoadRule.heartRateReserve(30, 39), 0, null, withBeats("Easy pace: you could chat the whole "
                    + "time.", 30, 39), why);
        }
        Dose dose = exercise.load() == LoadType.TIME ? Dose.seconds(30) : Dose.reps(8);
        return new Prescription(slot, exercise.id(), exercise.name(), 1, dose, exercise.unilateral(),
                LoadRule.hold(), 0, null, "Smooth and controlled, growing the range each rep.", why);
    }

    private Prescription stretch(String slot, Exercise exercise, List<Reason> why, int sets, int seconds) {
        // ACSM 2011: hold each stretch 10-30 s (30-60 s for older adults), 2-4 times, about 60 s per stretch.
        int hold = athlete.senior() || specialisation == Specialisation.SENIOR ? 45 : seconds;
        why.add(new Reason("dose.flexibility", "Hold each stretch about " + hold + " s and repeat it when time "
                + "allows: about a minute a stretch is what improves range of motion.",
                Sources.ACSM_QUANTITY_QUALITY_2011));
        Dose dose = exercise.load() == LoadType.TIME ? Dose.seconds(hold) : Dose.reps(8);
        return new Prescription(slot, exercise.id(), exercise.name(), sets, dose, exercise.unilateral(),
                LoadRule.hold(), 15, null, "Breathe slowly; ease into the stretch, never force it.", why);
    }

    private Prescription balance(String slot, Exercise exercise, List<Reason> why) {
        why.add(new Reason("dose.balance", "Balance training at least twice a week, progressed by narrowing "
                + "the base and reducing support, reduces falls in older people.", Sources.FALLS_SHERRINGTON_2019));
        Dose dose = exercise.load() == LoadType.TIME ? Dose.seconds(20)
                : exercise.load() == LoadType.DISTANCE ? Dose.metres(5) : Dose.reps(6, 10);
        return new Prescription(slot, exercise.id(), exercise.name(), 2, dose, exercise.unilateral(),
                LoadRule.hold(), 45, null, "Stand next to a sturdy support and use it whenever you need it.", why);
    }

    private Prescription power(String slot, Exercise exercise, List<Reason> why) {
        boolean young = youth();
        why.add(new Reason(young ? "dose.youth-power" : "dose.power", young
                ? "Low-volume jumps and throws teach landing and force control; quality ends the set."
                : "Power work uses few reps, full rest and maximal intent, stopping well before fatigue.",
                young ? Sources.NSCA_YOUTH_2009 : Sources.ACSM_PROGRESSION_2009));
        double rir = Math.max(3, minRir);
        // Jumps are judged by quality, not by reps left in the tank; loaded power work keeps reps in reserve.
        LoadRule load = exercise.load() == LoadType.EXTERNAL ? LoadRule.rir(rir, rir + 1)
                : new LoadRule(LoadRule.Kind.BODYWEIGHT, null, null);
        Dose dose = young && exercise.load() == LoadType.EXTERNAL ? Dose.reps(YOUTH_MIN_REPS, YOUTH_MIN_REPS + 2)
                : Dose.reps(3, 5);
        return new Prescription(slot, exercise.id(), exercise.name(), young ? 2 : 3, dose, exercise.unilateral(),
                load, 90, null, "Every rep fast and crisp; land softly and quietly.", why);
    }

    private Prescription cardio(String slot, Exercise exercise, SplitPolicy.Cardio cardio, List<Reason> why) {
        boolean intervals = cardio == SplitPolicy.Cardio.INTERVALS && limits.maxHeartRateReserve() >= 80;
        if (intervals) {
            why.add(new Reason("dose.intervals", "Intervals at vigorous intensity: each minute counts double "
                    + "toward the weekly aerobic target.", Sources.PA_GUIDELINES_2018));
            return new Prescription(slot, exercise.id(), exercise.name(), 4, Dose.minutes(3), false,
                    LoadRule.heartRateReserve(70, 79), 120, null,
                    withBeats("Hard but steady; recover easily between efforts.", 70, 79), why);
        }
        double high = switch (cardio) {
            case EASY_FINISHER -> 39;
            case LONG -> Math.min(limits.maxHeartRateReserve(), 49);
            default -> Math.min(limits.maxHeartRateReserve(), 59) - 10;
        };
        double low = high - 9;
        why.add(new Reason("dose.aerobic", "FITT-VP: " + (cardio == SplitPolicy.Cardio.EASY_FINISHER
                ? "easy aerobic work to finish and recover" : "moderate aerobic work toward 150-300 minutes a week")
                + ", set by heart-rate reserve (Karvonen) with maximal heart rate from age (Tanaka).",
                Sources.ACSM_QUANTITY_QUALITY_2011));
        String note = cardio == SplitPolicy.Cardio.EASY_FINISHER ? "Easy: you could chat the whole time."
                : "You can talk in sentences but not sing.";
        return new Prescription(slot, exercise.id(), exercise.name(), 1, Dose.minutes(10), false,
                LoadRule.heartRateReserve(low, high), 0, null, withBeats(note, low, high), why);
    }

    /** A talk-test cue, followed by the beats a minute when they can be worked out. */
    String withBeats(String cue, double low, double high) {
        String beats = heartRateNote(low, high);
        return beats == null ? cue : cue + " " + beats;
    }

    /** Beats per minute for a heart-rate-reserve range, or null until age and resting heart rate are known. */
    String heartRateNote(double low, double high) {
        if (athlete.age() == null || athlete.restingHeartRate() == null) {
            return null;
        }
        double max = HeartRate.maxTanaka(athlete.age());
        long from = Math.round(HeartRate.karvonen(athlete.restingHeartRate(), max, low / 100));
        long to = Math.round(HeartRate.karvonen(athlete.restingHeartRate(), max, high / 100));
        return "About " + from + "-" + to + " beats a minute.";
    }

    private Prescription resistance(String slot, Exercise exercise, BlockKind block, int variant, int phase,
                                    List<Reason> why) {
        Shape shape = shape(block, variant, phase);
        why.add(shape.reason);
        Dose dose;
        LoadRule load;
        String tempo = null;
        String notes = null;
        switch (exercise.load()) {
            case TIME -> {
                dose = Dose.seconds(shape.repsLow() >= 10 ? 30 : 20);
                load = new LoadRule(LoadRule.Kind.BODYWEIGHT, null, null);
                notes = "Hold with steady breathing; stop when form slips.";
            }
            case DISTANCE -> {
                dose = Dose.metres(20);
                // A carry has no reps to keep in reserve; effort is rated on Borg's scale instead.
                double hardest = Math.min(13, limits.maxBorg());
                load = new LoadRule(LoadRule.Kind.RPE, hardest - 1, hardest);
                notes = "Walk tall and slow; put the load down before your grip or posture fails.";
            }
            case BODYWEIGHT -> {
                dose = Dose.reps(shape.repsLow, shape.repsHigh);
                load = LoadRule.bodyweight(Math.max(shape.rirLow, minRir), Math.max(shape.rirHigh, minRir));
            }
            default -> {
                dose = Dose.reps(shape.repsLow, shape.repsHigh);
                if (shape.percentLow > 0 && block == BlockKind.STRENGTH) {
                    double high = Math.min(shape.percentHigh, maxPercent1Rm());
                    load = LoadRule.percent1Rm(Math.max(30, high - (shape.percentHigh - shape.percentLow)), high);
                } else if (exercise.equipment().contains(Equipment.BANDS) && !exercise.equipment().contains(
                        Equipment.DUMBBELL)) {
                    load = LoadRule.band(Math.max(shape.rirLow, minRir), Math.max(shape.rirHigh, minRir));
                } else {
                    load = LoadRule.rir(Math.max(shape.rirLow, minRir), Math.max(shape.rirHigh, minRir));
                }
            }
        }
        if (youth() && dose.byReps() && dose.repsLow() < YOUTH_MIN_REPS) {
            // No low-rep, heavy sets for young athletes: the same exercise in the 6-10 range.
            dose = Dose.reps(YOUTH_MIN_REPS, Math.max(dose.repsHigh(), YOUTH_MIN_REPS + 4));
        }
        if (isCapped(shape, load)) {
            why.add(new Reason("intensity.ceiling", "Kept at " + load.describeInSentence() + ": screening allows "
                    + limitsPhrase() + " for now.", Sources.ACSM_QUANTITY_QUALITY_2011));
        }
        if ((athlete.senior() || specialisation == Specialisation.SENIOR) && block == BlockKind.STRENGTH
                && exercise.load() != LoadType.TIME && "squat".equals(slot)) {
            tempo = "3-0-X-0";
            notes = "Lower slowly, then stand up as fast as you safely can: power keeps everyday tasks easy.";
            why.add(new Reason("dose.senior-power", "Moving a moderate load quickly trains power, which falls "
                    + "fastest with age and matters most for daily tasks.", Sources.ACSM_OLDER_ADULTS_2009));
        }
        if (specialisation == Specialisation.MOBILITY && exercise.load() != LoadType.TIME) {
            tempo = "3-1-1-1";
            notes = "Slow on the way down and pause at the end of your range.";
        }
        if (athlete.youth() || specialisation == Specialisation.YOUTH) {
            why.add(new Reason("dose.youth", "Youth: technique first, loads that allow at least "
                    + (int) IntensityLimits.YOUTH_MIN_RIR + " reps in reserve, never maximal lifts.",
                    Sources.NSCA_YOUTH_2009));
        }
        return new Prescription(slot, exercise.id(), exercise.name(), shape.sets, dose, exercise.unilateral(),
                load, shape.rest, tempo, notes, why);
    }

    private boolean isCapped(Shape shape, LoadRule load) {
        if (load.kind() == LoadRule.Kind.PERCENT_1RM) {
            return shape.percentHigh > load.high();
        }
        return load.kind().repsInReserve() && load.low() != null && load.low() > shape.rirLow;
    }

    private String limitsPhrase() {
        return switch ((int) limits.minRir()) {
            case 4 -> "light to moderate effort";
            case 3 -> "moderate effort";
            default -> athlete.youth() || specialisation == Specialisation.YOUTH ? "no maximal effort"
                    : "this effort";
        };
    }

    /** Sets, reps, effort and rest before the ceiling is applied. */
    private record Shape(int sets, int repsLow, int repsHigh, double rirLow, double rirHigh, double percentLow,
                         double percentHigh, int rest, Reason reason) {
    }

    private Shape shape(BlockKind block, int variant, int phase) {
        boolean accessory = block == BlockKind.ACCESSORY;
        boolean novice = athlete.novice();
        return switch (specialisation) {
            case MUSCLE_GAIN -> {
                Reason reason = new Reason("dose.hypertrophy", "Hypertrophy: 6-15 reps close to failure (1-3 reps "
                        + "in reserve) builds toward 10 or more hard sets per muscle each week.",
                        Sources.SCHOENFELD_VOLUME_2017);
                if (model == ProgressionModel.DAILY_UNDULATING && !accessory) {
                    yield switch (variant % 3) {
                        case 0 -> new Shape(4, 6, 8, 2, 3, 0, 0, 150, reason);
                        case 1 -> new Shape(4, 8, 12, 1, 2, 0, 0, 120, reason);
                        default -> new Shape(3, 12, 15, 1, 2, 0, 0, 90, reason);
                    };
                }
                yield accessory ? new Shape(3, 10, 15, 1, 2, 0, 0, 75, reason)
                        : new Shape(novice ? 3 : 4, 8, 12, novice ? 2 : 1, 3, 0, 0, 120, reason);
            }
            case STRENGTH, STRENGTH_CONDITIONING -> strengthShape(accessory, variant, phase, novice);
            case GENERAL_FITNESS, WEIGHT_LOSS -> {
                Reason reason = specialisation == Specialisation.WEIGHT_LOSS
                        ? new Reason("dose.weight-loss", "Full-body resistance training preserves muscle while "
                        + "cardio creates the energy deficit; short rests keep the session moving.",
                        Sources.ACSM_WEIGHT_LOSS_2009)
                        : new Reason("dose.general", "2-4 sets of 8-12 reps for each major muscle group, 2-3 days a "
                        + "week, improves strength and health.", Sources.ACSM_QUANTITY_QUALITY_2011);
                int rest = specialisation == Specialisation.WEIGHT_LOSS ? 60 : 90;
                yield accessory ? new Shape(2, 10, 15, 2, 3, 0, 0, rest, reason)
                        : new Shape(novice ? 2 : 3, 8, 12, 2, 3, 0, 0, rest, reason);
            }
            case ENDURANCE -> new Shape(2, 10, 15, 3, 4, 0, 0, 60, new Reason("dose.endurance-strength",
                    "Muscle-strengthening on 2 or more days a week: 2 sets of 10-15 reps at moderate effort.",
                    Sources.PA_GUIDELINES_2018));
            case MOBILITY -> new Shape(2, 8, 12, 3, 4, 0, 0, 60, new Reason("dose.mobility-strength",
                    "Slow, controlled strength through the full range helps new mobility last.",
                    Sources.ACSM_QUANTITY_QUALITY_2011));
            case YOUTH -> new Shape(novice ? 2 : 3, novice ? 8 : 6, novice ? 12 : 10, 3, 4, 0, 0, 90,
                    new Reason("dose.youth-strength", "Youth: 1-3 sets of 6-15 reps with a focus on technique, "
                            + "adding load only when every rep is clean.", Sources.NSCA_YOUTH_2009));
            case SENIOR -> new Shape(2, 10, 15, 3, 4, 0, 0, 90, new Reason("dose.senior-strength",
                    "Older adults: 8-10 exercises for the major muscles, 10-15 reps at moderate effort (5-6 of 10), "
                            + "2 or more days a week.", Sources.ACSM_OLDER_ADULTS_2009));
        };
    }

    private Shape strengthShape(boolean accessory, int variant, int phase, boolean novice) {
        if (accessory) {
            return new Shape(2, 8, 12, 2, 3, 0, 0, 90, new Reason("dose.strength-accessory", "Accessory work: "
                    + "moderate loads for 8-12 reps support the main lifts.", Sources.ACSM_PROGRESSION_2009));
        }
        if (novice || model == ProgressionModel.LINEAR) {
            return new Shape(3, 5, 5, 2, 3, 0, 0, 180, new Reason("dose.strength-novice", "Novice strength: three "
                    + "sets of five on the main lifts, adding a little load every session while every rep stays "
                    + "clean.", Sources.ACSM_PROGRESSION_2009));
        }
        if (model == ProgressionModel.BLOCK) {
            Reason reason = new Reason("dose.strength-block", "Block periodisation: volume first, then heavier "
                    + "and fewer reps, then a peak; each phase builds on the last.", Sources.NSCA_ESSENTIALS_2016);
            return switch (Math.min(phase, 2)) {
                case 0 -> new Shape(4, 6, 8, 2, 3, 70, 75, 150, reason);
                case 1 -> new Shape(4, 3, 5, 2, 3, 80, 85, 180, reason);
                default -> new Shape(3, 2, 3, 1, 2, 85, 90, 240, reason);
            };
        }
        Reason reason = new Reason("dose.strength-undulating", "Daily undulating: heavy, moderate and light days "
                + "each week; strength gains are at least as good as a linear plan.", Sources.RHEA_DUP_2002);
        return switch (variant % 3) {
            case 0 -> new Shape(4, 4, 6, 2, 3, 80, 85, 180, reason);
            case 1 -> new Shape(3, 6, 8, 2, 3, 72.5, 77.5, 150, reason);
            default -> new Shape(3, 8, 10, 2, 3, 65, 70, 120, reason);
        };
    }
}
