package dev.spotter.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at the shared test database and mail server, and turns the demo studio and the
 * reminder job off, unless the test class sets those properties itself.
 */
public class SharedInfrastructureCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        OwnDatabase own = testClass.getAnnotation(OwnDatabase.class);
        return new Customizer(own == null ? null : own.value());
    }

    private static final class Customizer implements ContextCustomizer {

        private final String ownDatabase;

        Customizer(String ownDatabase) {
            this.ownDatabase = ownDatabase;
        }

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            ConfigurableEnvironment environment = context.getEnvironment();
            PropertySource<?> inlined = environment.getPropertySources().get("Inlined Test Properties");
            Map<String, Object> properties = new HashMap<>();
            var database = TestInfrastructure.database();
            properties.put("spotter.db.url", ownDatabase == null ? database.jdbcUrl()
                    : TestInfrastructure.freshDatabaseUrl(ownDatabase));
            properties.put("spotter.db.user", database.user());
            properties.put("spotter.db.password", "");
            properties.put("spotter.demo.enabled", "false");
            properties.put("spotter.reminders.enabled", "false");
            properties.put("spring.mail.host", "127.0.0.1");
            properties.put("spring.mail.port", String.valueOf(TestInfrastructure.mail().getSmtp().getPort()));
            if (inlined != null) {
                properties.keySet().removeIf(inlined::containsProperty);
            }
            environment.getPropertySources().addFirst(new MapPropertySource("spotter-test-infrastructure",
                    properties));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer that && java.util.Objects.equals(ownDatabase, that.ownDatabase);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hashCode(ownDatabase);
        }
    }
}
