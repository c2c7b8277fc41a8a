package dev.spotter.programs;

import java.util.function.Supplier;

import dev.spotter.clients.ClientDirectory;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.support.Fixtures;
import dev.spotter.support.QueryCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.spotter.support.Fixtures.as;
import static dev.spotter.support.Fixtures.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/** Program pages make the same number of queries however long the program and however many there are. */
@SpringBootTest
@AutoConfigureMockMvc
@Import({Fixtures.class, QueryCounter.class})
class ProgramQueryTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ClientDirectory directory;

    @Test
    void programPagesDoNotGrowWithWeeksOrPrograms() {
        ProgramWorld small = new ProgramWorld(mvc, jdbc, directory, fixtures, "Small Program Gym");
        ProgramWorld large = new ProgramWorld(mvc, jdbc, directory, fixtures, "Large Program Gym");
        String short4 = small.generate(small.client, 4);
        String long16 = large.generate(large.client, 16);
        for (int i = 0; i < 5; i++) {
            large.generate(large.client, 4);
        }
        small.post("/api/v1/programs/" + short4 + "/publish", "{}");
        large.post("/api/v1/programs/" + long16 + "/publish", "{}");

        assertThat(queries(() -> page("/app/programs/" + long16, large.studio.trainer())))
                .as("builder").isEqualTo(queries(() -> page("/app/programs/" + short4, small.studio.trainer())));
        assertThat(queries(() -> page("/app/programs/" + long16 + "?week=16", large.studio.trainer())))
                .as("builder, last week").isEqualTo(queries(() -> page("/app/programs/" + short4 + "?week=4",
                        small.studio.trainer())));
        assertThat(queries(() -> page("/app/programs", large.studio.trainer())))
                .as("program list").isEqualTo(queries(() -> page("/app/programs", small.studio.trainer())));
        assertThat(queries(() -> page("/app/clients/" + large.client, large.studio.trainer())))
                .as("client file").isEqualTo(queries(() -> page("/app/clients/" + small.client,
                        small.studio.trainer())));
        assertThat(queries(() -> page("/portal/program", large.studio.client())))
                .as("portal").isEqualTo(queries(() -> page("/portal/program", small.studio.client())));
        assertThat(queries(() -> api("/api/v1/programs?size=50", large.trainer)))
                .as("API list").isEqualTo(queries(() -> api("/api/v1/programs?size=50", small.trainer)));
        assertThat(queries(() -> api("/api/v1/programs/" + long16, large.trainer)))
                .as("API program").isEqualTo(queries(() -> api("/api/v1/programs/" + short4, small.trainer)));
    }

    private int page(String uri, SpotterPrincipal member) {
        return mvc.get().uri(uri).with(as(member)).exchange().getResponse().getStatus();
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
