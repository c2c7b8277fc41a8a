package dev.spotter.scheduling.internal;

import java.time.Duration;

import dev.spotter.scheduling.solver.SolveLimits;
import dev.spotter.scheduling.solver.TimetableSolver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's one timetable solver, whose threads stop with the application. */
@Configuration(proxyBeanMethods = false)
class TimetableSolverConfiguration {

    @Bean(destroyMethod = "close")
    TimetableSolver timetableSolver(@Value("${spotter.timetable.time-limit:30s}") Duration timeLimit,
                                    @Value("${spotter.timetable.patience:5s}") Duration patience) {
        return new TimetableSolver(new SolveLimits(timeLimit, patience));
    }
}
