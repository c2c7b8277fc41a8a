package dev.spotter.clients.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.spotter.clients.ConditionRule;
import dev.spotter.clients.IntensityCeiling;
import dev.spotter.exercises.SafetyTag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Spotter's shipped condition rules: complete, cited, and saying what the guidelines say for the common cases. */
class ConditionRulesTests {

    private final Map<String, ConditionRule> rules = ConditionRuleSeeder.parse(ConditionRuleSeeder.read()).stream()
            .collect(Collectors.toMap(ConditionRule::key, Function.identity()));

    @Test
    void everyRuleHasGuidanceAndASource() {
        assertThat(rules).hasSizeGreaterThanOrEqualTo(24);
        assertThat(rules.values()).allSatisfy(rule -> {
            assertThat(rule.label()).isNotBlank();
            assertThat(rule.guidance()).as(rule.key()).isNotBlank();
            assertThat(rule.source()).as(rule.key()).isNotBlank().isNotEqualTo("null");
            assertThat(rule.ceiling()).isNotEqualTo(IntensityCeiling.NONE);
        });
    }

    @Test
    void mapsTheCommonConditionsAsTheGuidelinesDo() {
        assertThat(rules.get("knee-pain").avoid()).contains(SafetyTag.LOADED_DEEP_KNEE_FLEXION, SafetyTag.IMPACT);
        assertThat(rules.get("hypertension-uncontrolled").avoid()).contains(SafetyTag.VALSALVA);
        assertThat(rules.get("hypertension-uncontrolled").ceiling()).isEqualTo(IntensityCeiling.LIGHT_TO_MODERATE);
        assertThat(rules.get("pregnancy-second-third-trimester").avoid()).contains(SafetyTag.SUPINE,
                SafetyTag.FALL_RISK);
        assertThat(rules.get("osteoporosis").avoid()).contains(SafetyTag.LOADED_SPINAL_FLEXION);
        assertThat(rules.get("shoulder-impingement").avoid()).contains(SafetyTag.OVERHEAD_SHOULDER);
        assertThat(rules.get("low-back-pain").avoid()).isNotEmpty();
        assertThat(List.copyOf(rules.keySet())).contains("asthma");
    }
}
