package dev.spotter.progress.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.spotter.clients.Client;
import dev.spotter.platform.api.InvalidFieldsException;
import dev.spotter.platform.api.PageResponse;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.progress.MeasuredDay;
import dev.spotter.progress.ProgressLog;
import dev.spotter.progress.Quantity;
import dev.spotter.progress.RecordMeasurement;
import dev.spotter.progress.Site;
import dev.spotter.progress.web.SeriesCsv;
import dev.spotter.science.body.BodyFatEstimate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Body measurements over HTTP, in SI (kg, m, skinfolds in mm), each with its BMI and the body-fat estimates its
 * inputs allow, naming the equation. Coaches reach their studio's clients; a client's token only their own.
 */
@RestController
@RequestMapping("/api/v1/clients/{clientId}")
@Tag(name = "Progress", description = "Body measurements, assessments, goals, trends and reports")
class ProgressApi {

    private final ProgressLog progress;

    ProgressApi(ProgressLog progress) {
        this.progress = progress;
    }

    @Schema(description = "A day's measurements. Every value is optional but one is required: bodyMassKg 10-350, "
            + "heightM 0.5-2.5, circumferences in metres (neckM, chestM, waistM, hipM, armM, thighM, calfM), skinfolds "
            + "in millimetres 1-80 (chestSkinfoldMm, abdomenSkinfoldMm, thighSkinfoldMm, tricepsSkinfoldMm, "
            + "suprailiacSkinfoldMm); notes up to 500 characters. A value in the wrong unit (a waist of 86 in metres) "
            + "is refused naming the field and the unit it looks like")
    record MeasurementInput(LocalDate measuredOn, Double bodyMassKg, Double heightM, Double neckM, Double chestM,
                            Double waistM, Double hipM, Double armM, Double thighM, Double calfM,
                            Double chestSkinfoldMm, Double abdomenSkinfoldMm, Double thighSkinfoldMm,
                            Double tricepsSkinfoldMm, Double suprailiacSkinfoldMm, String notes) {

        Map<Site, Double> values() {
            Map<Site, Double> values = new EnumMap<>(Site.class);
            Double[] all = {bodyMassKg, heightM, neckM, chestM, waistM, hipM, armM, thighM, calfM, chestSkinfoldMm,
                    abdomenSkinfoldMm, thighSkinfoldMm, tricepsSkinfoldMm, suprailiacSkinfoldMm};
            for (int i = 0; i < all.length; i++) {
                if (all[i] != null) {
                    values.put(Site.values()[i], all[i]);
                }
            }
            return values;
        }
    }

    @Schema(description = "A body-fat estimate and the equation that produced it")
    record EstimateDto(double percentFat, double bodyDensity, String equation, String citation) {

        static EstimateDto of(BodyFatEstimate e) {
            return new EstimateDto(round(e.percentFat(), 1), round(e.bodyDensity(), 4), e.equation().display(),
                    e.equation().reference());
        }
    }

    @Schema(description = "BMI (kg/m²) and its WHO 2000 adult category")
    record BmiDto(double value, String category) {
    }

    @Schema(description = "A day's measurements in SI keyed by property name (bodyMassKg, waistM...), with BMI, the "
            + "body-fat estimates whose inputs are complete, and notShown: each equation left out and what it needs")
    record MeasurementDto(UUID id, LocalDate measuredOn, Map<String, Double> values, BmiDto bmi,
                          List<EstimateDto> estimates, List<String> notShown, String notes, Instant recordedAt) {

        static MeasurementDto of(MeasuredDay day) {
            Map<String, Double> values = new LinkedHashMap<>();
            day.measurement().values().forEach((site, value) -> values.put(site.apiField(), value));
            var bmi = day.composition().bmi();
            return new MeasurementDto(day.measurement().id(), day.measurement().measuredOn(), values,
                    bmi == null ? null : new BmiDto(round(bmi.value(), 1), bmi.category().label()),
                    day.composition().estimates().stream().map(EstimateDto::of).toList(),
                    day.composition().notShown(), day.measurement().notes(), day.measurement().recordedAt());
        }
    }

    @GetMapping("/measurements")
    @Operation(summary = "A client's measurements, newest first, with BMI and body-fat estimates")
    PageResponse<MeasurementDto> measurements(@AuthenticationPrincipal SpotterPrincipal me,
                                              @PathVariable UUID clientId,
                                              @RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        List<MeasuredDay> all = new ArrayList<>(progress.measurements(me, clientId));
        java.util.Collections.reverse(all);
        int from = (int) Math.min(all.size(), paging.offset());
        return PageResponse.of(all.subList(from, Math.min(all.size(), from + paging.size())), paging, all.size())
                .map(MeasurementDto::of);
    }

    @PostMapping("/measurements")
    @Operation(summary = "Record a client's measurements of a day",
            description = "201 with the stored values and what they estimate. 400 names each field outside the "
                    + "human range or in an inconsistent unit (a waist no larger than the neck).")
    ResponseEntity<MeasurementDto> record(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID clientId,
                                          @Parameter(description = "Makes a retry safe")
                                          @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                          @RequestBody MeasurementInput input) {
        Map<Site, Quantity> values = new EnumMap<>(Site.class);
        input.values().forEach((site, value) -> values.put(site, new Quantity(value, site.siUnit())));
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(MeasurementDto.of(progress.record(me, clientId,
                    new RecordMeasurement(input.measuredOn(), values, input.notes()))));
        } catch (InvalidFieldsException e) {
            throw new InvalidFieldsException(e.problems().stream().map(p -> new InvalidFieldsException.Problem(
                    Site.ofField(p.field()).map(Site::apiField).orElse(p.field()), p.message())).toList());
        }
    }

    @DeleteMapping("/measurements/{measurementId}")
    @Operation(summary = "Remove a measurement recorded by mistake (coaches only)")
    ResponseEntity<Void> delete(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID clientId,
                                @PathVariable UUID measurementId) {
        progress.deleteMeasurement(me, clientId, measurementId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(value = "/measurements.csv", produces = "text/csv")
    @Operation(summary = "Every measurement of a client as CSV, in SI, with BMI and body-fat estimates")
    ResponseEntity<byte[]> measurementsCsv(@AuthenticationPrincipal SpotterPrincipal me,
                                           @PathVariable UUID clientId) {
        Client client = progress.client(me, clientId);
        return SeriesCsv.measurements(client.displayName(), progress.measurements(me, clientId));
    }

    static double round(double value, int decimals) {
        double factor = Math.pow(10, decimals);
        return Math.round(value * factor) / factor;
    }
}
