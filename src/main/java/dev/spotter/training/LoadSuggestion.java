package dev.spotter.training;

import java.math.BigDecimal;
import java.math.RoundingMode;

import dev.spotter.science.MassUnit;
import dev.spotter.science.NextLoad;

/**
 * The load Spotter suggests for an exercise today, already rounded to what the studio can load, with the rule
 * behind it and the reason in a trainer's words. {@code amount} is in the client's unit.
 */
public record LoadSuggestion(String slot, String exerciseId, double loadKg, BigDecimal amount, MassUnit unit,
                             NextLoad.Rule rule, String reason) {

    static LoadSuggestion of(String slot, String exerciseId, NextLoad.Suggestion suggestion, MassUnit unit) {
        return new LoadSuggestion(slot, exerciseId, suggestion.loadKg(), amount(suggestion.loadKg(), unit), unit,
                suggestion.rule(), suggestion.reason());
    }

    /** A load in kilograms as a client in this unit reads it: to the hundredth, without trailing zeros. */
    public static BigDecimal amount(double kg, MassUnit unit) {
        return BigDecimal.valueOf(unit.fromKg(kg)).setScale(unit == MassUnit.KG ? 2 : 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }

    /** "42.5 kg". */
    public String describe() {
        return amount.toPlainString() + " " + unit.symbol();
    }

    /** Whether the suggestion is a deload after a stall, which the client should hear about from their coach. */
    public boolean deload() {
        return rule == NextLoad.Rule.DELOAD;
    }
}
