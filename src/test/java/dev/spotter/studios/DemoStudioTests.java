package dev.spotter.studios;

import dev.spotter.support.OwnDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** On first start with an empty database Spotter creates the demo studio, and its trainer can sign in. */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "spotter.demo.enabled=true")
@OwnDatabase("spotter_demo_check")
class DemoStudioTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Test
    void createsTheDemoStudioWhoseTrainerCanSignIn() {
        assertThat(jdbc.sql("select name from studio").query(String.class).list()).containsExactly(
                "Northside Strength");
        assertThat(jdbc.sql("select count(*) from member where role = 'CLIENT'").query(Integer.class).single())
                .isEqualTo(3);
        assertThat(jdbc.sql("select display_name || ':' || clearance_status from client order by display_name")
                .query(String.class).list()).containsExactly("Jordan Lee:NOT_SCREENED", "Priya Shah:NOT_REQUIRED",
                "Sam Okafor:NOT_REQUIRED");
        assertThat(jdbc.sql("select count(*) from client_condition").query(Integer.class).single()).isOne();

        assertThat(mvc.post().uri("/login").with(csrf())
                .param("email", "alex@northside.example").param("password", "spotter-demo-2026"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/");
    }
}
