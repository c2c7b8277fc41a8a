package dev.spotter.programs.engine;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import dev.spotter.clients.Experience;
import dev.spotter.clients.IntensityCeiling;
import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.Labelled;
import dev.spotter.exercises.Level;
import dev.spotter.exercises.Modality;
import dev.spotter.exercises.Muscle;
import dev.spotter.exercises.Pattern;
import dev.spotter.exercises.SafetyTag;
import dev.spotter.programs.engine.Finding.Severity;

/**
 * Judges any program, generated or edited by a trainer, against a client and the published guidance, working out
 * every fact about an exercise from the library rather than trusting what the program says about it.
 */
public final class ProgramChecker {

    /** Modalities whose sets count as resistance work for volume and movement patterns. */
    private static final Set<Modality> RESISTANCE = EnumSet.of(Modality.STRENGTH, Modality.POWER,
            Modality.PLYOMETRIC);
    /** The blocks that carry a program's main work; mobility and balance are the main work of their programs. */
    private static final Set<BlockKind> PROGRESSING = EnumSet.of(BlockKind.STRENGTH, BlockKind.POWER,
            BlockKind.CONDITIONING, BlockKind.MOBILITY, BlockKind.BALANCE);
    private static final List<String> GROUPS = VolumeRange.MAJOR_GROUPS.keySet().stream().sorted().toList();

    // A deload every 4-6 weeks, so never more than five hard weeks in a row (Sources.DELOAD_BELL_2023).
    private static final int MAX_WEEKS_WITHOUT_DELOAD = 5;
    private static final int WEEKS_THAT_NEED_A_DELOAD = 6;
    // 150 moderate minutes of aerobic activity a week, a vigorous minute counting as two (Sources.PA_GUIDELINES_2018).
    private static final int WEEKLY_AEROBIC_MINUTES = 150;
    // Vigorous starts at 60 % of heart-rate reserve or RPE 14 (Sources.ACSM_QUANTITY_QUALITY_2011, Table 4).
    private static final double VIGOROUS_HEART_RATE_RESERVE = 60;
    private static final double VIGOROUS_RPE = 14;
    // Youth lifts stay submaximal: sets of at least 6 reps under an external load (Sources.NSCA_YOUTH_2009).
    private static final int YOUTH_MIN_REPS_UNDER_LOAD = 6;
    // Balance work on at least two days a week for older adults (Sources.ACSM_OLDER_ADULTS_2009,
    // Sources.FALLS_SHERRINGTON_2019); muscle strengthening on at least two days for adults (PA_GUIDELINES_2018).
    private static final int MIN_BALANCE_SESSIONS = 2;
    private static final int MIN_STRENGTH_SESSIONS = 2;
    private static final double SESSION_TOLERANCE = 0.10;

    private final Map<String, Facts> facts = new HashMap<>();
    private final Map<MajorPattern, List<Exercise>> byMajorPattern = new EnumMap<>(MajorPattern.class);

    /** Reads the library once; the checker keeps no state between checks, so one can serve every request. */
    public ProgramChecker(Collection<Exercise> library) {
        for (Exercise exercise : library) {
            facts.put(exercise.id(), Facts.of(exercise));
        }
        for (Facts known : facts.values()) {
            // A missing pattern is excused only when no strength exercise for it is safe: a jump is not a squat.
            if (known.resistance() && known.major() != null
                    && known.exercise().modality() == Modality.STRENGTH) {
                byMajorPattern.computeIfAbsent(known.major(), pattern -> new ArrayList<>()).add(known.exercise());
            }
        }
    }

    /** Every finding about the program for this athlete, each repeated finding reported once. */
    public CheckReport check(Program program, Athlete athlete) {
        return new Review(program, athlete).run();
    }

    /** The movements a balanced week trains, each met by one or more library patterns. */
    private enum MajorPattern {
        SQUAT("squat"), HINGE("hinge"), SINGLE_LEG("single-leg"), PUSH("push"), PULL("pull"), CORE("core");

        private final String label;

        MajorPattern(String label) {
            this.label = label;
        }

        static MajorPattern of(Pattern pattern) {
            if (pattern == null) {
                return null;
            }
            return switch (pattern) {
                case SQUAT -> SQUAT;
                case HINGE -> HINGE;
                case LUNGE -> SINGLE_LEG;
                case HORIZONTAL_PUSH, VERTICAL_PUSH -> PUSH;
                case HORIZONTAL_PULL, VERTICAL_PULL -> PULL;
                case CORE, ROTATION, CARRY -> CORE;
                default -> null;
            };
        }
    }

