package dev.spotter.platform.database;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.spotter.support.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPOTTER_DB_URL switches Spotter from its own embedded server to an external one. The "external" server here is
 * a separate embedded instance started the way an operator's PostgreSQL would be: already running, reached by URL.
 */
class DatabaseSelectionTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(DatabaseConfiguration.class);

    @Test
    void usesTheExternalServerWhenAUrlIsGiven() {
        var external = TestInfrastructure.database();
        runner.withPropertyValues("spotter.db.url=" + external.jdbcUrl(), "spotter.db.user=" + external.user(),
                        "spotter.db.password=", "spotter.home=/nonexistent/never-created")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedDatabaseServer.class);
                    HikariDataSource pool = context.getBean(HikariDataSource.class);
                    assertThat(pool.getJdbcUrl()).isEqualTo(external.jdbcUrl());
                    assertThat(JdbcClient.create(context.getBean(DataSource.class))
                            .sql("select current_database()").query(String.class).single()).isEqualTo("spotter");
                });
        assertThat(Path.of("/nonexistent/never-created")).doesNotExist();
    }

    @Test
    void startsItsOwnServerUnderSpotterHomeOtherwise() throws Exception {
        Path home = Files.createTempDirectory("spotter-home");
        runner.withPropertyValues("spotter.home=" + home)
                .run(context -> {
                    EmbeddedDatabaseServer server = context.getBean(EmbeddedDatabaseServer.class);
                    assertThat(server.dataDirectory()).isEqualTo(home.resolve("pgdata"));
                    assertThat(JdbcClient.create(context.getBean(DataSource.class))
                            .sql("select 1").query(Integer.class).single()).isEqualTo(1);
                });
        // Closing the context stopped the server cleanly: PostgreSQL removes its pid file on a clean shutdown.
        assertThat(home.resolve("pgdata/postmaster.pid")).doesNotExist();
    }

}
