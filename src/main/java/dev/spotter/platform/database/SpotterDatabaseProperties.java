package dev.spotter.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Spotter's data lives: an external PostgreSQL server when {@code url} is set, otherwise the embedded server
 * under {@code home}/pgdata.
 */
@ConfigurationProperties(prefix = "spotter")
public record SpotterDatabaseProperties(Path home, Db db) {

    /** Connection to an external PostgreSQL server (SPOTTER_DB_URL, SPOTTER_DB_USER, SPOTTER_DB_PASSWORD). */
    public record Db(String url, String user, String password) {

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public SpotterDatabaseProperties {
        if (home == null) {
            home = Path.of(System.getProperty("user.home"), ".spotter");
        }
        if (db == null) {
            db = new Db(null, null, null);
        }
    }

    public Path dataDirectory() {
        return home.resolve("pgdata");
    }
}
