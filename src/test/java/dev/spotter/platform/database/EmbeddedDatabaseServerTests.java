package dev.spotter.platform.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded server keeps its data in SPOTTER_HOME/pgdata and finds it again on the next start. */
class EmbeddedDatabaseServerTests {

    @TempDir
    Path home;

    @Test
    void keepsDataAcrossRestarts() throws Exception {
        Path data = new SpotterDatabaseProperties(home, null).dataDirectory();
        try (EmbeddedDatabaseServer first = EmbeddedDatabaseServer.start(data);
             Connection connection = DriverManager.getConnection(first.jdbcUrl(), first.user(), null);
             Statement statement = connection.createStatement()) {
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('still here')");
        }
        assertThat(data.resolve("postgresql.conf")).exists();

        try (EmbeddedDatabaseServer second = EmbeddedDatabaseServer.start(data);
             Connection connection = DriverManager.getConnection(second.jdbcUrl(), second.user(), null);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
            assertThat(second.dataDirectory()).isEqualTo(data);
        }
    }

    @Test
    void refusesASecondServerOnTheSameDataDirectory() {
        Path data = home.resolve("pgdata");
        try (EmbeddedDatabaseServer running = EmbeddedDatabaseServer.start(data)) {
            assertThat(running.port()).isPositive();
            assertThatThrownBy(() -> EmbeddedDatabaseServer.start(data)).isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void recoversFromASpotterThatDiedWithoutStoppingItsServer() throws Exception {
        Path data = home.resolve("pgdata");
        Process dying = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ServerThatDies.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(dying.getInputStream()))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.equals("ready"));
            assertThat(line).as("the child started its server").isEqualTo("ready");
        }
        dying.destroyForcibly().waitFor();
        long orphan = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        assertThat(ProcessHandle.of(orphan)).get().matches(ProcessHandle::isAlive);

        try (EmbeddedDatabaseServer restarted = EmbeddedDatabaseServer.start(data);
             Connection connection = DriverManager.getConnection(restarted.jdbcUrl(), restarted.user(), null)) {
            assertThat(connection.isValid(2)).isTrue();
        }
        assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void defaultsHomeToDotSpotterInTheUsersHome() {
        var properties = new SpotterDatabaseProperties(null, null);
        assertThat(properties.home()).isEqualTo(Path.of(System.getProperty("user.home"), ".spotter"));
        assertThat(properties.dataDirectory().toString()).endsWith(".spotter/pgdata");
        assertThat(properties.db().external()).isFalse();
    }
}
