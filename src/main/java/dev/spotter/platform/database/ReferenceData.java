package dev.spotter.platform.database;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads reference data shipped with Spotter (the exercise library, the condition rules) into the database only
 * when it changed: the checksum of the files is compared with the one loaded last, inside one transaction that
 * holds an advisory lock, so two instances starting together never load it twice.
 */
@Component
public class ReferenceData {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ReferenceData(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** Runs {@code load} with the content when {@code name}'s content differs from what was loaded last. */
    public boolean refresh(String name, byte[] content, Consumer<byte[]> load) {
        String checksum = sha256(content);
        Boolean loaded = transaction.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("reference-data:" + name)
                    .query(Object.class).single();
            String current = jdbc.sql("select checksum from reference_data_version where name = ?").param(name)
                    .query(String.class).optional().orElse(null);
            if (checksum.equals(current)) {
                return false;
            }
            load.accept(content);
            jdbc.sql("""
                    insert into reference_data_version (name, checksum) values (?, ?)
                    on conflict (name) do update set checksum = excluded.checksum, loaded_at = now()
                    """).params(name, checksum).update();
            return true;
        });
        return Boolean.TRUE.equals(loaded);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
