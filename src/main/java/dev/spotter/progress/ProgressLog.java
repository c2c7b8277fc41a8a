package dev.spotter.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.api.InvalidFieldsException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.progress.internal.Measurements;
import dev.spotter.studios.StudioDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's measured progress: body measurements with their composition estimates. Coaches read and record for
 * every client of their studio; a client reads and records their own, and nobody else's.
 */
@Service
public class ProgressLog {

    static final int MAX_NOTES = 500;

    private final ClientDirectory clients;
    private final StudioDirectory studios;
    private final Measurements measurements;
    private final Clock clock;

    ProgressLog(ClientDirectory clients, StudioDirectory studios, Measurements measurements,
                Clock clock) {
        this.clients = clients;
        this.studios = studios;
        this.measurements = measurements;
        this.clock = clock;
    }

    /** Today in the studio's time zone. */
    public LocalDate today(SpotterPrincipal caller) {
        return LocalDate.now(clock.withZone(studios.timeZone(caller.studioId())));
    }

    /** The client, when the caller may see their progress. */
    public Client client(SpotterPrincipal caller, UUID clientId) {
        return clients.client(caller, clientId);
    }

    /** The signed-in client's own record. */
    public Client self(SpotterPrincipal caller) {
        return clients.self(caller);
    }

    @Transactional
    public MeasuredDay record(SpotterPrincipal caller, UUID clientId, RecordMeasurement command) {
        Client client = clients.client(caller, clientId);
        LocalDate today = today(caller);
        List<InvalidFieldsException.Problem> problems = new ArrayList<>();
        LocalDate day = command.measuredOn();
        if (day == null) {
            problems.add(new InvalidFieldsException.Problem("measuredOn", "is required"));
        } else if (day.isAfter(today)) {
            problems.add(new InvalidFieldsException.Problem("measuredOn", "cannot be in the future"));
        } else if (client.dateOfBirth() != null && day.isBefore(client.dateOfBirth())) {
            problems.add(new InvalidFieldsException.Problem("measuredOn", "is before the client was born"));
        }
        Map<Site, Double> values = new EnumMap<>(Site.class);
        command.values().forEach((site, quantity) -> {
            Site.Result checked = site.check(quantity.amount(), quantity.unit());
            if (checked.ok()) {
                values.put(site, checked.si());
            } else {
                problems.add(new InvalidFieldsException.Problem(site.field(), checked.problem()));
            }
        });
        if (command.values().isEmpty()) {
            problems.add(new InvalidFieldsException.Problem("bodyMass", "or another measurement is required"));
        }
        if (values.containsKey(Site.NECK) && values.containsKey(Site.WAIST)
                && values.get(Site.WAIST) <= values.get(Site.NECK)) {
            problems.add(new InvalidFieldsException.Problem("waist", "must be larger than the neck: check that "
                    + "both are in the same unit"));
        }
        if (values.containsKey(Site.WAIST) && values.containsKey(Site.HIP)
                && values.get(Site.HIP) < values.get(Site.WAIST) * 0.6) {
            problems.add(new InvalidFieldsException.Problem("hip", "is much smaller than the waist: check that "
                    + "both are in the same unit"));
        }
        String notes = command.notes() == null || command.notes().isBlank() ? null : command.notes().strip();
        if (notes != null && notes.length() > MAX_NOTES) {
            problems.add(new InvalidFieldsException.Problem("notes", "must be at most " + MAX_NOTES + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        BodyMeasurement measurement = new BodyMeasurement(UUID.randomUUID(), client.id(), day, values, notes,
                Instant.now(clock));
        measurements.add(caller.studioId(), measurement, caller.memberId().value());
        return new MeasuredDay(measurement, BodyComposition.of(measurement, ClientBody.of(client)));
    }

    /** Every measured day of the client, oldest first, with its composition. */
    @Transactional(readOnly = true)
    public List<MeasuredDay> measurements(SpotterPrincipal caller, UUID clientId) {
        Client client = clients.client(caller, clientId);
        ClientBody body = ClientBody.of(client);
        return measurements.ofClient(caller.studioId(), client.id()).stream()
                .map(m -> new MeasuredDay(m, BodyComposition.of(m, body))).toList();
    }

    /** Removes a measurement recorded by mistake (coaches only). */
    @Transactional
    public void deleteMeasurement(SpotterPrincipal caller, UUID clientId, UUID measurementId) {
        requireCoach(caller);
        Client client = clients.client(caller, clientId);
        measurements.find(caller.studioId(), measurementId).filter(m -> m.clientId().equals(client.id()))
                .orElseThrow(() -> new NotFoundException("Measurement"));
        measurements.delete(caller.studioId(), measurementId);
    }

    static void requireCoach(SpotterPrincipal caller) {
        if (!caller.coaches()) {
            throw new AccessDeniedException("Only coaches may do this");
        }
    }
}
