package dev.spotter.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server Spotter runs by itself when no external server is configured. Its data directory survives
 * restarts: a second start finds the cluster and reuses it instead of initialising a new one.
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {

    static final String DATABASE = "spotter";
    /** The lock file zonky's EmbeddedPostgres holds while it runs a server on a data directory. */
    private static final String LOCK_FILE = "epg-lock";
    private static final String SUPERUSER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabaseServer(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts (and on first use initialises) the cluster in {@code dataDirectory}, then ensures the database exists. */
    public static EmbeddedDatabaseServer start(Path dataDirectory) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataDirectory);
            stopOrphanedServer(dataDirectory);
            boolean fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // Spotter keeps real client data here: commits must be durable, unlike zonky's test default.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    // zonky's own shutdown hook would race Spring's orderly close; the context closes it instead.
                    .setRegisterShutdownHook(false)
                    .start();
            ensureDatabase(postgres);
            long millis = (System.nanoTime() - started) / 1_000_000;
            log.info("Embedded PostgreSQL ready in {} ms ({} data directory {}, port {})", millis,
                    fresh ? "new" : "existing", dataDirectory, postgres.getPort());
            return new EmbeddedDatabaseServer(postgres, dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + " (is another Spotter using this SPOTTER_HOME?)", e);
        }
    }

    /**
     * A Spotter that died without closing (killed, power cut) leaves its PostgreSQL running on the data directory,
     * and a new server could not start there. When no living Spotter holds the directory's lock, that server is
     * an orphan: ask it to shut down (SIGTERM, a smart shutdown) and wait for it; PostgreSQL's own crash recovery
     * takes care of the data on the next start.
     */
    static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IOException("another running Spotter holds " + dataDirectory);
            }
        } catch (OverlappingFileLockException e) {
            throw new IOException("this process already runs a server on " + dataDirectory, e);
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> server = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine().map(line -> line.contains("postgres")
                        && line.contains(dataDirectory.toString())).orElse(false));
        if (server.isEmpty()) {
            return;
        }
        log.warn("Stopping a PostgreSQL server (pid {}) left running on {} by a Spotter that did not shut down",
                pid, dataDirectory);
        server.get().destroy();
        try {
            server.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the old server to stop", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the old PostgreSQL server (pid " + pid + ") did not stop; stop it by hand", e);
        }
    }

    private static void ensureDatabase(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8'");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the Spotter database in the embedded server", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    public String user() {
        return SUPERUSER;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the server with a fast shutdown so that every committed transaction is on disk. */
    @Override
    public void close() {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
