package dev.spotter.scheduling.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.spotter.clients.DemoClientPrepared;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.scheduling.AppointmentBook;
import dev.spotter.scheduling.BookSession;
import dev.spotter.scheduling.ClassBook;
import dev.spotter.scheduling.SaveClassSchedule;
import dev.spotter.scheduling.SaveService;
import dev.spotter.scheduling.ScheduleSetup;
import dev.spotter.scheduling.ServiceKind;
import dev.spotter.studios.StudioDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives the demo studio something to book: a personal-training service, the demo coach's weekday hours, a
 * session for Sam two days after the first start, made through the same book a coach uses, and a small
 * twice-weekly circuit class in the studio's main room.
 */
@Component
class DemoSchedule {

    static final String SAM = "sam@northside.example";

    private final ScheduleSetup setup;
    private final AppointmentBook book;
    private final StudioDirectory studios;
    private final Clock clock;
    private final ClassBook classes;

    DemoSchedule(ScheduleSetup setup, AppointmentBook book, StudioDirectory studios, Clock clock, ClassBook classes) {
        this.classes = classes;
        this.setup = setup;
        this.book = book;
        this.studios = studios;
        this.clock = clock;
    }

    /** Runs inside the demo clients' transaction, so the demo is complete or not there at all. */
    @EventListener
    void on(DemoClientPrepared prepared) {
        if (!SAM.equals(prepared.email())) {
            return;
        }
        var coach = studios.activeCoaches(prepared.studio()).stream()
                .filter(candidate -> candidate.memberId().equals(prepared.coach())).findFirst().orElse(null);
        if (coach == null) {
            return;
        }
        SpotterPrincipal owner = new SpotterPrincipal(coach.memberId().value(), prepared.studio(), coach.memberId(),
                Role.OWNER, coach.email(), coach.displayName(), null, true, null);
        var service = setup.saveService(owner, null, new SaveService("Personal training", ServiceKind.ONE_TO_ONE, 60,
                1, 15, 720, 24, null, true));
        setup.saveService(owner, null, new SaveService("Movement assessment", ServiceKind.ASSESSMENT, 45, 1, 15,
                1440, 48, null, true));
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SUNDAY) {
                setup.addWeeklyHours(owner, coach.memberId(), day, LocalTime.of(7, 0), LocalTime.of(19, 0));
            }
        }
        ZoneId zone = studios.timeZone(prepared.studio());
        LocalDate day = LocalDate.now(clock.withZone(zone)).plusDays(2);
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        book.book(owner, new BookSession(service.id(), coach.memberId(), prepared.clientId(),
                day.atTime(10, 0).atZone(zone).toInstant(), UUID.randomUUID(), 1));
        var circuit = setup.saveService(owner, null, new SaveService("Circuit class", ServiceKind.CLASS, 45, 8, 15,
                0, 12, null, true));
        var location = setup.addLocation(owner, "Northside studio", null);
        var room = setup.addRoom(owner, location.id(), "Main floor", 12, List.of("Kettlebells", "Rower"));
        classes.createSchedule(owner, new SaveClassSchedule(circuit.id(), coach.memberId(), room.id(),
                LocalDate.now(clock.withZone(zone)).plusDays(1), LocalTime.of(18, 0), "FREQ=WEEKLY;BYDAY=TU,TH"));
    }
}
