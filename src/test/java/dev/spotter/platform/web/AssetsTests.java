package dev.spotter.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Spotter's own assets and the htmx webjar are served from their folders, cached, and nothing else is a file. */
@SpringBootTest
@AutoConfigureMockMvc
class AssetsTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void servesTheDesignSystemScriptsImagesAndHtmxWithCaching() {
        for (String asset : new String[] {"/css/spotter.css", "/js/spotter.js", "/img/spotter-mark.svg",
                "/favicon.svg", "/webjars/htmx.org/dist/htmx.min.js"}) {
            assertThat(mvc.get().uri(asset)).as(asset).hasStatusOk()
                    .headers().hasValue("Cache-Control", "max-age=3600");
        }
    }

    @Test
    void filesOutsideTheAssetFoldersAreNotServed() {
        // application.properties sits at the root of the class path; only the asset folders are public.
        assertThat(mvc.get().uri("/application.properties").exchange().getResponse().getStatus())
                .isNotEqualTo(HttpStatus.OK.value());
        assertThat(mvc.get().uri("/css/missing.css")).hasStatus(HttpStatus.NOT_FOUND);
    }
}