    /** What the checker needs to know about a library exercise, worked out once. */
    private record Facts(Exercise exercise, MajorPattern major, boolean[] groups, boolean resistance) {

        static Facts of(Exercise exercise) {
            boolean[] groups = new boolean[GROUPS.size()];
            for (int i = 0; i < groups.length; i++) {
                Set<Muscle> group = VolumeRange.MAJOR_GROUPS.get(GROUPS.get(i));
                for (Muscle muscle : exercise.primary()) {
                    groups[i] |= group.contains(muscle);
                }
            }
            return new Facts(exercise, MajorPattern.of(exercise.pattern()), groups,
                    RESISTANCE.contains(exercise.modality()));
        }

        boolean modality(Modality modality) {
            return exercise.modality() == modality;
        }
    }

    /** How an exercise sits with this athlete: each reason it is unsafe or unsuitable. */
    private record Fit(Set<SafetyTag> conflicts, boolean unreviewed, boolean painful, List<Equipment> missing,
                       boolean aboveLevel) {

        boolean safe() {
            return conflicts.isEmpty() && !unreviewed && !painful && missing.isEmpty() && !aboveLevel;
        }
    }

    /** The totals of one week that the weekly rules read. */
    private record WeekTally(Week week, int[] groupSets, Set<MajorPattern> patterns, int balanceSessions,
                             int strengthSessions, double aerobicMinutes, int hardSets) {
    }

    /** A prescription's place from week to week: its session's position in the week and its slot. */
    private record Slot(int session, String name) {
    }

    /** Where a prescription sits, put into words only when a finding needs them. */
    private record Spot(Week week, int index, Session session, Prescription item, String name) {

        String what() {
            return where(index, session) + ", " + item.slot() + ": " + name;
        }
    }

    /** One check of one program for one athlete. */
    private final class Review {

        private final Program program;
        private final Athlete athlete;
        private final List<Week> weeks;
        private final IntensityCeiling ceiling;
        private final IntensityLimits limits;
        private final Level level;
        private final Findings findings = new Findings();
        private final Map<String, Fit> fits = new HashMap<>();
        private final Map<MajorPattern, Boolean> safeExists = new EnumMap<>(MajorPattern.class);

        Review(Program program, Athlete athlete) {
            this.program = program;
            this.athlete = athlete;
            this.weeks = program.weeks();
            // An unknown ceiling is the cautious default: light to moderate until screening says otherwise.
            this.ceiling = athlete.ceiling() == null ? IntensityCeiling.LIGHT_TO_MODERATE : athlete.ceiling();
            this.limits = IntensityLimits.of(ceiling);
            this.level = levelOf(athlete.experience());
        }

        CheckReport run() {
            clearance();
            if (weeks.isEmpty()) {
                findings.add(Finding.error("program.empty", "The program has no weeks."));
                return findings.report();
            }
            List<WeekTally> tallies = new ArrayList<>(weeks.size());
            for (Week week : weeks) {
                schedule(week);
                List<Session> sessions = week.sessions();
                for (int i = 0; i < sessions.size(); i++) {
                    session(week, i + 1, sessions.get(i));
                }
                WeekTally tally = tally(week);
                volume(tally);
                patternCoverage(tally);
                seniorBalance(tally);
                strengthDays(tally);
                cardioMinutes(tally);
                tallies.add(tally);
            }
            progression();
            deloads(tallies);
            return findings.report();
        }

        private void session(Week week, int index, Session session) {
            if (session.blocks().stream().allMatch(block -> block.items().isEmpty())) {
                findings.recur(Severity.ERROR, "session.empty", week.number(), index, null, "",
                        detail -> where(index, session) + " has no exercises");
                return;
            }
            warmUp(week, index, session);
            duration(week, index, session);
            for (Block block : session.blocks()) {
                for (Prescription item : block.items()) {
                    prescription(week, index, session, item);
                }
            }
        }

        private void prescription(Week week, int index, Session session, Prescription item) {
            Facts known = facts.get(item.exerciseId());
            Spot spot = new Spot(week, index, session, item, known == null ? unknownName(item)
                    : known.exercise().name());
            intensityCeiling(spot);
            youthMaximal(spot);
            if (known == null) {
                recur(Severity.ERROR, "exercise.unknown", spot, detail -> spot.what() + " is not in the exercise "
                        + "library, so nothing about its safety can be checked");
                return;
            }
            Exercise exercise = known.exercise();
            Fit fit = fit(exercise);
            contraindicated(spot, fit);
            unreviewed(spot, fit);
            painful(spot, exercise, fit);
            equipment(spot, fit);
            level(spot, exercise, fit);
            disliked(spot);
        }

