package dev.spotter.scheduling.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.web.Flash;
import dev.spotter.platform.web.Forms;
import dev.spotter.scheduling.SaveService;
import dev.spotter.scheduling.ScheduleSetup;
import dev.spotter.scheduling.ServiceKind;
import dev.spotter.studios.StudioDirectory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The schedule's setup pages: services, locations and rooms (the owner edits), and a coach's hours. */
@Controller
class SetupController {

    private final ScheduleSetup setup;
    private final StudioDirectory studios;

    SetupController(ScheduleSetup setup, StudioDirectory studios) {
        this.setup = setup;
        this.studios = studios;
    }

    /** A service as the form edits it. */
    record ServiceForm(String name, ServiceKind kind, Integer durationMinutes, Integer capacity, Integer bufferMinutes,
                       Integer noticeMinutes, Integer cancellationHours, String qualification) {

        static ServiceForm blank() {
            return new ServiceForm("", ServiceKind.ONE_TO_ONE, 60, 1, 15, 720, 24, "");
        }
    }

    /** A location or a room as the forms edit them. */
    record LocationForm(String name, String address) {
    }

    record RoomForm(UUID locationId, String name, Integer capacity, String equipment) {
    }

    record WeeklyForm(DayOfWeek day, @DateTimeFormat(pattern = "HH:mm") LocalTime start,
                      @DateTimeFormat(pattern = "HH:mm") LocalTime end) {
    }

