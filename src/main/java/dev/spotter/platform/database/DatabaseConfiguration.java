package dev.spotter.platform.database;


import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the database: an external server when SPOTTER_DB_URL is set, the embedded one otherwise. The data source
 * depends on the embedded server bean, so the context closes the pool before it stops the server.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SpotterDatabaseProperties.class)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedDatabaseCondition.class)
    EmbeddedDatabaseServer embeddedDatabaseServer(SpotterDatabaseProperties properties) {
        return EmbeddedDatabaseServer.start(properties.dataDirectory());
    }

    @Bean(name = "dataSource", destroyMethod = "close")
    @Conditional(EmbeddedDatabaseCondition.class)
    HikariDataSource embeddedDataSource(EmbeddedDatabaseServer server) {
        return pool(server.jdbcUrl(), server.user(), null);
    }

    @Bean(name = "dataSource", destroyMethod = "close")
    @Conditional(ExternalDatabaseCondition.class)
    HikariDataSource externalDataSource(SpotterDatabaseProperties properties) {
        SpotterDatabaseProperties.Db db = properties.db();
        return pool(db.url(), db.user(), db.password());
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("spotter");
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(10);
        pool.setMinimumIdle(2);
        return pool;
    }
}
