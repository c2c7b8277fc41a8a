package dev.spotter.studios;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.spotter.platform.api.InvalidFieldsException;
import dev.spotter.platform.tenancy.Units;
import dev.spotter.science.LoadRounding;
import dev.spotter.science.MassUnit;

/**
 * What a studio can load, in the unit its equipment is marked in: a barbell and its plate sizes (loaded in
 * pairs), a dumbbell series in equal steps, and the step of its weight-stack machines. Suggested loads are rounded
 * to these so that a client never reads a load they cannot set up. {@code custom} is false for Spotter's defaults.
 */
public record Loading(MassUnit unit, BigDecimal bar, List<BigDecimal> plates, BigDecimal dumbbellLightest,
                      BigDecimal dumbbellStep, BigDecimal dumbbellHeaviest, BigDecimal stackStep, boolean custom) {

    /** The most plate sizes a studio lists. */
    public static final int MAX_PLATE_SIZES = 12;

    public Loading {
        List<InvalidFieldsException.Problem> problems = new ArrayList<>();
        if (unit == null) {
            problems.add(new InvalidFieldsException.Problem("unit", "is required: kg or lb"));
            throw new InvalidFieldsException(problems);
        }
        double heaviestBar = unit == MassUnit.KG ? 50 : 110;
        double heaviestPlate = unit == MassUnit.KG ? 50 : 110;
        if (bar == null || bar.signum() < 0 || bar.doubleValue() > heaviestBar) {
            problems.add(new InvalidFieldsException.Problem("bar", "must be between 0 and " + (int) heaviestBar
                    + " " + unit.symbol()));
        }
        if (plates == null || plates.isEmpty() || plates.size() > MAX_PLATE_SIZES) {
            problems.add(new InvalidFieldsException.Problem("plates", "list between 1 and " + MAX_PLATE_SIZES
                    + " plate sizes, such as 25, 20, 15, 10, 5, 2.5, 1.25"));
        } else if (plates.stream().anyMatch(plate -> plate == null || plate.doubleValue() < 0.25
                || plate.doubleValue() > heaviestPlate)) {
            problems.add(new InvalidFieldsException.Problem("plates", "each plate must weigh between 0.25 and "
                    + (int) heaviestPlate + " " + unit.symbol()));
        }
        positive(problems, "dumbbellLightest", dumbbellLightest, unit);
        positive(problems, "dumbbellStep", dumbbellStep, unit);
        positive(problems, "dumbbellHeaviest", dumbbellHeaviest, unit);
        positive(problems, "stackStep", stackStep, unit);
        if (problems.isEmpty() && dumbbellHeaviest.compareTo(dumbbellLightest) < 0) {
            problems.add(new InvalidFieldsException.Problem("dumbbellHeaviest", "must be at least the lightest "
                    + "dumbbell"));
        }
        if (problems.isEmpty() && dumbbellHeaviest.subtract(dumbbellLightest)
                .divide(dumbbellStep, 0, java.math.RoundingMode.DOWN).intValue() >= 200) {
            problems.add(new InvalidFieldsException.Problem("dumbbellStep", "is too small for that range: at most "
                    + "200 dumbbells"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        plates = plates.stream().map(BigDecimal::stripTrailingZeros).distinct()
                .sorted(Comparator.reverseOrder()).toList();
    }

    private static void positive(List<InvalidFieldsException.Problem> problems, String field, BigDecimal value,
                                 MassUnit unit) {
        if (value == null || value.signum() <= 0 || value.doubleValue() > (unit == MassUnit.KG ? 200 : 440)) {
            problems.add(new InvalidFieldsException.Problem(field, "must be above 0 and at most "
                    + (unit == MassUnit.KG ? "200 kg" : "440 lb")));
        }
    }

    /** Spotter's defaults: common commercial-gym equipment in the studio's units. */
    public static Loading defaults(Units units) {
        if (units == Units.IMPERIAL) {
            return new Loading(MassUnit.LB, new BigDecimal("45"), decimals("45", "35", "25", "10", "5", "2.5"),
                    new BigDecimal("5"), new BigDecimal("5"), new BigDecimal("100"), new BigDecimal("10"), false);
        }
        return new Loading(MassUnit.KG, new BigDecimal("20"),
                decimals("25", "20", "15", "10", "5", "2.5", "1.25"), new BigDecimal("2.5"), new BigDecimal("2.5"),
                new BigDecimal("50"), new BigDecimal("5"), false);
    }

    private static List<BigDecimal> decimals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    /** The loads a barbell can carry. */
    public LoadRounding barbell() {
        return LoadRounding.barbell(unit, bar.doubleValue(),
                plates.stream().mapToDouble(BigDecimal::doubleValue).toArray());
    }

    /** The studio's dumbbells (and kettlebells, which follow the same series). */
    public LoadRounding dumbbells() {
        return LoadRounding.steps(unit, dumbbellLightest.doubleValue(), dumbbellStep.doubleValue(),
                dumbbellHeaviest.doubleValue());
    }

    /** A weight-stack machine or cable column, from one step to forty. */
    public LoadRounding stack() {
        return LoadRounding.steps(unit, stackStep.doubleValue(), stackStep.doubleValue(),
                stackStep.doubleValue() * 40);
    }

    /** "25, 20, 15, 10, 5, 2.5, 1.25". */
    public String platesText() {
        return String.join(", ", plates.stream().map(BigDecimal::toPlainString).toList());
    }
}