        /** Notes a finding about a prescription, to be reported once for its slot with the weeks it recurs in. */
        private Recurrence recur(Severity severity, String rule, Spot spot, Function<String, String> wording) {
            return findings.recur(severity, rule, spot.week().number(), spot.index(), spot.item().slot(),
                    spot.item().exerciseId(), wording);
        }

        // ------------------------------------------------------------------ safety of each exercise

        private void contraindicated(Spot spot, Fit fit) {
            if (!fit.conflicts().isEmpty()) {
                recur(Severity.ERROR, "safety.contraindicated", spot, detail -> spot.what() + " involves "
                        + inWords(fit.conflicts()) + ", which this client must avoid");
            }
        }

        /** An exercise whose tags nobody has checked may hide exactly what the client must avoid. */
        private void unreviewed(Spot spot, Fit fit) {
            if (fit.unreviewed()) {
                recur(Severity.ERROR, "safety.unreviewed", spot, detail -> spot.what() + " has safety tags nobody "
                        + "has reviewed, so it cannot be cleared against what this client must avoid: "
                        + inWords(EnumSet.copyOf(athlete.avoid())));
            }
        }

        private void painful(Spot spot, Exercise exercise, Fit fit) {
            if (fit.painful()) {
                recur(Severity.ERROR, "safety.painful", spot, detail -> spot.what() + " is a "
                        + lower(exercise.pattern()) + " movement, which is painful for this client");
            }
        }

        private void equipment(Spot spot, Fit fit) {
            if (!fit.missing().isEmpty()) {
                recur(Severity.ERROR, "safety.equipment", spot, detail -> spot.what() + " needs "
                        + inWords(fit.missing()) + ", which this client does not have");
            }
        }

        private void level(Spot spot, Exercise exercise, Fit fit) {
            if (fit.aboveLevel()) {
                recur(Severity.WARNING, "safety.level", spot, detail -> spot.what() + " is "
                        + withArticle(lower(exercise.level())) + " exercise, above this client's " + lower(level)
                        + " level");
            }
        }

        private void disliked(Spot spot) {
            if (athlete.disliked().contains(spot.item().exerciseId())) {
                recur(Severity.WARNING, "preference.disliked", spot, detail -> spot.what() + " is an exercise this "
                        + "client dislikes; a substitute they enjoy is more likely to be done");
            }
        }

        // ------------------------------------------------------------------ clearance and intensity

        private void clearance() {
            boolean blocked = athlete.clearance() != null && athlete.clearance().blocksTraining();
            if (blocked || ceiling == IntensityCeiling.NONE) {
                String why = blocked ? athlete.clearance().label() : ceiling.label();
                findings.add(Finding.error("clearance.blocked", "No exercise until a clinician clears the client ("
                        + lower(why) + "), so this program cannot be used yet."));
            }
        }

        /** Judged against the athlete's ceiling today, never the one the program was written under. */
        private void intensityCeiling(Spot spot) {
            // A ceiling of NONE allows nothing; the clearance finding already says so once for the program.
            LoadRule load = spot.item().load();
            if (ceiling == IntensityCeiling.NONE || limits.allows(load)) {
                return;
            }
            findings.recur(Severity.ERROR, "intensity.ceiling", spot.week().number(), spot.index(),
                    spot.item().slot(), spot.item().exerciseId() + "/" + load.kind(), detail -> spot.what()
                            + " asks for " + detail + ", beyond what this client's ceiling (" + lower(ceiling.label())
                            + ") allows: " + limits.describeLimit(load.kind()))
                    .text(load.describe());
        }

