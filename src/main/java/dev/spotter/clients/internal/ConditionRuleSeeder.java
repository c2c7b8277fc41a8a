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
import dev.spotter.platform.database.ReferenceData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Loads Spotter's cited condition rules (clients/condition-rules.yaml) when the file has changed. */
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ConditionRuleSeeder implements ApplicationRunner {

    static final String FILE = "clients/condition-rules.yaml";

    private final ReferenceData referenceData;
    private final Conditions conditions;

    ConditionRuleSeeder(ReferenceData referenceData, Conditions conditions) {
        this.referenceData = referenceData;
        this.conditions = conditions;
    }

    @Override
    public void run(ApplicationArguments args) {
        referenceData.refresh("condition-rules", read(), content -> conditions.replaceBuiltIns(parse(content)));
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

    static byte[] read() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
