package dev.spotter.programs;

import dev.spotter.support.OwnDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo studio's client Sam has a published program, so the demo portal shows one. */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spotter.demo.enabled=true")
@OwnDatabase("spotter_demo_check")
class ProgramDemoTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void samHasAPublishedProgramAndOnlySam() {
        assertThat(jdbc.sql("""
                select c.display_name || ':' || p.status || ':' || p.published_version
                  from program p join client c using (studio_id, client_id)
                """).query(String.class).list()).containsExactly("Sam Okafor:PUBLISHED:1");
    }
}
