package dev.spotter.progress.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

import dev.spotter.platform.tenancy.Units;
import dev.spotter.progress.Site;
import dev.spotter.progress.Unit;

/** Shows SI values in the reader's units on pages: "82.4 kg", "31.5 in", "12 mm". */
public record Readings(Units units) {

    public Unit unit(Site site) {
        return MeasurementForm.unitOf(site, units);
    }

    /** The amount in the reader's unit, without the unit, for a form field or a table cell. */
    public String amount(Site site, Double si) {
        if (si == null) {
            return "";
        }
        Unit unit = unit(site);
        return plain(unit.fromSi(si), 1);
    }

    public String show(Site site, Double si) {
        return si == null ? "—" : amount(site, si) + " " + unit(site).symbol();
    }

    /** A signed change in the reader's unit: "−1.2 kg". */
    public String change(Site site, double deltaSi) {
        Unit unit = unit(site);
        double amount = unit.fromSi(deltaSi);
        return (amount > 0 ? "+" : amount < 0 ? "−" : "±") + plain(Math.abs(amount), 1) + " " + unit.symbol();
    }

    public static String plain(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
