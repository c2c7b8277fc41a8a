package dev.spotter.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.clients.ClientStatus;
import dev.spotter.clients.EquipmentAccess;
import dev.spotter.clients.Experience;
import dev.spotter.clients.Goal;
import dev.spotter.clients.ProfileUpdate;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A studio with a trainer and a client whose profile gives the equations their sex, birth date and height. */
final class ProgressWorld {

    final Fixtures.StudioFixture studio;
    final UUID clientId;
    final String trainerToken;
    final String clientToken;

    ProgressWorld(Fixtures fixtures, JdbcClient jdbc, ClientDirectory directory, String name, LocalDate born,
                  String sex, int heightCm) {
        this.studio = fixtures.studio(name);
        this.clientId = jdbc.sql("select client_id from client where studio_id = ? and member_id = ?")
                .params(studio.client().studioId().value(), studio.client().memberId().value())
                .query(UUID.class).single();
        Client current = directory.client(studio.trainer(), clientId);
        directory.updateProfile(studio.trainer(), clientId, new ProfileUpdate(current.displayName(), current.email(),
                current.phone(), born, sex, new BigDecimal(heightCm), new BigDecimal("70"), 62, Goal.GENERAL_HEALTH,
                null, null, Set.of(), Experience.BEGINNER, 90, 3, 6, 3, 45, Set.of(EquipmentAccess.FULL_GYM),
                List.of(), List.of(), null, null, ClientStatus.ACTIVE));
        this.trainerToken = fixtures.token(studio.trainer());
        this.clientToken = fixtures.token(studio.client());
    }

    SpotterPrincipal trainer() {
        return studio.trainer();
    }

    SpotterPrincipal client() {
        return studio.client();
    }
}
