package dev.spotter.programs.internal;

import java.util.List;
import java.util.UUID;

import dev.spotter.clients.ClearanceStatus;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.programs.GenerationRefused;
import dev.spotter.programs.ProgramBook;
import dev.spotter.programs.ProgramSummary;
import dev.spotter.studios.StudioDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo client Sam a published program, right after the demo clients are prepared, so that the demo
 * portal shows one. It acts as the demo trainer through the same book a trainer uses, and does nothing once Sam
 * has a program.
 */
@Component
@Order(300)
class DemoPrograms implements ApplicationRunner {

    static final String SAM = "sam@northside.example";
    /** A fixed seed: every demo shows the same program. */
    static final long SEED = 2026;

    private static final Logger log = LoggerFactory.getLogger(DemoPrograms.class);

    private final boolean enabled;
    private final JdbcClient jdbc;
    private final ProgramBook book;
    private final ClientDirectory clients;
    private final StudioDirectory studios;
    private final TransactionTemplate transaction;

    DemoPrograms(@Value("${spotter.demo.enabled}") boolean enabled, JdbcClient jdbc, ProgramBook book,
                 ClientDirectory clients, StudioDirectory studios, TransactionTemplate transaction) {
        this.enabled = enabled;
        this.jdbc = jdbc;
        this.book = book;
        this.clients = clients;
        this.studios = studios;
        this.transaction = transaction;
    }

    private record DemoClient(StudioId studio, UUID id) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        // The demo client is known only by the email the demo studio gave them.
        List<DemoClient> demo = jdbc.sql("""
                select c.studio_id, c.client_id from client c
                 where c.email = ?
                   and not exists (select 1 from program p where p.studio_id = c.studio_id
                                                             and p.client_id = c.client_id)
                """).param(SAM).query((rs, row) -> new DemoClient(new StudioId(rs.getObject(1, UUID.class)),
                rs.getObject(2, UUID.class))).list();
        transaction.executeWithoutResult(status -> demo.forEach(this::prepare));
    }

    private void prepare(DemoClient client) {
        var coach = studios.activeCoaches(client.studio()).stream().findFirst().orElse(null);
        if (coach == null) {
            return;
        }
        SpotterPrincipal trainer = new SpotterPrincipal(coach.memberId().value(), client.studio(), coach.memberId(),
                Role.OWNER, coach.email(), coach.displayName(), null, true, null);
        if (clients.client(trainer, client.id()).clearanceStatus() == ClearanceStatus.NOT_SCREENED) {
            return;
        }
        try {
            ProgramSummary program = book.generate(trainer, client.id(), null, 8, SEED);
            book.publish(trainer, program.id(), program.currentVersion(), program.errors() == 0 ? null
                    : "Demo program, published as generated so the demo portal has one to show.");
        } catch (GenerationRefused e) {
            log.warn("The demo program for Sam could not be generated: {}", e.describe());
        }
    }
}
