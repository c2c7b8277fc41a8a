package dev.spotter.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import dev.spotter.science.body.Measurement;

/**
 * What a body measurement records: mass, height, seven circumferences and the five skinfold sites the
 * Jackson-Pollock equations use, each with its human range (from {@link Measurement.Kind}) and storage column.
 */
public enum Site {
    BODY_MASS("bodyMass", "Body mass", Measurement.Kind.BODY_MASS, "body_mass_kg", 2),
    HEIGHT("height", "Height", Measurement.Kind.HEIGHT, "height_m", 3),
    NECK("neck", "Neck", Measurement.Kind.NECK, "neck_m", 3),
    CHEST("chest", "Chest", Measurement.Kind.CHEST, "chest_m", 3),
    WAIST("waist", "Waist", Measurement.Kind.WAIST, "waist_m", 3),
    HIP("hip", "Hip", Measurement.Kind.HIP, "hip_m", 3),
    ARM("arm", "Arm (relaxed)", Measurement.Kind.ARM, "arm_m", 3),
    THIGH("thigh", "Thigh", Measurement.Kind.THIGH, "thigh_m", 3),
    CALF("calf", "Calf", Measurement.Kind.CALF, "calf_m", 3),
    CHEST_SKINFOLD("chestSkinfold", "Chest skinfold", Measurement.Kind.CHEST_SKINFOLD, "chest_skinfold_mm", 1),
    ABDOMEN_SKINFOLD("abdomenSkinfold", "Abdomen skinfold", Measurement.Kind.ABDOMEN_SKINFOLD,
            "abdomen_skinfold_mm", 1),
    THIGH_SKINFOLD("thighSkinfold", "Thigh skinfold", Measurement.Kind.THIGH_SKINFOLD, "thigh_skinfold_mm", 1),
    TRICEPS_SKINFOLD("tricepsSkinfold", "Triceps skinfold", Measurement.Kind.TRICEPS_SKINFOLD,
            "triceps_skinfold_mm", 1),
    SUPRAILIAC_SKINFOLD("suprailiacSkinfold", "Suprailiac skinfold", Measurement.Kind.SUPRAILIAC_SKINFOLD,
            "suprailiac_skinfold_mm", 1);

    private final String field;
    private final String label;
    private final Measurement.Kind kind;
    private final String column;
    private final int scale;

    Site(String field, String label, Measurement.Kind kind, String column, int scale) {
        this.field = field;
        this.label = label;
        this.kind = kind;
        this.column = column;
        this.scale = scale;
    }

    /** The name of the form field and API property (in the API with its SI unit: bodyMassKg, waistM). */
    public String field() {
        return field;
    }

    /** The API property, with its SI unit: bodyMassKg, waistM, tricepsSkinfoldMm. */
    public String apiField() {
        return field + switch (dimension()) {
            case MASS -> "Kg";
            case LENGTH -> "M";
            case SKINFOLD -> "Mm";
        };
    }

    /** The SI unit the API and storage use. */
    public Unit siUnit() {
        return switch (dimension()) {
            case MASS -> Unit.KG;
            case LENGTH -> Unit.M;
            case SKINFOLD -> Unit.MM;
        };
    }

    public String label() {
        return label;
    }

    public String column() {
        return column;
    }

    public Unit.Dimension dimension() {
        return switch (kind.unit()) {
            case "kg" -> Unit.Dimension.MASS;
            case "mm" -> Unit.Dimension.SKINFOLD;
            default -> Unit.Dimension.LENGTH;
        };
    }

    public boolean skinfold() {
        return dimension() == Unit.Dimension.SKINFOLD;
    }

    public boolean circumference() {
        return dimension() == Unit.Dimension.LENGTH && this != HEIGHT;
    }

    /**
     * The amount in SI, or why it cannot be: the wrong kind of unit, or outside the human range, said in the unit
     * it was entered in, with the unit it looks like it was really measured in when it fits one of those.
     */
    public Result check(double amount, Unit unit) {
        if (unit.dimension() != dimension()) {
            return Result.problem("is a " + dimension().name().toLowerCase() + " and cannot be in " + unit.symbol());
        }
        double si = unit.toSi(amount);
        if (!Double.isFinite(amount) || si < kind.min() || si > kind.max()) {
            String range = "must be between " + plain(unit.fromSi(kind.min())) + " and " + plain(unit.fromSi(kind.max()))
                    + " " + unit.symbol();
            Optional<Unit> meant = unit.siblings().stream()
                    .filter(other -> {
                        double asOther = other.toSi(amount);
                        return asOther >= kind.min() && asOther <= kind.max();
                    }).findFirst();
            return Result.problem(range + meant.map(other -> " (" + plain(amount) + " looks like " + other.symbol()
                    + ")").orElse(""));
        }
        return new Result(BigDecimal.valueOf(si).setScale(scale, RoundingMode.HALF_UP).doubleValue(), null);
    }

    /** A checked amount in SI, or the message saying what is wrong with it. */
    public record Result(double si, String problem) {

        static Result problem(String message) {
            return new Result(Double.NaN, message);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    /** The field as the form or API calls it. */
    public static Optional<Site> ofField(String field) {
        for (Site site : values()) {
            if (site.field.equals(field)) {
                return Optional.of(site);
            }
        }
        return Optional.empty();
    }

    private static String plain(double number) {
        return BigDecimal.valueOf(number).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
