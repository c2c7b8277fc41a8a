package dev.spotter.bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Baseline for the start-time benchmark: one endpoint, nothing else.
 */
@SpringBootApplication
@RestController
public class BareApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareApplication.class, args);
    }

    @GetMapping("/")
    public String ok() {
        return "ok";
    }
}
