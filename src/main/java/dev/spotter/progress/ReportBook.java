package dev.spotter.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.progress.internal.Reports;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress reports: a coach writes one for a period with their comments and sends it; the client reads sent ones.
 * A report not yet sent is as invisible to the client as another client's.
 */
@Service
public class ReportBook {

    static final int MAX_COMMENTS = 4000;
    static final int MAX_YEARS = 10;

    private final ClientDirectory clients;
    private final ProgressLog progress;
    private final Reports reports;
    private final Clock clock;

    ReportBook(ClientDirectory clients, ProgressLog progress, Reports reports, Clock clock) {
        this.clients = clients;
        this.progress = progress;
        this.reports = reports;
        this.clock = clock;
    }

    @Transactional
    public ProgressReport write(SpotterPrincipal caller, UUID clientId, LocalDate from, LocalDate to,
                                String comments) {
        ProgressLog.requireCoach(caller);
        Client client = clients.client(caller, clientId);
        if (from == null) {
            throw new InvalidFieldException("from", "is required");
        }
        if (to == null) {
            throw new InvalidFieldException("to", "is required");
        }
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "must be on or after the first day");
        }
        if (to.isAfter(progress.today(caller))) {
            throw new InvalidFieldException("to", "cannot be in the future");
        }
        if (from.isBefore(to.minusYears(MAX_YEARS))) {
            throw new InvalidFieldException("from", "must be within " + MAX_YEARS + " years of the last day");
        }
        String text = comments == null || comments.isBlank() ? null : comments.strip();
        if (text != null && text.length() > MAX_COMMENTS) {
            throw new InvalidFieldException("comments", "must be at most " + MAX_COMMENTS + " characters");
        }
        ProgressReport report = new ProgressReport(UUID.randomUUID(), client.id(), from, to, text,
                caller.displayName(), Instant.now(clock), null);
        reports.add(caller.studioId(), report, caller.memberId().value());
        return report;
    }

    @Transactional(readOnly = true)
    public ProgressReport report(SpotterPrincipal caller, UUID clientId, UUID reportId) {
        Client client = clients.client(caller, clientId);
        return reports.find(caller.studioId(), reportId)
                .filter(found -> found.clientId().equals(client.id()) && (caller.coaches() || found.sent()))
                .orElseThrow(() -> new NotFoundException("Report"));
    }

    /** The client's reports, newest first; a client sees only those sent to them. */
    @Transactional(readOnly = true)
    public List<ProgressReport> reports(SpotterPrincipal caller, UUID clientId) {
        Client client = clients.client(caller, clientId);
        return reports.ofClient(caller.studioId(), client.id(), !caller.coaches());
    }

    /** Shares the report with the client (coaches only); sending again keeps the first day it was sent. */
    @Transactional
    public ProgressReport send(SpotterPrincipal caller, UUID clientId, UUID reportId) {
        ProgressLog.requireCoach(caller);
        ProgressReport report = report(caller, clientId, reportId);
        if (!report.sent()) {
            reports.sent(caller.studioId(), reportId, Instant.now(clock));
        }
        return report(caller, clientId, reportId);
    }
}
