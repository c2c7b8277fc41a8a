package dev.spotter.exercises.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

import dev.spotter.platform.database.ReferenceData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Keeps the global catalogue in step with the library files shipped in this version of Spotter. An ordinary
 * restart with unchanged files costs a checksum; the files are parsed and written only when they changed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LibrarySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LibrarySeeder.class);

    private final ReferenceData referenceData;
    private final Exercises exercises;

    LibrarySeeder(ReferenceData referenceData, Exercises exercises) {
        this.referenceData = referenceData;
        this.exercises = exercises;
    }

    @Override
    public void run(ApplicationArguments args) {
        referenceData.refresh("exercise-library", files(), content -> {
            BuiltInLibrary library = BuiltInLibrary.load();
            exercises.replaceBuiltIns(library.exercises());
            log.info("Loaded {} built-in exercises", library.exercises().size());
        });
    }

    /** The library files, concatenated in name order: what the checksum covers. */
    static byte[] files() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(BuiltInLibrary.LOCATION);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    in.transferTo(all);
                }
            }
            return all.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
