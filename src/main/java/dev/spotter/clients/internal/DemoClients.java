package dev.spotter.clients.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.spotter.clients.ClientDirectory;
import dev.spotter.clients.DemoClientPrepared;
import dev.spotter.clients.ClientStatus;
import dev.spotter.clients.EquipmentAccess;
import dev.spotter.clients.Experience;
import dev.spotter.clients.Goal;
import dev.spotter.clients.ProfileUpdate;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.studios.StudioDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo studio's clients something to show, right after the demo studio is created: Sam screened and
 * ready for vigorous work, Priya a beginner with knee pain, Jordan still waiting for screening. It goes through
 * the same directory a trainer uses, acting as the demo trainer, and does nothing once Sam has been screened.
 */
@Component
@Order(200)
class DemoClients implements ApplicationRunner {

    private final boolean enabled;
    private final JdbcClient jdbc;
    private final ClientDirectory directory;
    private final StudioDirectory studios;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    DemoClients(@Value("${spotter.demo.enabled}") boolean enabled, JdbcClient jdbc, ClientDirectory directory,
                StudioDirectory studios, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.enabled = enabled;
        this.jdbc = jdbc;
        this.directory = directory;
        this.studios = studios;
        this.transaction = transaction;
        this.events = events;
    }

    private record DemoClient(StudioId studio, UUID id, String email) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        List<DemoClient> demo = jdbc.sql("""
                select studio_id, client_id, email from client c
                 where email in ('sam@northside.example', 'priya@northside.example')
                   and clearance_status = 'NOT_SCREENED'
                   and not exists (select 1 from screening s where s.studio_id = c.studio_id
                                                              and s.client_id = c.client_id)
                """).query((rs, row) -> new DemoClient(new StudioId(rs.getObject(1, UUID.class)),
                rs.getObject(2, UUID.class), rs.getString(3))).list();
        transaction.executeWithoutResult(status -> demo.forEach(this::prepare));
    }

    private void prepare(DemoClient client) {
        var coach = studios.activeCoaches(client.studio()).stream().findFirst().orElse(null);
        if (coach == null) {
            return;
        }
        SpotterPrincipal trainer = new SpotterPrincipal(coach.memberId().value(), client.studio(), coach.memberId(),
                Role.OWNER, coach.email(), coach.displayName(), null, true, null);
        Map<Integer, Boolean> allNo = Map.of(1, false, 2, false, 3, false, 4, false, 5, false, 6, false, 7, false);
        if (client.email().startsWith("sam")) {
            directory.updateProfile(trainer, client.id(), profile("Sam Okafor", client.email(), "1990-06-12",
                    "MALE", "181", "84", 58, Goal.STRENGTH, "Deadlift 180 kg", Experience.INTERMEDIATE, 180, 3, 24,
                    Set.of(EquipmentAccess.FULL_GYM)));
            directory.screen(trainer, client.id(), new ClientDirectory.ScreeningAnswers(allNo, Map.of(), null,
                    true, false, false), true);
        } else {
            directory.updateProfile(trainer, client.id(), profile("Priya Shah", client.email(), "1968-02-03",
                    "FEMALE", "162", "71", 72, Goal.GENERAL_HEALTH, "Walk 10 km without knee pain", Experience.NONE, 60,
                    2, 2, Set.of(EquipmentAccess.HOME, EquipmentAccess.BANDS)));
            Map<Integer, Boolean> kneeYes = new HashMap<>(allNo);
            kneeYes.put(6, true);
            directory.screen(trainer, client.id(), new ClientDirectory.ScreeningAnswers(kneeYes, Map.of(6, false),
                    "Knee aches after long walks; seen by a physiotherapist last year.", false, false, false), true);
            directory.addCondition(trainer, client.id(), "knee-osteoarthritis", "LEFT", "MILD",
                    LocalDate.now().minusYears(2), "Avoid deep loaded knee bends", Set.of(), null);
            directory.screen(trainer, client.id(), new ClientDirectory.ScreeningAnswers(kneeYes, Map.of(6, false),
                    "Rescreened after recording knee osteoarthritis.", false, false, false), true);
        }
        events.publishEvent(new DemoClientPrepared(client.studio(), client.id(), coach.memberId(), client.email()));
    }

    private static ProfileUpdate profile(String name, String email, String birth, String sex, String height,
                                         String mass, Integer resting, Goal goal, String target, Experience experience, int minutes,
                                         int days, int months, Set<EquipmentAccess> access) {
        return new ProfileUpdate(name, email, null, LocalDate.parse(birth), sex, new BigDecimal(height),
                new BigDecimal(mass), resting, goal, target, null, Set.of(), experience, minutes, days, months, 3, 60, access,
                List.of(), List.of(), null, null, ClientStatus.ACTIVE);
    }
}