        /** Young athletes never lift maximally (Sources.NSCA_YOUTH_2009). */
        private void youthMaximal(Spot spot) {
            if (!athlete.youth() && program.specialisation() != Specialisation.YOUTH) {
                return;
            }
            Prescription item = spot.item();
            LoadRule load = item.load();
            List<String> reasons = new ArrayList<>(3);
            if (load.kind() == LoadRule.Kind.PERCENT_1RM && load.hardest() != null
                    && load.hardest() > IntensityLimits.YOUTH_MAX_PERCENT_1RM) {
                reasons.add("more than " + (int) IntensityLimits.YOUTH_MAX_PERCENT_1RM + " % 1RM");
            }
            if (load.kind().repsInReserve() && load.low() != null && load.low() < IntensityLimits.YOUTH_MIN_RIR) {
                reasons.add("fewer than " + (int) IntensityLimits.YOUTH_MIN_RIR + " reps in reserve");
            }
            boolean externalLoad = load.kind() == LoadRule.Kind.PERCENT_1RM || load.kind() == LoadRule.Kind.RIR;
            if (externalLoad && item.dose().byReps() && item.dose().repsLow() < YOUTH_MIN_REPS_UNDER_LOAD) {
                reasons.add("sets of fewer than " + YOUTH_MIN_REPS_UNDER_LOAD + " reps under an external load");
            }
            if (!reasons.isEmpty()) {
                String why = String.join(" and ", reasons);
                findings.recur(Severity.ERROR, "youth.maximal", spot.week().number(), spot.index(), item.slot(),
                        item.exerciseId() + "/" + why, detail -> spot.what() + " asks a young athlete for " + why
                                + "; youth training stays submaximal");
            }
        }

        // ------------------------------------------------------------------ sessions and schedule

        private void warmUp(Week week, int index, Session session) {
            boolean warmedUp = session.blocks().stream()
                    .anyMatch(block -> block.kind() == BlockKind.WARM_UP && !block.items().isEmpty());
            if (!warmedUp) {
                // Warming up improves performance in most studies (Sources.WARM_UP_FRADKIN_2010).
                findings.recur(Severity.WARNING, "warmup.missing", week.number(), index, null, "",
                        detail -> where(index, session) + " has no warm-up");
            }
        }

        private void duration(Week week, int index, Session session) {
            int wanted = athlete.minutesPerSession() != null ? athlete.minutesPerSession()
                    : program.minutesPerSession();
            if (wanted <= 0) {
                return;
            }
            int seconds = SessionClock.seconds(session);
            double shortest = (1 - SESSION_TOLERANCE) * wanted * 60;
            double longest = (1 + SESSION_TOLERANCE) * wanted * 60;
            // A deload session is meant to be shorter; only running over the client's time matters then.
            boolean tooShort = seconds < shortest && !week.deload();
            if (tooShort || seconds > longest) {
                findings.recur(Severity.ERROR, "duration.session", week.number(), index, null, "",
                        detail -> where(index, session) + " takes about " + detail + " min; the client has "
                                + wanted + ", and " + (int) Math.ceil(shortest / 60) + "-"
                                + (int) Math.floor(longest / 60) + " is allowed")
                        .number((int) Math.round(seconds / 60.0));
            }
        }

        private void schedule(Week week) {
            Map<Integer, List<Integer>> byDay = new LinkedHashMap<>();
            List<Session> sessions = week.sessions();
            for (int i = 0; i < sessions.size(); i++) {
                byDay.computeIfAbsent(sessions.get(i).day(), day -> new ArrayList<>(2)).add(i + 1);
            }
            if (byDay.size() == 7) {
                findings.recur(Severity.ERROR, "schedule.rest-day", week.number(), null, null, "",
                        detail -> "Sessions fall on all seven days of the week, leaving no day to recover");
            }
            byDay.forEach((day, indexes) -> {
                if (indexes.size() > 1) {
                    findings.recur(Severity.WARNING, "schedule.same-day", week.number(), indexes.get(0), null,
                            day + "/" + indexes, detail -> "Sessions " + inWords(indexes)
                                    + (indexes.size() == 2 ? " both" : " all") + " fall on " + weekday(day));
                }
            });
        }

        // ------------------------------------------------------------------ each week as a whole

        private WeekTally tally(Week week) {
            int[] groupSets = new int[GROUPS.size()];
            Set<MajorPattern> patterns = EnumSet.noneOf(MajorPattern.class);
            int balanceSessions = 0;
            int strengthSessions = 0;
            int hardSets = 0;
            double aerobicMinutes = 0;
            for (Session session : week.sessions()) {
                boolean balance = false;
                boolean strength = false;
                for (Block block : session.blocks()) {
                    boolean hard = block.kind().countsAsHardSets();
                    for (Prescription item : block.items()) {
                        strength |= block.kind() == BlockKind.STRENGTH;
                        hardSets += hard ? item.sets() : 0;
                        Facts known = facts.get(item.exerciseId());
                        if (known == null) {
                            continue;
                        }
                        if (known.resistance()) {
                            if (known.major() != null) {
                                patterns.add(known.major());
                            }
                            for (int g = 0; hard && g < groupSets.length; g++) {
                                groupSets[g] += known.groups()[g] ? item.sets() : 0;
                            }
                        }
                        balance |= known.modality(Modality.BALANCE);
                        aerobicMinutes += known.modality(Modality.CARDIO) ? moderateMinutes(item) : 0;
                    }
                }
                balanceSessions += balance ? 1 : 0;
                strengthSessions += strength ? 1 : 0;
            }
            return new WeekTally(week, groupSets, patterns, balanceSessions, strengthSessions, aerobicMinutes,
                    hardSets);
        }

