package dev.spotter.training.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.spotter.programs.engine.Block;
import dev.spotter.programs.engine.BlockKind;
import dev.spotter.programs.engine.LoadRule;
import dev.spotter.programs.engine.Prescription;
import dev.spotter.science.MassUnit;
import dev.spotter.training.LoadSuggestion;
import dev.spotter.training.LoggedSet;
import dev.spotter.training.Today;
import dev.spotter.training.engine.Cardio;
import dev.spotter.training.engine.Performance;

/**
 * The Today screen's rows: each block of the session with its exercises, and for each exercise the set forms,
 * filled in from the prescription and from what the client did last time, or the set as logged.
 */
final class TodayItems {

    private TodayItems() {
    }

    /** How an exercise is logged: sets of reps (or time or distance) with load, cardio, or mobility ticked off. */
    enum Kind {
        STRENGTH, CARDIO, MOBILITY
    }

    record BlockView(BlockKind kind, List<ItemView> items) {
    }

    record ItemView(Prescription item, Kind kind, String lastTime, List<SetRow> sets, MassUnit unit) {

        public boolean complete() {
            return sets.stream().allMatch(SetRow::logged);
        }
    }

    /**
     * One set: its number and either what was logged or the form's starting values. {@code setId} is new for
     * every form shown, so that a form sent twice (a double tap, a resend) logs one set.
     */
    record SetRow(int number, LoggedSet done, UUID setId, Integer reps, String load, String rpe, Integer seconds,
                  String minutes, String km, MassUnit unit) {

        public boolean logged() {
            return done != null;
        }

        /** "10 x 40 kg · RPE 8", "20 min · 3.2 km · 142 bpm", "Done". */
        public String summary() {
            List<String> parts = new ArrayList<>();
            if (done.reps() != null) {
                parts.add(done.reps() + (done.loadKg() != null && done.loadKg().signum() > 0
                        ? " x " + Performance.load(done.loadKg(), unit) : " reps"));
            }
            if (done.seconds() != null) {
                parts.add(Performance.duration(done.seconds()));
            }
            if (done.metres() != null) {
                parts.add(Performance.distance(done.metres()));
            }
            if (done.avgHr() != null) {
                parts.add(done.avgHr() + " bpm");
            }
            if (done.rpe() != null) {
                parts.add("RPE " + done.rpe().stripTrailingZeros().toPlainString());
            }
            if (done.rir() != null) {
                parts.add(done.rir() + " in reserve");
            }
            return parts.isEmpty() ? "Done" : String.join(" · ", parts);
        }
    }

    static List<BlockView> of(Today today) {
        MassUnit unit = today.unit();
        List<BlockView> blocks = new ArrayList<>();
        for (Block block : today.session().blocks()) {
            List<ItemView> items = new ArrayList<>();
            for (Prescription item : block.items()) {
                Kind kind = kind(block.kind(), item.load());
                int count = kind == Kind.MOBILITY ? 1 : item.sets();
                List<SetRow> rows = new ArrayList<>();
                for (int number = 1; number <= count; number++) {
                    rows.add(row(today, item, kind, number));
                }
                items.add(new ItemView(item, kind, today.lastTime(item.exerciseId()), rows, unit));
            }
            blocks.add(new BlockView(block.kind(), items));
        }
        return blocks;
    }

    /** Cardio as {@link Cardio} tells it (a rower in the warm-up too), else by block. */
    static Kind kind(BlockKind block, LoadRule load) {
        if (Cardio.is(block, load)) {
            return Kind.CARDIO;
        }
        return switch (block) {
            case WARM_UP, MOBILITY, COOL_DOWN -> Kind.MOBILITY;
            default -> Kind.STRENGTH;
        };
    }

    private static SetRow row(Today today, Prescription item, Kind kind, int number) {
        LoggedSet done = today.logged(item, number);
        LoggedSet before = today.previous(item.exerciseId(), number);
        var dose = item.dose();
        Integer reps = before != null && before.reps() != null ? before.reps() : dose.repsLow();
        LoadSuggestion suggestion = today.suggestion(item.slot());
        String load = before != null && before.loadKg() != null
                ? plain(LoadSuggestion.amount(before.loadKg().doubleValue(), today.unit())) : null;
        if (suggestion != null) {
            load = plain(suggestion.amount());
            reps = switch (suggestion.rule()) {
                case ADD_LOAD, DELOAD, REDUCE_LOAD -> dose.repsLow() != null ? dose.repsLow() : reps;
                case RPE_CHART -> dose.repsHigh() != null ? dose.repsHigh() : reps;
                case HOLD_LOAD -> reps;
            };
        }
        Integer seconds = dose.seconds();
        String minutes = kind == Kind.CARDIO && dose.seconds() != null ? plain(BigDecimal.valueOf(dose.seconds())
                .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)) : null;
        String km = kind == Kind.CARDIO && dose.metres() != null ? plain(BigDecimal.valueOf(dose.metres())
                .movePointLeft(3)) : null;
        return new SetRow(number, done, UUID.randomUUID(), reps, load, rpe(item.load()), seconds, minutes, km,
                today.unit());
    }

    /**
     * The RPE a prescription aims at on the 1-10 scale: reps in reserve read as 10 minus RIR (Zourdos et al.,
     * 2016, J Strength Cond Res 30(1):267-275), the middle of the range in half steps.
     */
    static String rpe(LoadRule load) {
        if (!load.kind().repsInReserve() || load.low() == null) {
            return null;
        }
        double middle = (load.low() + (load.high() == null ? load.low() : load.high())) / 2;
        double rpe = Math.max(1, Math.min(10, Math.round((10 - middle) * 2) / 2.0));
        return plain(BigDecimal.valueOf(rpe));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
