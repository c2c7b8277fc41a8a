package dev.spotter.clients.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.spotter.clients.ConditionRule;
import dev.spotter.clients.IntensityCeiling;
import dev.spotter.exercises.SafetyTag;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Loads Spotter's cited condition rules (clients/condition-rules.yaml) when the file has changed. */
@Component
class ConditionRuleSeeder implements ApplicationRunner {

    static final String FILE = "clients/condition-rules.yaml";
    private static final String LIBRARY = "condition-rules";

    private final JdbcClient jdbc;
    private final Conditions conditions;
    private final TransactionTemplate transaction;

    ConditionRuleSeeder(JdbcClient jdbc, Conditions conditions, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.conditions = conditions;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        byte[] content = read();
        String checksum = sha256(content);
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(0x5370_6f74_436f_6eL).query(Object.class).single();
            String loaded = jdbc.sql("select checksum from exercise_library_version where library = ?")
                    .param(LIBRARY).query(String.class).optional().orElse(null);
            if (checksum.equals(loaded)) {
                return;
            }
            conditions.replaceBuiltIns(parse(content));
            jdbc.sql("""
                    insert into exercise_library_version (library, checksum) values (?, ?)
                    on conflict (library) do update set checksum = excluded.checksum, loaded_at = now()
                    """).params(LIBRARY, checksum).update();
        });
    }

    /** Reads and checks the rules; a broken file stops start-up rather than shipping wrong safety rules. */
    static List<ConditionRule> parse(byte[] content) {
        List<?> entries = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(new String(content, StandardCharsets.UTF_8));
        List<ConditionRule> rules = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Object entry : entries) {
            Map<?, ?> fields = (Map<?, ?>) entry;
            String key = String.valueOf(fields.get("key"));
            if (!keys.add(key)) {
                throw new IllegalStateException("condition rule '" + key + "' appears twice in " + FILE);
            }
            Set<SafetyTag> avoid = EnumSet.noneOf(SafetyTag.class);
            for (Object tag : (List<?>) fields.get("avoid")) {
                avoid.add(SafetyTag.valueOf(String.valueOf(tag)));
            }
            Object ceiling = fields.get("ceiling");
            rules.add(new ConditionRule(key, String.valueOf(fields.get("label")), String.valueOf(fields.get("region")),
                    avoid, ceiling == null ? null : IntensityCeiling.valueOf(String.valueOf(ceiling)),
                    String.valueOf(fields.get("guidance")), String.valueOf(fields.get("source")), false));
        }
        return rules;
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] read() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
