package dev.spotter.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.support.Fixtures;
import dev.spotter.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dev.spotter.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The owner's timetable optimiser: impossible demand, a run that breaks hard rules, and accepting a good one. */
@IntegrationTest
class TimetableTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ScheduleSetup setup;

    @Autowired
    ClassBook classes;

    @Autowired
    TimetablePlanning planning;

    record Gym(Fixtures.StudioFixture studio, Service spin, Service yoga) {
    }

    /** Spin and Yoga, an hour each, one room, and both coaches free on Mondays from 07:00 to 08:00. */
    Gym gym(String name) {
        var studio = fixtures.studio(name);
        var spin = setup.saveService(studio.owner(), null, new SaveService("Spin", ServiceKind.CLASS, 60, 12, 0, 0,
                12, null, true));
        var yoga = setup.saveService(studio.owner(), null, new SaveService("Yoga", ServiceKind.CLASS, 60, 12, 0, 0,
                12, null, true));
        var location = setup.addLocation(studio.owner(), "Main", null);
        setup.addRoom(studio.owner(), location.id(), "Studio 1", 20, List.of());
        for (SpotterPrincipal coach : List.of(studio.owner(), studio.trainer())) {
            setup.addWeeklyHours(studio.owner(), coach.memberId(), DayOfWeek.MONDAY, LocalTime.of(7, 0),
                    LocalTime.of(8, 0));
        }
        return new Gym(studio, spin, yoga);
    }

    MvcTestResult run(Gym gym, int spin, int yoga, String closes) {
        return mvc.post().uri("/app/schedule/timetable").with(as(gym.studio().owner())).with(csrf())
                .param("service", gym.spin().id().toString(), gym.yoga().id().toString())
                .param("perWeek", String.valueOf(spin), String.valueOf(yoga))
                .param("days", "MONDAY").param("opens", "07:00").param("closes", closes)
                .param("stepMinutes", "60").exchange();
    }

    TimetablePlanning.View finished(Gym gym) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            var view = planning.current(gym.studio().owner()).orElseThrow();
            if (!view.running()) {
                return view;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The optimiser did not finish within a minute");
    }

    MvcTestResult accept(Gym gym) {
        return mvc.post().uri("/app/schedule/timetable/accept").with(as(gym.studio().owner())).with(csrf())
                .exchange();
    }

    @Test
    void showsWhyNoTimetableCanExistAndStartsNothing() {
        Gym gym = gym("Timetable Impossible Gym");
        assertThat(run(gym, 3, 0, "08:00")).hasStatusOk().bodyText()
                .contains("No timetable can keep every rule", "3 h a week");
        assertThat(planning.current(gym.studio().owner())).isEmpty();
    }

    @Test
    void refusesToAcceptATimetableThatBreaksHardRules() throws InterruptedException {
        Gym gym = gym("Timetable Clash Gym");
        // Two classes, two free coaches, but one room for one hour: they must share it.
        assertThat(run(gym, 1, 1, "08:00")).hasStatus3xxRedirection().hasRedirectedUrl("/app/schedule/timetable");
        var view = finished(gym);
        assertThat(view.acceptable()).isFalse();
        assertThat(view.explanation()).hasValueSatisfying(explanation ->
                assertThat(explanation.unmetHardConstraints()).isNotEmpty());
        assertThat(mvc.get().uri("/app/schedule/timetable").with(as(gym.studio().owner())).exchange())
                .hasStatusOk().bodyText().contains("breaks hard rules").doesNotContain("Accept this timetable");

        assertThat(accept(gym)).hasStatus3xxRedirection().hasRedirectedUrl("/app/schedule/timetable")
                .flash().containsKey("flash");
        assertThat(classes.schedules(gym.studio().owner())).isEmpty();
    }

    @Test
    void acceptingAFeasibleTimetablePutsItsClassesOnTheWeeklyTimetable() throws InterruptedException {
        Gym gym = gym("Timetable Good Gym");
        setup.addWeeklyHours(gym.studio().owner(), gym.studio().trainer().memberId(), DayOfWeek.MONDAY,
                LocalTime.of(8, 0), LocalTime.of(9, 0));
        assertThat(run(gym, 1, 1, "09:00")).hasStatus3xxRedirection();
        var view = finished(gym);
        assertThat(view.acceptable()).isTrue();
        assertThat(view.classes()).extracting(TimetablePlanning.Placed::className)
                .containsExactlyInAnyOrder("Spin", "Yoga");

        assertThat(accept(gym)).hasStatus3xxRedirection().redirectedUrl().startsWith("/app/schedule/classes");
        List<ClassSchedule> schedules = classes.schedules(gym.studio().owner());
        assertThat(schedules).extracting(ClassSchedule::serviceName).containsExactlyInAnyOrder("Spin", "Yoga");
        assertThat(schedules).allSatisfy(schedule -> {
            assertThat(schedule.rule()).isEqualTo("FREQ=WEEKLY;BYDAY=MO");
            assertThat(schedule.firstDate().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(schedule.firstDate()).isAfter(LocalDate.now(classes.zone(gym.studio().owner())));
        });
        assertThat(schedules).extracting(ClassSchedule::startTime)
                .containsExactlyInAnyOrder(LocalTime.of(7, 0), LocalTime.of(8, 0));
        assertThat(planning.current(gym.studio().owner())).isEmpty();
    }

    @Test
    void onlyTheOwnerPlansTheTimetable() {
        Gym gym = gym("Timetable Trainer Gym");
        assertThatThrownBy(() -> planning.current(gym.studio().trainer()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(mvc.get().uri("/app/schedule/timetable").with(as(gym.studio().trainer())).exchange())
                .hasStatus(403);
    }
}