        private void volume(WeekTally tally) {
            Specialisation specialisation = program.specialisation();
            VolumeRange range = VolumeRange.of(specialisation);
            String aim = range.min() + "-" + range.max() + " range for " + lower(specialisation.label());
            for (int g = 0; g < GROUPS.size(); g++) {
                String group = GROUPS.get(g);
                int sets = tally.groupSets()[g];
                if (sets > range.max()) {
                    // The top of the range holds in every week, deload or not (each range cites its source).
                    findings.recur(Severity.ERROR, "volume.above", tally.week().number(), null, null, group,
                            detail -> group + ": " + detail + " hard sets a week, more than the " + range.max()
                                    + " at the top of the " + aim).number(sets);
                } else if (sets < range.min() && !tally.week().deload()) {
                    findings.recur(Severity.WARNING, "volume.below", tally.week().number(), null, null, group,
                            detail -> group + ": " + detail + " hard sets a week, under the " + aim
                                    + "; more days or minutes would let the program reach it").number(sets);
                }
            }
        }

        /**
         * Every ordinary week trains the major movements, as the ACSM recommends multi-joint exercises for all the
         * major muscle groups (Sources.ACSM_QUANTITY_QUALITY_2011). A movement no library exercise lets this client
         * do safely is only a warning: the checker cannot ask for the impossible.
         */
        private void patternCoverage(WeekTally tally) {
            if (tally.week().deload()) {
                return;
            }
            Specialisation specialisation = program.specialisation();
            boolean required = specialisation == Specialisation.GENERAL_FITNESS
                    || specialisation == Specialisation.WEIGHT_LOSS;
            for (MajorPattern pattern : MajorPattern.values()) {
                if (tally.patterns().contains(pattern)) {
                    continue;
                }
                if (!safeExists(pattern)) {
                    findings.recur(Severity.WARNING, "patterns.coverage", tally.week().number(), null, null,
                            pattern.name(), detail -> "No " + pattern.label + " exercise is trained, but no exercise "
                                    + "in the library is safe for this client for that pattern, given what they "
                                    + "must avoid, their equipment, painful movements and level");
                } else {
                    findings.recur(required ? Severity.ERROR : Severity.WARNING, "patterns.coverage",
                            tally.week().number(), null, null, pattern.name(), detail -> "No " + pattern.label
                                    + " exercise is trained; each week should work squat, hinge, single-leg, push, "
                                    + "pull and core");
                }
            }
        }

        private void seniorBalance(WeekTally tally) {
            if (!athlete.senior() && program.specialisation() != Specialisation.SENIOR) {
                return;
            }
            if (tally.balanceSessions() < MIN_BALANCE_SESSIONS) {
                findings.recur(Severity.ERROR, "senior.balance", tally.week().number(), null, null, "",
                        detail -> "Balance exercises appear in " + sessions(detail) + " a week; older adults need "
                                + "balance training on at least " + MIN_BALANCE_SESSIONS + " days to prevent falls")
                        .number(tally.balanceSessions());
            }
        }

        private void strengthDays(WeekTally tally) {
            if (tally.week().deload() || program.specialisation() == Specialisation.MOBILITY) {
                return;
            }
            if (tally.strengthSessions() < MIN_STRENGTH_SESSIONS) {
                findings.recur(Severity.WARNING, "strength.days", tally.week().number(), null, null, "",
                        detail -> "Main strength work appears in " + sessions(detail) + " a week; adults need "
                                + "muscle-strengthening activity on at least " + MIN_STRENGTH_SESSIONS + " days")
                        .number(tally.strengthSessions());
            }
        }

