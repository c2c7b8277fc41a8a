package dev.spotter.training.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.spotter.science.MassUnit;
import dev.spotter.training.LoggedSet;

/** How a client's sets of one exercise read back to them: "3 x 10 @ 40 kg", "10, 8, 8 @ 40 kg", "20 min, 3 km". */
public final class Performance {

    private Performance() {
    }

    public static String describe(List<LoggedSet> sets) {
        return describe(sets, MassUnit.KG);
    }

    /** As {@link #describe(List)}, with loads in the client's unit. */
    public static String describe(List<LoggedSet> sets, MassUnit unit) {
        if (sets == null || sets.isEmpty()) {
            return null;
        }
        if (sets.stream().allMatch(set -> set.reps() != null)) {
            List<BigDecimal> loads = sets.stream().map(LoggedSet::loadKg).distinct().toList();
            String load = loads.size() == 1 && loads.get(0) != null && loads.get(0).signum() > 0
                    ? " @ " + load(loads.get(0), unit) : "";
            if (sets.stream().map(LoggedSet::reps).distinct().count() == 1) {
                return sets.size() + " x " + sets.get(0).reps() + load;
            }
            if (loads.size() <= 1) {
                return sets.stream().map(set -> String.valueOf(set.reps())).collect(Collectors.joining(", "))
                        + load;
            }
            return sets.stream().map(set -> set.reps() + (set.loadKg() == null ? "" : " @ " + load(set.loadKg(), unit)))
                    .collect(Collectors.joining(", "));
        }
        int seconds = sets.stream().map(LoggedSet::seconds).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
        int metres = sets.stream().map(LoggedSet::metres).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
        if (seconds == 0 && metres == 0) {
            return "Done";
        }
        String time = seconds == 0 ? "" : duration(seconds);
        String distance = metres == 0 ? "" : distance(metres);
        String both = time.isEmpty() || distance.isEmpty() ? time + distance : time + ", " + distance;
        return sets.size() > 1 && metres == 0 ? sets.size() + " x " + time(sets) : both;
    }

    private static String time(List<LoggedSet> sets) {
        List<Integer> each = sets.stream().map(LoggedSet::seconds).distinct().toList();
        return each.size() == 1 && each.get(0) != null ? each.get(0) + " s"
                : sets.stream().map(set -> set.seconds() == null ? "-" : set.seconds() + " s")
                .collect(Collectors.joining(", "));
    }

    /** 90 s, 20 min: seconds up to two minutes, whole minutes from there. */
    public static String duration(int seconds) {
        return seconds >= 120 ? Math.round(seconds / 60.0) + " min" : seconds + " s";
    }

    /** 800 m, 3.2 km. */
    public static String distance(int metres) {
        return metres >= 1000 ? BigDecimal.valueOf(metres).movePointLeft(3).stripTrailingZeros().toPlainString()
                + " km" : metres + " m";
    }

    /** 40 kg, 42.5 kg; 88.2 lb: a load stored in kilograms as a client in this unit reads it. */
    public static String load(BigDecimal kg, MassUnit unit) {
        if (unit == null || unit == MassUnit.KG) {
            return kg(kg);
        }
        return BigDecimal.valueOf(unit.fromKg(kg.doubleValue())).setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + " " + unit.symbol();
    }

    /** 40 kg, 42.5 kg. */
    public static String kg(BigDecimal load) {
        return load.stripTrailingZeros().toPlainString() + " kg";
    }
}
