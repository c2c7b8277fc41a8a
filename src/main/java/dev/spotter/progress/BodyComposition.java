package dev.spotter.progress;

import java.util.ArrayList;
import java.util.List;

import dev.spotter.science.body.Bmi;
import dev.spotter.science.body.BodyFatEstimate;
import dev.spotter.science.body.NavyBodyFat;
import dev.spotter.science.body.Sex;
import dev.spotter.science.body.SkinfoldBodyFat;

/**
 * What one day's measurements say about body composition: BMI with its WHO category, and each body-fat estimate
 * whose inputs are all there, naming its equation. An equation missing an input is listed in {@code notShown} with
 * what it needs, never estimated from a guess.
 */
public record BodyComposition(Bmi bmi, List<BodyFatEstimate> estimates, List<String> notShown) {

    public BodyComposition {
        estimates = List.copyOf(estimates);
        notShown = List.copyOf(notShown);
    }

    public static BodyComposition of(BodyMeasurement m, ClientBody body) {
        Integer age = body.ageOn(m.measuredOn());
        Double height = m.has(Site.HEIGHT) ? m.value(Site.HEIGHT) : body.profileHeightM();
        List<String> notShown = new ArrayList<>();
        List<BodyFatEstimate> estimates = new ArrayList<>();

        Bmi bmi = null;
        if (m.has(Site.BODY_MASS)) {
            if (height == null) {
                notShown.add("BMI: needs the client's height");
            } else if (age == null || age < 2) {
                notShown.add("BMI: needs the client's date of birth");
            } else {
                bmi = Bmi.of(m.value(Site.BODY_MASS), height, age);
            }
        }

        boolean circumferences = m.has(Site.NECK) || m.has(Site.WAIST) || m.has(Site.HIP);
        if (circumferences) {
            List<String> missing = new ArrayList<>();
            if (body.sex() == null) {
                missing.add("the client's sex");
            }
            need(m, Site.NECK, missing);
            need(m, Site.WAIST, missing);
            if (body.sex() == Sex.FEMALE) {
                need(m, Site.HIP, missing);
            }
            if (height == null) {
                missing.add("height");
            }
            if (missing.isEmpty()) {
                attempt(() -> NavyBodyFat.estimate(body.sex(), m.value(Site.NECK), m.value(Site.WAIST),
                        m.value(Site.HIP), height), "US Navy", estimates, notShown);
            } else {
                notShown.add("US Navy: needs " + String.join(", ", missing));
            }
        }

        boolean skinfolds = m.values().keySet().stream().anyMatch(Site::skinfold);
        if (skinfolds) {
            List<String> missing = new ArrayList<>();
            if (body.sex() == null) {
                missing.add("the client's sex");
            }
            if (age == null) {
                missing.add("the client's date of birth");
            }
            if (body.sex() == Sex.MALE) {
                need(m, Site.CHEST_SKINFOLD, missing);
                need(m, Site.ABDOMEN_SKINFOLD, missing);
            } else if (body.sex() == Sex.FEMALE) {
                need(m, Site.TRICEPS_SKINFOLD, missing);
                need(m, Site.SUPRAILIAC_SKINFOLD, missing);
            }
            need(m, Site.THIGH_SKINFOLD, missing);
            if (!missing.isEmpty()) {
                notShown.add("Jackson & Pollock 3-site: needs " + String.join(", ", missing));
            } else if (age < 18) {
                notShown.add("Jackson & Pollock 3-site: fitted to adults only");
            } else {
                attempt(() -> body.sex() == Sex.MALE
                        ? SkinfoldBodyFat.jacksonPollock3Men(m.value(Site.CHEST_SKINFOLD),
                        m.value(Site.ABDOMEN_SKINFOLD), m.value(Site.THIGH_SKINFOLD), age)
                        : SkinfoldBodyFat.jacksonPollock3Women(m.value(Site.TRICEPS_SKINFOLD),
                        m.value(Site.SUPRAILIAC_SKINFOLD), m.value(Site.THIGH_SKINFOLD), age),
                        "Jackson & Pollock 3-site", estimates, notShown);
            }
        }
        return new BodyComposition(bmi, estimates, notShown);
    }

    /** The first estimate, which charts follow: the skinfold one when both exist, as it is the more direct. */
    public BodyFatEstimate preferred() {
        return estimates.stream().filter(e -> e.equation().name().startsWith("JACKSON")).findFirst()
                .orElse(estimates.isEmpty() ? null : estimates.get(0));
    }

    private static void need(BodyMeasurement m, Site site, List<String> missing) {
        if (!m.has(site)) {
            missing.add(site.label().toLowerCase());
        }
    }

    private static void attempt(java.util.function.Supplier<BodyFatEstimate> estimate, String name,
                                List<BodyFatEstimate> estimates, List<String> notShown) {
        try {
            estimates.add(estimate.get());
        } catch (IllegalArgumentException e) {
            notShown.add(name + ": " + e.getMessage());
        }
    }
}
