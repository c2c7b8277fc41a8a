package dev.spotter.programs.engine;

/**
 * How load rises over the weeks, after the ACSM position stand on progression models in resistance training
 * (Ratamess NA et al., Med Sci Sports Exerc 2009;41(3):687-708).
 */
public enum ProgressionModel {
    LINEAR("Linear", "Same sets and reps; add a little load each session while every rep is clean."),
    DOUBLE("Double progression", "Add reps inside the range first; when every set reaches the top, add load."),
    DAILY_UNDULATING("Daily undulating", "Heavy, moderate and light days in the same week; each rises weekly."),
    BLOCK("Block", "Phases that move from volume to intensity to a peak, each building on the last.");

    private final String label;
    private final String summary;

    ProgressionModel(String label, String summary) {
        this.label = label;
        this.summary = summary;
    }

    public String label() {
        return label;
    }

    public String summary() {
        return summary;
    }
}