        private void cardioMinutes(WeekTally tally) {
            Specialisation specialisation = program.specialisation();
            boolean aerobicGoal = specialisation == Specialisation.ENDURANCE
                    || specialisation == Specialisation.WEIGHT_LOSS
                    || specialisation == Specialisation.GENERAL_FITNESS;
            if (!aerobicGoal || tally.week().deload() || tally.aerobicMinutes() >= WEEKLY_AEROBIC_MINUTES) {
                return;
            }
            findings.recur(Severity.WARNING, "cardio.minutes", tally.week().number(), null, null, "",
                    detail -> "The week has about " + detail + " minutes of aerobic exercise (a vigorous minute "
                            + "counts as two); the guideline is at least " + WEEKLY_AEROBIC_MINUTES
                            + " moderate minutes a week").number((int) Math.floor(tally.aerobicMinutes()));
        }

        // ------------------------------------------------------------------ over the weeks

        /** Each phase must ask for a little more week on week: progressive overload (Sources.ACSM_PROGRESSION_2009). */
        private void progression() {
            boolean anyPhaseCanProgress = false;
            for (Phase phase : program.phases()) {
                List<Week> ordinary = phase.weeks().stream().filter(week -> !week.deload()).toList();
                if (ordinary.size() < 2) {
                    continue;
                }
                anyPhaseCanProgress = true;
                List<String> stalls = new ArrayList<>();
                Integer firstStall = null;
                for (int i = 1; i < ordinary.size(); i++) {
                    Week before = ordinary.get(i - 1);
                    Week after = ordinary.get(i);
                    if (!progresses(before, after)) {
                        stalls.add("week " + before.number() + " to week " + after.number());
                        firstStall = firstStall == null ? before.number() : firstStall;
                    }
                }
                if (!stalls.isEmpty()) {
                    findings.add(Finding.error("progression.missing", "In phase " + phase.name() + ", nothing in the "
                            + "main strength, power, conditioning, mobility or balance blocks gets harder from "
                            + String.join(", or from ", stalls) + "; add a set, reps, time, distance or load so the "
                            + "client keeps adapting.")
                            .at(firstStall, null, null));
                }
            }
            if (!anyPhaseCanProgress) {
                findings.add(Finding.warning("progression.too-short", "No phase has two ordinary (non-deload) "
                        + "weeks, so the program is too short to show any progression."));
            }
        }

