package dev.spotter.exercises.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the global catalogue in step with the library files shipped in this version of Spotter. The files are
 * only parsed and written when their checksum differs from the one loaded last, so an ordinary restart costs a
 * checksum; an advisory lock keeps two instances starting together from loading it twice.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LibrarySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LibrarySeeder.class);
    private static final String LIBRARY = "built-in";
    private static final long LOCK = 0x5370_6f74_4c69_62L;

    private final JdbcClient jdbc;
    private final Exercises exercises;
    private final TransactionTemplate transaction;

    LibrarySeeder(JdbcClient jdbc, Exercises exercises, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.exercises = exercises;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        String checksum = checksum();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query(Object.class).single();
            String loaded = jdbc.sql("select checksum from exercise_library_version where library = ?")
                    .param(LIBRARY).query(String.class).optional().orElse(null);
            if (checksum.equals(loaded)) {
                return;
            }
            BuiltInLibrary library = BuiltInLibrary.load();
            exercises.replaceBuiltIns(library.exercises());
            jdbc.sql("""
                    insert into exercise_library_version (library, checksum) values (?, ?)
                    on conflict (library) do update set checksum = excluded.checksum, loaded_at = now()
                    """).params(LIBRARY, library.checksum()).update();
            log.info("Loaded {} built-in exercises", library.exercises().size());
        });
    }

    /** The same checksum {@link BuiltInLibrary} computes, without parsing the files. */
    static String checksum() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(BuiltInLibrary.LOCATION);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
