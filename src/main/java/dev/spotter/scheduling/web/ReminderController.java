package dev.spotter.scheduling.web;

import java.util.UUID;

import dev.spotter.scheduling.SessionReminders;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The link in a reminder email that turns reminders off, followed without signing in. */
@Controller
class ReminderController {

    private final SessionReminders reminders;

    ReminderController(SessionReminders reminders) {
        this.reminders = reminders;
    }

    @GetMapping("/reminders/unsubscribe")
    String unsubscribe(@RequestParam UUID studio, @RequestParam UUID client, @RequestParam String signature,
                       Model model, HttpServletResponse response) {
        boolean done = reminders.unsubscribe(studio, client, signature);
        if (!done) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("done", done);
        return "scheduling/reminders-off";
    }
}