        /** Whether any prescription of the main work asks for more than the same slot before. */
        private boolean progresses(Week before, Week after) {
            Map<Slot, Prescription> earlier = new HashMap<>();
            List<Session> sessions = before.sessions();
            for (int i = 0; i < sessions.size(); i++) {
                for (Block block : sessions.get(i).blocks()) {
                    for (Prescription item : block.items()) {
                        earlier.put(new Slot(i + 1, item.slot()), item);
                    }
                }
            }
            sessions = after.sessions();
            for (int i = 0; i < sessions.size(); i++) {
                for (Block block : sessions.get(i).blocks()) {
                    if (!PROGRESSING.contains(block.kind())) {
                        continue;
                    }
                    for (Prescription item : block.items()) {
                        Prescription previous = earlier.get(new Slot(i + 1, item.slot()));
                        if (previous != null && harder(previous, item)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /**
         * Whether the later prescription asks for more: the same exercise with more sets, reps, time, distance or
         * load, or a move to one of the exercise's progressions or a harder level.
         */
        private boolean harder(Prescription before, Prescription after) {
            if (!before.exerciseId().equals(after.exerciseId())) {
                Facts was = facts.get(before.exerciseId());
                Facts now = facts.get(after.exerciseId());
                return was != null && now != null
                        && (was.exercise().progressions().contains(after.exerciseId())
                        || was.exercise().level() != null && now.exercise().level() != null
                        && now.exercise().level().compareTo(was.exercise().level()) > 0);
            }
            Dose a = before.dose();
            Dose b = after.dose();
            return after.sets() > before.sets()
                    || a.byReps() && b.byReps() && (b.repsLow() > a.repsLow() || b.repsHigh() > a.repsHigh())
                    || a.seconds() != null && b.seconds() != null && b.seconds() > a.seconds()
                    || a.metres() != null && b.metres() != null && b.metres() > a.metres()
                    || heavier(before.load(), after.load());
        }

        private void deloads(List<WeekTally> tallies) {
            boolean anyDeload = weeks.stream().anyMatch(Week::deload);
            if (!anyDeload && weeks.size() >= WEEKS_THAT_NEED_A_DELOAD) {
                findings.add(Finding.error("deload.missing", "The program runs " + weeks.size() + " weeks with no "
                        + "deload week; plan a lighter week every 4-6 weeks.").at(weeks.get(0).number(), null, null));
            } else {
                lateDeloads();
            }
            deloadsLighter(tallies);
        }

        /** Reports each run of more than five hard weeks once, at the week the deload was due. */
        private void lateDeloads() {
            int runStart = 0;
            for (int i = 0; i <= weeks.size(); i++) {
                if (i < weeks.size() && !weeks.get(i).deload()) {
                    continue;
                }
                int length = i - runStart;
                if (length > MAX_WEEKS_WITHOUT_DELOAD) {
                    Week due = weeks.get(runStart + MAX_WEEKS_WITHOUT_DELOAD);
                    findings.add(Finding.error("deload.late", "Weeks " + weeks.get(runStart).number() + "-"
                            + weeks.get(i - 1).number() + " go " + length + " weeks without a deload; week "
                            + due.number() + " should be a lighter week, as deloads come every 4-6 weeks.")
                            .at(due.number(), null, null));
                }
                runStart = i + 1;
            }
        }

        private void deloadsLighter(List<WeekTally> tallies) {
            WeekTally lastOrdinary = null;
            for (WeekTally tally : tallies) {
                if (!tally.week().deload()) {
                    lastOrdinary = tally;
                } else if (lastOrdinary != null && lastOrdinary.hardSets() > 0
                        && tally.hardSets() >= lastOrdinary.hardSets()) {
                    findings.add(Finding.error("deload.not-lighter", "Deload week " + tally.week().number() + " has "
                            + tally.hardSets() + " hard sets, no fewer than the " + lastOrdinary.hardSets()
                            + " in week " + lastOrdinary.week().number() + "; a deload should be clearly lighter.")
                            .at(tally.week().number(), null, null));
                }
            }
        }

        // ------------------------------------------------------------------ what the rules share

        private Fit fit(Exercise exercise) {
            return fits.computeIfAbsent(exercise.id(), id -> judge(exercise));
        }

        private Fit judge(Exercise exercise) {
            Set<SafetyTag> conflicts = EnumSet.noneOf(SafetyTag.class);
            for (SafetyTag tag : exercise.tags()) {
                if (athlete.avoid().contains(tag)) {
                    conflicts.add(tag);
                }
            }
            boolean unreviewed = !athlete.avoid().isEmpty() && !exercise.tagsReviewed();
            boolean painful = exercise.pattern() != null && athlete.painful().contains(exercise.pattern());
            List<Equipment> missing = athlete.equipment() == null || exercise.feasibleWith(athlete.equipment())
                    ? List.of()
                    : exercise.equipment().stream()
                            .filter(item -> item != Equipment.NONE && !athlete.equipment().contains(item))
                            .sorted().toList();
            boolean aboveLevel = exercise.level() != null && exercise.level().compareTo(level) > 0;
            return new Fit(conflicts, unreviewed, painful, missing, aboveLevel);
        }

        private boolean safeExists(MajorPattern pattern) {
            return safeExists.computeIfAbsent(pattern, wanted -> byMajorPattern.getOrDefault(wanted, List.of())
                    .stream().anyMatch(exercise -> fit(exercise).safe()));
        }
    }

    /** Moderate-equivalent minutes of a cardio prescription: a vigorous minute counts as two. */
    private static double moderateMinutes(Prescription item) {
        if (item.dose().seconds() == null) {
            return 0;
        }
        double minutes = item.sets() * item.dose().seconds() / 60.0;
        return vigorous(item.load()) ? 2 * minutes : minutes;
    }

    private static boolean vigorous(LoadRule load) {
        Double hardest = load.hardest();
        return hardest != null && (load.kind() == LoadRule.Kind.HEART_RATE_RESERVE
                && hardest >= VIGOROUS_HEART_RATE_RESERVE || load.kind() == LoadRule.Kind.RPE
                && hardest >= VIGOROUS_RPE);
    }

    /** Whether a load asks for more: fewer reps in reserve, or a higher per cent, heart rate, RPE or MET. */
    private static boolean heavier(LoadRule before, LoadRule after) {
        if (before.kind() != after.kind() || before.kind() == LoadRule.Kind.HOLD) {
            return false;
        }
        if (before.kind().repsInReserve()) {
            return above(before.low(), after.low());
        }
        return above(after.hardest(), before.hardest()) || above(after.low(), before.low());
    }

    private static boolean above(Double value, Double other) {
        return value != null && other != null && value > other;
    }

    private static Level levelOf(Experience experience) {
        return experience == null ? Level.BEGINNER : experience.level();
    }

    private static String unknownName(Prescription item) {
        return item.exerciseName() == null || item.exerciseName().isBlank() ? "Exercise \"" + item.exerciseId()
                + "\"" : item.exerciseName() + " (\"" + item.exerciseId() + "\")";
    }

    private static String sessions(String count) {
        return count + ("1".equals(count) ? " session" : " sessions");
    }

    private static String where(int index, Session session) {
        return "Session " + index + " (" + session.name() + ", " + weekday(session.day()) + ")";
    }

    private static String weekday(int day) {
        return DayOfWeek.of(day).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String lower(Labelled value) {
        return lower(value.label());
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static String withArticle(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    /** "a", "a and b", "a, b and c", in lower case for labelled values. */
    private static String inWords(Collection<?> items) {
        List<String> words = items.stream()
                .map(item -> item instanceof Labelled labelled ? lower(labelled) : String.valueOf(item))
                .toList();
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /**
     * Findings as they are reported: those that recur in many weeks for the same place are gathered into one,
     * located at the first week, that lists the weeks.
     */
    private static final class Findings {

        private final List<Finding> once = new ArrayList<>();
        private final Map<Key, Recurrence> recurring = new LinkedHashMap<>();

        private record Key(String rule, Integer session, String slot, String subject) {
        }

        void add(Finding finding) {
            once.add(finding);
        }

        /** Notes a finding in a week; the wording of its first week is kept, given the detail across weeks. */
        Recurrence recur(Severity severity, String rule, int week, Integer session, String slot, String subject,
                         Function<String, String> wording) {
            Recurrence recurrence = recurring.computeIfAbsent(new Key(rule, session, slot, subject),
                    key -> new Recurrence(severity, rule, week, session, slot, wording));
            recurrence.seenIn(week);
            return recurrence;
        }

        CheckReport report() {
            List<Finding> all = new ArrayList<>(once.size() + recurring.size());
            all.addAll(once);
            for (Recurrence recurrence : recurring.values()) {
                all.add(recurrence.finding());
            }
            return new CheckReport(all);
        }
    }

    /** One finding seen in one or more weeks, with the range of the number or text that varies between them. */
    private static final class Recurrence {

        private final Severity severity;
        private final String rule;
        private final int firstWeek;
        private final Integer session;
        private final String slot;
        private final Function<String, String> wording;
        private final TreeSet<Integer> weeks = new TreeSet<>();
        private int least = Integer.MAX_VALUE;
        private int most = Integer.MIN_VALUE;
        private String firstText;
        private String lastText;

        Recurrence(Severity severity, String rule, int firstWeek, Integer session, String slot,
                   Function<String, String> wording) {
            this.severity = severity;
            this.rule = rule;
            this.firstWeek = firstWeek;
            this.session = session;
            this.slot = slot;
            this.wording = wording;
        }

        void seenIn(int week) {
            weeks.add(week);
        }

        /** Notes this week's number, such as a set count or minutes, to report their range. */
        void number(int value) {
            least = Math.min(least, value);
            most = Math.max(most, value);
        }

        /** Notes this week's wording of what varies, such as a load, to report the first and the last. */
        void text(String value) {
            firstText = firstText == null ? value : firstText;
            lastText = value;
        }

        Finding finding() {
            return new Finding(severity, rule, wording.apply(detail()) + " (" + weeksInWords() + ").", firstWeek,
                    session, slot);
        }

        private String detail() {
            if (firstText != null) {
                return firstText.equals(lastText) ? firstText : firstText + " to " + lastText;
            }
            if (least == Integer.MAX_VALUE) {
                return "";
            }
            return least == most ? String.valueOf(least) : least + "-" + most;
        }

        /** "week 3", "weeks 1-12", "weeks 1-3, 5-7 and 9". */
        private String weeksInWords() {
            List<String> runs = new ArrayList<>();
            int start = weeks.first();
            int previous = start;
            for (int week : weeks.tailSet(start, false)) {
                if (week != previous + 1) {
                    runs.add(run(start, previous));
                    start = week;
                }
                previous = week;
            }
            runs.add(run(start, previous));
            return (weeks.size() == 1 ? "week " : "weeks ") + inWords(runs);
        }

        private static String run(int first, int last) {
            return first == last ? String.valueOf(first) : first + "-" + last;
        }
    }
}
