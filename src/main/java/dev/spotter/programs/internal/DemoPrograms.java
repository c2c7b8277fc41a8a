package dev.spotter.programs.internal;

import dev.spotter.clients.ClearanceStatus;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.clients.DemoClientPrepared;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.programs.GenerationRefused;
import dev.spotter.programs.ProgramBook;
import dev.spotter.programs.ProgramSummary;
import dev.spotter.studios.StudioDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives the demo client Sam a published program as soon as the clients module has prepared the demo clients, so
 * that the demo portal shows one. It acts as the demo trainer through the same book a trainer uses.
 */
@Component
class DemoPrograms {

    static final String SAM = "sam@northside.example";
    /** A fixed seed: every demo shows the same program. */
    static final long SEED = 2026L;

    private static final Logger log = LoggerFactory.getLogger(DemoPrograms.class);

    private final ProgramBook book;
    private final ClientDirectory clients;
    private final StudioDirectory studios;

    DemoPrograms(ProgramBook book, ClientDirectory clients, StudioDirectory studios) {
        this.book = book;
        this.clients = clients;
        this.studios = studios;
    }

    /** Runs inside the demo clients' transaction, so the demo is complete or not there at all. */
    @EventListener
    void on(DemoClientPrepared prepared) {
        if (!SAM.equals(prepared.email())) {
            return;
        }
        var coach = studios.activeCoaches(prepared.studio()).stream()
                .filter(candidate -> candidate.memberId().equals(prepared.coach())).findFirst().orElse(null);
        if (coach == null) {
            return;
        }
        SpotterPrincipal trainer = new SpotterPrincipal(coach.memberId().value(), prepared.studio(),
                coach.memberId(), Role.OWNER, coach.email(), coach.displayName(), null, true, null);
        if (clients.client(trainer, prepared.clientId()).clearanceStatus() == ClearanceStatus.NOT_SCREENED) {
            return;
        }
        try {
            ProgramSummary program = book.generate(trainer, prepared.clientId(), null, 8, SEED);
            book.publish(trainer, program.id(), program.currentVersion(), program.errors() == 0 ? null
                    : "Demo program, published as generated so the demo portal has one to show.");
        } catch (GenerationRefused e) {
            log.warn("The demo program for Sam could not be generated: {}", e.describe());
        }
    }
}
