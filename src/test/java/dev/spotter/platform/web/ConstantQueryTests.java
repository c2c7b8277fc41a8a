package dev.spotter.platform.web;

import java.util.function.Supplier;

import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.support.Fixtures;
import dev.spotter.support.QueryCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.spotter.support.Fixtures.as;
import static dev.spotter.support.Fixtures.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/** Pages and lists make the same number of queries however many rows they show: no N+1. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({Fixtures.class, QueryCounter.class})
class ConstantQueryTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void workspacePagesAndListsDoNotGrowWithTheirRows() {
        var small = fixtures.studio("Small Query Gym");
        var large = fixtures.studio("Large Query Gym");
        for (int i = 0; i < 12; i++) {
            fixtures.join(large.trainer(), Role.CLIENT, "Client " + i);
        }
        String smallToken = fixtures.token(small.owner());
        String largeToken = fixtures.token(large.owner());

        for (String page : new String[] {"/app", "/app/clients", "/app/team", "/app/audit", "/app/exercises",
                "/app/exercises/goblet-squat"}) {
            assertThat(queries(() -> status(page, large.owner())))
                    .as(page).isEqualTo(queries(() -> status(page, small.owner())));
        }
        assertThat(queries(() -> api("/api/v1/members?size=100", largeToken)))
                .isEqualTo(queries(() -> api("/api/v1/members?size=100", smallToken)));
        assertThat(queries(() -> api("/api/v1/exercises?q=squat&size=50", largeToken)))
                .isEqualTo(queries(() -> api("/api/v1/exercises?q=squat&size=5", smallToken)));
    }

    private int status(String page, SpotterPrincipal member) {
        return mvc.get().uri(page).with(as(member)).exchange().getResponse().getStatus();
    }

    private int api(String uri, String token) {
        return mvc.get().uri(uri).with(bearer(token)).exchange().getResponse().getStatus();
    }

    private static int queries(Supplier<Integer> request) {
        QueryCounter.reset();
        int status = request.get();
        assertThat(status).isEqualTo(200);
        assertThat(QueryCounter.count()).as("the counter sees the queries").isPositive();
        return QueryCounter.count();
    }
}
