package dev.spotter.science;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What a studio can actually load, a barbell with its plates or a fixed series of dumbbells or stack weights, so
 * that a target becomes a weight the client can lift, never past a cap.
 *
 * <p>Loads go in and come out in kilograms. The equipment is described in the unit it is marked in, and the
 * arithmetic is done in thousandths of that unit, so that 45 lb plates and 1.25 kg plates both stay exact.
 */
public final class LoadRounding {

    /** The heaviest load Spotter rounds, far above any human lift. */
    public static final double MAX_LOAD_KG = 1000;

    private final MassUnit unit;
    private final Loadable loadable;

    private LoadRounding(MassUnit unit, Loadable loadable) {
        this.unit = unit;
        this.loadable = loadable;
    }

    /** A barbell of the given weight, loaded symmetrically with pairs of plates, any number of pairs of a size. */
    public static LoadRounding barbell(MassUnit unit, double bar, double... plateSizes) {
        requireUnit(unit);
        if (!(bar >= 0 && unit.toKg(bar) <= 50)) {
            throw new IllegalArgumentException("bar weight must be between 0 and 50 kg");
        }
        if (plateSizes.length == 0 || Arrays.stream(plateSizes).anyMatch(p -> !(p >= 0.1 && unit.toKg(p) <= 50))) {
            throw new IllegalArgumentException("plates must each weigh between 0.1 " + unit.symbol()
                    + " and 50 kg, and there must be at least one size");
        }
        return new LoadRounding(unit, new Barbell(milli(bar), Arrays.stream(plateSizes).mapToLong(
                LoadRounding::milli).distinct().toArray()));
    }

    /** Dumbbells, kettlebells or a weight stack: only these loads exist. */
    public static LoadRounding fixed(MassUnit unit, double... loads) {
        requireUnit(unit);
        if (loads.length == 0 || Arrays.stream(loads).anyMatch(l -> !(l >= 0.1 && unit.toKg(l) <= MAX_LOAD_KG))) {
            throw new IllegalArgumentException("loads must each be between 0.1 " + unit.symbol()
                    + " and 1000 kg, and there must be at least one");
        }
        return new LoadRounding(unit, new FixedLoads(Arrays.stream(loads).mapToLong(LoadRounding::milli)
                .sorted().distinct().toArray()));
    }

    /** A series of dumbbells or stack plates from the lightest to the heaviest in equal steps. */
    public static LoadRounding steps(MassUnit unit, double lightest, double step, double heaviest) {
        if (!(step >= 0.1) || !(lightest >= 0.1) || !(heaviest >= lightest)) {
            throw new IllegalArgumentException("the lightest load and the step must be at least 0.1, and the "
                    + "heaviest load at least the lightest");
        }
        long first = milli(lightest);
        long increment = milli(step);
        long count = (milli(heaviest) - first) / increment + 1;
        if (count > 1000) {
            throw new IllegalArgumentException("a series of loads can have at most 1000 steps");
        }
        double[] loads = new double[(int) count];
        for (int i = 0; i < loads.length; i++) {
            loads[i] = (first + i * increment) / 1000.0;
        }
        return fixed(unit, loads);
    }

    public MassUnit unit() {
        return unit;
    }

    /** The loadable weight nearest the target (the lighter on a tie; the lightest there is for a tiny target). */
    public double round(double targetKg) {
        return round(targetKg, MAX_LOAD_KG);
    }

    /** The loadable weight nearest the target that does not exceed the cap: down when up would pass it. */
    public double round(double targetKg, double capKg) {
        long target = toMilli(targetKg, "target load");
        requireLoad(capKg, "maximum load");
        // The cap is rounded down, never to nearest, so that no rounding lets a load past it; the millionth of a
        // thousandth forgives floating-point noise in a cap such as 89.99999999999997.
        long cap = (long) Math.floor(unit.fromKg(capKg) * 1000 + 1e-6);
        OptionalLong below = loadable.atOrBelow(target);
        OptionalLong above = loadable.atOrAbove(target);
        long nearest;
        if (below.isEmpty()) {
            nearest = above.getAsLong();
        } else if (above.isEmpty()) {
            nearest = below.getAsLong();
        } else {
            nearest = above.getAsLong() - target < target - below.getAsLong() ? above.getAsLong() : below.getAsLong();
        }
        if (nearest <= cap) {
            return toKg(nearest);
        }
        return toKg(loadable.atOrBelow(cap).orElseThrow(() -> new IllegalArgumentException(
                "the lightest load this equipment allows is above the maximum of " + describe(capKg))));
    }

