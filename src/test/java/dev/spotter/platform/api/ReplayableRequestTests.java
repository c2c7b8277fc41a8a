package dev.spotter.platform.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayableRequestTests {

    private final byte[] body = "{\"email\":\"sam@example.com\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void canBeReadAgainByTheController() throws IOException {
        ReplayableRequest request = new ReplayableRequest(new MockHttpServletRequest(), body);
        assertThat(request.getInputStream().readAllBytes()).isEqualTo(body);
        assertThat(request.getReader().readLine()).isEqualTo("{\"email\":\"sam@example.com\"}");
        assertThat(request.getContentLengthLong()).isEqualTo(body.length);
    }

    @Test
    void servesAsynchronousReadersTheWholeBodyAtOnce() throws IOException {
        ServletInputStream stream = new ReplayableRequest(new MockHttpServletRequest(), body).getInputStream();
        List<String> events = new ArrayList<>();
        byte[] read = new byte[body.length];
        stream.setReadListener(new ReadListener() {
            @Override
            public void onDataAvailable() throws IOException {
                events.add("available");
                assertThat(stream.read(read, 0, read.length)).isEqualTo(body.length);
            }

            @Override
            public void onAllDataRead() {
                events.add("all read");
            }

            @Override
            public void onError(Throwable t) {
                events.add("error");
            }
        });
        assertThat(events).containsExactly("available", "all read");
        assertThat(read).isEqualTo(body);
        assertThat(stream.isFinished()).isTrue();
    }
}