    record ExceptionForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                         @DateTimeFormat(pattern = "HH:mm") LocalTime start,
                         @DateTimeFormat(pattern = "HH:mm") LocalTime end, boolean available, String note) {
    }

    record TimeOffForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String reason) {
    }

    @GetMapping("/app/schedule/setup")
    String setup(@AuthenticationPrincipal SpotterPrincipal me, Model model) {
        return setupPage(me, model);
    }

    @PostMapping("/app/schedule/services")
    String addService(@AuthenticationPrincipal SpotterPrincipal me,
                      @ModelAttribute("serviceForm") ServiceForm form, BindingResult binding, Model model,
                      RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                var service = setup.saveService(me, null, new SaveService(form.name(), form.kind(),
                        form.durationMinutes(), form.capacity(), form.bufferMinutes(), form.noticeMinutes(),
                        form.cancellationHours(), form.qualification(), true));
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(service.name() + " added."));
                return "redirect:/app/schedule/setup";
            } catch (InvalidFieldException | ConflictException e) {
                Forms.reject(binding, e);
            }
        }
        return setupPage(me, model);
    }

    @PostMapping("/app/schedule/services/{id}/active")
    String toggleService(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id,
                         @RequestParam boolean active, RedirectAttributes redirect) {
        var service = setup.service(me, id);
        setup.saveService(me, id, new SaveService(service.name(), service.kind(), service.durationMinutes(),
                service.capacity(), service.bufferMinutes(), service.noticeMinutes(), service.cancellationHours(),
                service.qualification(), active));
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(service.name()
                + (active ? " is offered again." : " is no longer offered.")));
        return "redirect:/app/schedule/setup";
    }

    @PostMapping("/app/schedule/locations")
    String addLocation(@AuthenticationPrincipal SpotterPrincipal me,
                       @ModelAttribute("locationForm") LocationForm form, BindingResult binding, Model model,
                       RedirectAttributes redirect) {
        try {
            setup.addLocation(me, form.name(), form.address());
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Location added."));
            return "redirect:/app/schedule/setup";
        } catch (InvalidFieldException | ConflictException e) {
            Forms.reject(binding, e);
        }
        return setupPage(me, model);
    }

    @PostMapping("/app/schedule/rooms")
    String addRoom(@AuthenticationPrincipal SpotterPrincipal me, @ModelAttribute("roomForm") RoomForm form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                if (form.locationId() == null) {
                    throw new InvalidFieldException("locationId", "choose the location");
                }
                setup.addRoom(me, form.locationId(), form.name(), form.capacity(),
                        form.equipment() == null ? List.of() : Arrays.asList(form.equipment().split(",")));
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Room added."));
                return "redirect:/app/schedule/setup";
            } catch (InvalidFieldException | ConflictException | NotFoundException e) {
                Forms.reject(binding, e instanceof NotFoundException
                        ? new InvalidFieldException("locationId", "choose the location") : e);
            }
        }
        return setupPage(me, model);
    }

    @PostMapping("/app/schedule/rooms/{id}/delete")
    String removeRoom(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable UUID id,
                      RedirectAttributes redirect) {
        setup.removeRoom(me, id);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Room removed."));
        return "redirect:/app/schedule/setup";
    }

    /** The setup page, with a blank form for each form the request did not post. */
    private String setupPage(SpotterPrincipal me, Model model) {
        blank(model, "serviceForm", ServiceForm.blank());
        blank(model, "locationForm", new LocationForm("", ""));
        blank(model, "roomForm", new RoomForm(null, "", 10, ""));
        model.addAttribute("services", setup.services(me));
        model.addAttribute("locations", setup.locations(me));
        model.addAttribute("kinds", ServiceKind.values());
        return "scheduling/setup";
    }

    // ---- hours ----

    @GetMapping("/app/schedule/hours")
    String hours(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam(required = false) String coach,
                 Model model) {
        return hoursPage(me, coach(me, coach), model);
    }

    @PostMapping("/app/schedule/hours/{coach}/weekly")
    String addWeekly(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String coach,
                     @ModelAttribute("weeklyForm") WeeklyForm form, BindingResult binding, Model model,
                     RedirectAttributes redirect) {
        MemberId member = coach(me, coach);
        if (!binding.hasErrors()) {
            try {
                setup.addWeeklyHours(me, member, form.day(), form.start(), form.end());
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Weekly hours added."));
                return "redirect:/app/schedule/hours?coach=" + member;
            } catch (InvalidFieldException e) {
                Forms.reject(binding, e);
            }
        }
        return hoursPage(me, member, model);
    }

    @PostMapping("/app/schedule/hours/{coach}/exceptions")
    String addException(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String coach,
                        @ModelAttribute("exceptionForm") ExceptionForm form, BindingResult binding, Model model,
                        RedirectAttributes redirect) {
        MemberId member = coach(me, coach);
        if (!binding.hasErrors()) {
            try {
                setup.addException(me, member, form.date(), form.start(), form.end(), form.available(), form.note());
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Change to the hours saved."));
                return "redirect:/app/schedule/hours?coach=" + member;
            } catch (InvalidFieldException e) {
                Forms.reject(binding, e);
            }
        }
        return hoursPage(me, member, model);
    }

    @PostMapping("/app/schedule/hours/{coach}/time-off")
    String addTimeOff(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String coach,
                      @ModelAttribute("timeOffForm") TimeOffForm form, BindingResult binding, Model model,
                      RedirectAttributes redirect) {
        MemberId member = coach(me, coach);
        if (!binding.hasErrors()) {
            try {
                setup.addTimeOff(me, member, form.from(), form.to(), form.reason());
                redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Time off saved."));
                return "redirect:/app/schedule/hours?coach=" + member;
            } catch (InvalidFieldException e) {
                Forms.reject(binding, e);
            }
        }
        return hoursPage(me, member, model);
    }

    @PostMapping("/app/schedule/hours/{coach}/{id}/delete")
    String removeHours(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String coach,
                       @PathVariable UUID id, RedirectAttributes redirect) {
        MemberId member = coach(me, coach);
        setup.removeHours(me, member, id);
        redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Removed."));
        return "redirect:/app/schedule/hours?coach=" + member;
    }

    /** The hours page, with a blank form for each form the request did not post. */
    private String hoursPage(SpotterPrincipal me, MemberId coach, Model model) {
        blank(model, "weeklyForm", new WeeklyForm(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        blank(model, "exceptionForm", new ExceptionForm(null, null, null, false, ""));
        blank(model, "timeOffForm", new TimeOffForm(null, null, ""));
        model.addAttribute("hours", setup.hours(me, coach));
        model.addAttribute("coaches", setup.coaches(me));
        model.addAttribute("coach", coach);
        model.addAttribute("editable", me.isOwner() || me.memberId().equals(coach));
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("zone", studios.timeZone(me.studioId()));
        return "scheduling/hours";
    }

    private static void blank(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    private static MemberId coach(SpotterPrincipal me, String coach) {
        if (coach == null || coach.isBlank()) {
            return me.memberId();
        }
        return MemberId.parse(coach).orElseThrow(() -> new NotFoundException("Coach"));
    }
}
