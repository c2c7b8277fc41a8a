package dev.spotter.progress.web;

import java.util.ArrayList;
import java.util.List;

import dev.spotter.progress.MeasuredDay;
import dev.spotter.progress.Site;
import dev.spotter.progress.TestResult;
import dev.spotter.science.body.BodyFatEstimate;
import org.springframework.http.ResponseEntity;

/** The CSV exports of a client's series, in SI with the unit in each column name, shared by pages and the API. */
public final class SeriesCsv {

    private SeriesCsv() {
    }

    public static ResponseEntity<byte[]> measurements(String clientName, List<MeasuredDay> days) {
        List<String> header = new ArrayList<>(List.of("date"));
        for (Site site : Site.values()) {
            header.add(site.column());
        }
        header.addAll(List.of("bmi", "bmi_category", "navy_percent_fat", "jackson_pollock_3_percent_fat", "notes"));
        List<List<String>> rows = new ArrayList<>();
        for (MeasuredDay day : days) {
            List<String> row = new ArrayList<>();
            row.add(day.measurement().measuredOn().toString());
            for (Site site : Site.values()) {
                Double value = day.measurement().value(site);
                row.add(value == null ? "" : Readings.plain(value, 3));
            }
            var bmi = day.composition().bmi();
            row.add(bmi == null ? "" : Readings.plain(bmi.value(), 1));
            row.add(bmi == null ? "" : bmi.category().label());
            row.add(fat(day, "US_NAVY"));
            row.add(fat(day, "JACKSON_POLLOCK"));
            row.add(day.measurement().notes());
            rows.add(row);
        }
        return Csv.download(slug(clientName) + "-measurements.csv", header, rows);
    }

    public static ResponseEntity<byte[]> assessments(String clientName, List<TestResult> results) {
        List<String> header = List.of("date", "test", "lift", "value", "unit", "estimate", "estimate_unit",
                "rating", "norm_source", "change", "trend", "inputs_si", "notes");
        List<List<String>> rows = new ArrayList<>();
        for (TestResult test : results) {
            var result = test.result();
            StringBuilder inputs = new StringBuilder();
            test.inputs().forEach((input, value) -> inputs.append(inputs.isEmpty() ? "" : "; ")
                    .append(input.name().toLowerCase()).append('=').append(Readings.plain(value, 3)));
            rows.add(java.util.Arrays.asList(test.testedOn().toString(), test.kind().displayName(), test.lift(),
                    Readings.plain(result.value(), 3), test.kind().unit(),
                    result.estimate().isPresent() ? Readings.plain(result.estimate().getAsDouble(), 1) : "",
                    result.estimate().isPresent() ? test.kind().estimate().unit() : "", result.rating().band(),
                    result.rating().source(), test.change() == null ? "" : Readings.plain(test.change().valueDelta(), 3),
                    test.change() == null ? "" : test.change().trend().name(), inputs.toString(), test.notes()));
        }
        return Csv.download(slug(clientName) + "-assessments.csv", header, rows);
    }

    private static String fat(MeasuredDay day, String prefix) {
        return day.composition().estimates().stream().filter(e -> e.equation().name().startsWith(prefix))
                .map(BodyFatEstimate::percentFat).findFirst().map(v -> Readings.plain(v, 1)).orElse("");
    }

    public static String slug(String name) {
        String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "client" : slug;
    }
}