    /** The heaviest loadable weight at or below the given one, if the equipment goes that light. */
    public OptionalDouble atOrBelow(double kg) {
        OptionalLong found = loadable.atOrBelow(toMilli(kg, "load"));
        return found.isPresent() ? OptionalDouble.of(toKg(found.getAsLong())) : OptionalDouble.empty();
    }

    /** The next loadable weight heavier than the given one: the smallest increase this equipment allows. */
    public OptionalDouble nextAbove(double kg) {
        OptionalLong found = loadable.atOrAbove(toMilli(kg, "load") + 1);
        return found.isPresent() ? OptionalDouble.of(toKg(found.getAsLong())) : OptionalDouble.empty();
    }

    /** The next loadable weight lighter than the given one, if the equipment goes that light. */
    public OptionalDouble nextBelow(double kg) {
        OptionalLong found = loadable.atOrBelow(toMilli(kg, "load") - 1);
        return found.isPresent() ? OptionalDouble.of(toKg(found.getAsLong())) : OptionalDouble.empty();
    }

    /** A load in the equipment's unit as a trainer says it: "102.5 kg", "225 lb". */
    public String describe(double kg) {
        return BigDecimal.valueOf(Math.round(unit.fromKg(kg) * 100) / 100.0).stripTrailingZeros().toPlainString()
                + " " + unit.symbol();
    }

    private long toMilli(double kg, String field) {
        requireLoad(kg, field);
        return milli(unit.fromKg(kg));
    }

    private static void requireLoad(double kg, String field) {
        if (!(kg >= 0 && kg <= MAX_LOAD_KG)) {
            throw new IllegalArgumentException(field + " must be between 0 and 1000 kg");
        }
    }

    private double toKg(long milli) {
        return unit.toKg(milli / 1000.0);
    }

    private static long milli(double amount) {
        return Math.round(amount * 1000);
    }

    private static void requireUnit(MassUnit unit) {
        if (unit == null) {
            throw new IllegalArgumentException("the equipment needs a unit, kg or lb");
        }
    }

    /** Loadable weights in thousandths of the equipment's unit. */
    private interface Loadable {

        OptionalLong atOrBelow(long milli);

        OptionalLong atOrAbove(long milli);
    }

    private record Barbell(long bar, long[] plates) implements Loadable {

        @Override
        public OptionalLong atOrBelow(long milli) {
            if (milli < bar) {
                return OptionalLong.empty();
            }
            long grain = grain();
            boolean[] reachable = perSideSums((milli - bar) / 2 / grain, grain);
            int sum = reachable.length - 1;
            while (!reachable[sum]) {
                sum--;
            }
            return OptionalLong.of(bar + 2 * sum * grain);
        }

        @Override
        public OptionalLong atOrAbove(long milli) {
            if (milli <= bar) {
                return OptionalLong.of(bar);
            }
            long grain = grain();
            long needed = (milli - bar + 2 * grain - 1) / (2 * grain);
            // A window as wide as the largest plate always holds a multiple of it, so the search ends there.
            long largest = Arrays.stream(plates).max().orElseThrow() / grain;
            boolean[] reachable = perSideSums(needed + largest, grain);
            int sum = (int) needed;
            while (!reachable[sum]) {
                sum++;
            }
            return OptionalLong.of(bar + 2 * sum * grain);
        }

        // Per-side sums are counted in grains, the greatest common divisor of the plate weights, so that the table
        // stays small: 1.25 kg for a standard kilogram set, 2.5 lb for a pound set.
        private long grain() {
            BigInteger gcd = BigInteger.ZERO;
            for (long plate : plates) {
                gcd = gcd.gcd(BigInteger.valueOf(plate));
            }
            return gcd.longValueExact();
        }

        private boolean[] perSideSums(long grains, long grain) {
            boolean[] reachable = new boolean[(int) grains + 1];
            reachable[0] = true;
            for (long plate : plates) {
                int size = (int) (plate / grain);
                for (int sum = size; sum <= grains; sum++) {
                    reachable[sum] |= reachable[sum - size];
                }
            }
            return reachable;
        }
    }

    private record FixedLoads(long[] loads) implements Loadable {

        @Override
        public OptionalLong atOrBelow(long milli) {
            return Arrays.stream(loads).filter(load -> load <= milli).reduce((first, second) -> second);
        }

        @Override
        public OptionalLong atOrAbove(long milli) {
            return Arrays.stream(loads).filter(load -> load >= milli).findFirst();
        }
    }
}
