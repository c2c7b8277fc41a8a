package dev.spotter.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.spotter.platform.database.EmbeddedDatabaseServer;

/**
 * What the whole test run shares: one PostgreSQL server (started with Spotter's own embedded bootstrap, then used
 * by every Spring context as if it were an external server) and one GreenMail SMTP server.
 */
public final class TestInfrastructure {

    private static EmbeddedDatabaseServer database;
    private static GreenMail mail;

    private TestInfrastructure() {
    }

    public static synchronized EmbeddedDatabaseServer database() {
        if (database == null) {
            try {
                Path directory = Files.createTempDirectory("spotter-test-pg");
                database = EmbeddedDatabaseServer.start(directory.resolve("pgdata"));
                Runtime.getRuntime().addShutdownHook(new Thread(database::close, "spotter-test-pg-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return database;
    }

    public static synchronized GreenMail mail() {
        if (mail == null) {
            mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(mail::stop, "spotter-test-mail-stop"));
        }
        return mail;
    }

    /** Creates an empty database on the shared server, for a test that needs a database of its own. */
    public static String freshDatabaseUrl(String name) {
        EmbeddedDatabaseServer server = database();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), null);
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return server.jdbcUrl().replaceAll("/[^/]+$", "/" + name);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
