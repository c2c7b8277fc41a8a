package dev.spotter.scheduling.internal;

import java.time.Duration;

import dev.spotter.scheduling.solver.SolveLimits;
import dev.spotter.scheduling.solver.TimetableSolver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The application's one timetable solver, built on first use, whose threads stop with the application. */
@Configuration(proxyBeanMethods = false)
class TimetableSolverConfiguration {

    // Lazy: building the solver compiles its constraints (about half a second), paid by the first timetable run
    // rather than by every start of the application.
    @Bean(destroyMethod = "close")
    @Lazy
    TimetableSolver timetableSolver(@Value("${spotter.timetable.time-limit:30s}") Duration timeLimit,
                                    @Value("${spotter.timetable.patience:5s}") Duration patience) {
        return new TimetableSolver(new SolveLimits(timeLimit, patience));
    }
}
