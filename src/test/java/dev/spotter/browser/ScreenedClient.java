package dev.spotter.browser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.clients.ClientStatus;
import dev.spotter.clients.EquipmentAccess;
import dev.spotter.clients.Experience;
import dev.spotter.clients.Goal;
import dev.spotter.clients.ProfileUpdate;
import dev.spotter.support.Fixtures;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The fixture studio's client Cara, with a full profile and a finished screening, ready for a program. */
final class ScreenedClient {

    private ScreenedClient() {
    }

    static UUID prepare(Fixtures.StudioFixture studio, JdbcClient jdbc, ClientDirectory directory) {
        UUID client = jdbc.sql("select client_id from client where studio_id = ? and member_id = ?")
                .params(studio.owner().studioId().value(), studio.client().memberId().value()).query(UUID.class)
                .single();
        Client cara = directory.client(studio.trainer(), client);
        directory.updateProfile(studio.trainer(), client, new ProfileUpdate(cara.displayName(), cara.email(), null,
                LocalDate.parse("1988-09-14"), "FEMALE", new BigDecimal("170"), new BigDecimal("66"), 62,
                Goal.STRENGTH, null, null, Set.of(), Experience.INTERMEDIATE, 150, 3, 12, 3, 60,
                Set.of(EquipmentAccess.FULL_GYM), List.of(), List.of(), null, null, ClientStatus.ACTIVE));
        directory.screen(studio.trainer(), client, new ClientDirectory.ScreeningAnswers(Map.of(1, false, 2, false,
                3, false, 4, false, 5, false, 6, false, 7, false), Map.of(), null, true, false, false), true);
        return client;
    }
}
