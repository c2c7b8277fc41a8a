package dev.spotter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts Spotter: the trainer workspace, the client portal and the REST API in one process. */
@SpringBootApplication
public class SpotterApplication {

    public static void main(String[] args) {
        SpringApplication.run(SpotterApplication.class, args);
    }
}
