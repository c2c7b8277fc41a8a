package dev.spotter.progress.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import dev.spotter.platform.tenancy.Units;
import dev.spotter.progress.Quantity;
import dev.spotter.progress.RecordMeasurement;
import dev.spotter.progress.Site;
import dev.spotter.progress.Unit;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The measurement form in the reader's units: kilograms and centimetres, or pounds and inches; skinfolds are
 * always millimetres, as calipers read. Empty fields are sites not measured.
 */
record MeasurementForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate measuredOn, BigDecimal bodyMass, BigDecimal height, BigDecimal neck,
                       BigDecimal chest, BigDecimal waist, BigDecimal hip, BigDecimal arm, BigDecimal thigh,
                       BigDecimal calf, BigDecimal chestSkinfold, BigDecimal abdomenSkinfold, BigDecimal thighSkinfold,
                       BigDecimal tricepsSkinfold, BigDecimal suprailiacSkinfold, String notes) {

    static MeasurementForm empty(LocalDate today) {
        return new MeasurementForm(today, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    static Unit unitOf(Site site, Units units) {
        return switch (site.dimension()) {
            case MASS -> units == Units.IMPERIAL ? Unit.LB : Unit.KG;
            case LENGTH -> units == Units.IMPERIAL ? Unit.IN : Unit.CM;
            case SKINFOLD -> Unit.MM;
        };
    }

    RecordMeasurement command(Units units) {
        Map<Site, Quantity> values = new EnumMap<>(Site.class);
        put(values, Site.BODY_MASS, bodyMass, units);
        put(values, Site.HEIGHT, height, units);
        put(values, Site.NECK, neck, units);
        put(values, Site.CHEST, chest, units);
        put(values, Site.WAIST, waist, units);
        put(values, Site.HIP, hip, units);
        put(values, Site.ARM, arm, units);
        put(values, Site.THIGH, thigh, units);
        put(values, Site.CALF, calf, units);
        put(values, Site.CHEST_SKINFOLD, chestSkinfold, units);
        put(values, Site.ABDOMEN_SKINFOLD, abdomenSkinfold, units);
        put(values, Site.THIGH_SKINFOLD, thighSkinfold, units);
        put(values, Site.TRICEPS_SKINFOLD, tricepsSkinfold, units);
        put(values, Site.SUPRAILIAC_SKINFOLD, suprailiacSkinfold, units);
        return new RecordMeasurement(measuredOn, values, notes);
    }

    private static void put(Map<Site, Quantity> values, Site site, BigDecimal amount, Units units) {
        if (amount != null) {
            values.put(site, new Quantity(amount.doubleValue(), unitOf(site, units)));
        }
    }
}
