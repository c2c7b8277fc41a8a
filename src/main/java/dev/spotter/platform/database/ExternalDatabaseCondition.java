package dev.spotter.platform.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when SPOTTER_DB_URL (spotter.db.url) names an external PostgreSQL server. */
class ExternalDatabaseCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty("spotter.db.url");
        return url != null && !url.isBlank();
    }
}
