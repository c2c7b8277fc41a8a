package dev.spotter.training.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.Choices;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.InvalidFieldsException;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Units;
import dev.spotter.platform.web.Flash;
import dev.spotter.platform.web.Forms;
import dev.spotter.programs.ProgramBook;
import dev.spotter.science.MassUnit;
import dev.spotter.studios.StudioDirectory;
import dev.spotter.training.BodyRegion;
import dev.spotter.training.FinishWorkout;
import dev.spotter.training.PainReport;
import dev.spotter.training.ReportPain;
import dev.spotter.training.SetEntry;
import dev.spotter.training.Swap;
import dev.spotter.training.SwapExercise;
import dev.spotter.training.SwapReason;
import dev.spotter.training.Today;
import dev.spotter.training.TrainingLog;
import dev.spotter.training.Workout;
import dev.spotter.training.WorkoutFile;
import dev.spotter.training.engine.PlanOrder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client's Today screen: the next session of their program with a set form per set, a rest timer after each
 * set, and finishing with session RPE. Set forms work as plain posts; spotter.js sends them in the background,
 * keeping unsent sets on the phone until it is online, and the set id makes a resend harmless.
 */
@Controller
class TodayController {

    /** The header spotter.js sends with a set, asking for a status code instead of a page. */
    static final String BACKGROUND = "X-Spotter-Background";

    private final TrainingLog log;
    private final StudioDirectory studios;
    private final Clock clock;

    TodayController(TrainingLog log, StudioDirectory studios, Clock clock) {
        this.log = log;
        this.studios = studios;
        this.clock = clock;
    }

    /** A set form's error, shown next to the field of the set it concerns after the redirect. */
    record SetError(String slot, int setNumber, String field, String message) {
    }

    @GetMapping("/portal/today")
    String today(@AuthenticationPrincipal SpotterPrincipal me, Model model) {
        Today today = log.today(me);
        model.addAttribute("today", today);
        model.addAttribute("state", today.state().name());
        model.addAttribute("zone", today.zone());
        if (today.session() != null) {
            model.addAttribute("blocks", TodayItems.of(today));
            model.addAttribute("behind", new PlanOrder(today.published().body())
                    .plannedBy(today.published().program().publishedAt(), clock.instant()) > today.sessionsDone() + 1);
        }
        if (today.workout() != null) {
            model.addAttribute("elapsedMinutes", today.workout().elapsedMinutes(clock.instant()));
        }
        model.addAttribute("scale", IntStream.rangeClosed(0, 10)
                .mapToObj(rpe -> Map.entry(rpe, FinishWorkout.words(rpe))).toList());
        return "training/today";
    }

    @PostMapping("/portal/today/start")
    String start(@AuthenticationPrincipal SpotterPrincipal me, RedirectAttributes redirect) {
        try {
            log.start(me);
        } catch (ConflictException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.getMessage() + "."));
        }
        return "redirect:/portal/today";
    }

    /** The fields of a set form, as the page posts them. */
    record SetForm(String workoutId, UUID setId, String slot, Integer setNumber, String reps, String loadKg,
                   String load, String unit, String rpe, String seconds, String minutes, String km, String metres,
                   String avgHr, Boolean done) {

        SetEntry entry() {
            return new SetEntry(setId, slot, setNumber, Forms.whole("reps", reps), kilograms(),
                    Forms.decimal("rpe", rpe), null, TodayController.seconds(seconds, minutes),
                    metres != null && !metres.isBlank() ? Forms.whole("metres", metres)
                            : TodayController.metres(km),
                    Forms.whole("avgHr", avgHr), null, done);
        }

        /** The load in kilograms: given in kg, or in the client's unit ({@code load} with {@code unit}). */
        private BigDecimal kilograms() {
            BigDecimal amount = Forms.decimal("loadKg", load != null && !load.isBlank() ? load : loadKg);
            if (amount == null || load == null || load.isBlank() || !"LB".equals(unit)) {
                return amount;
            }
            if (amount.signum() < 0 || amount.doubleValue() > MassUnit.LB.fromKg(SetEntry.MAX_LOAD_KG)) {
                throw new InvalidFieldException("loadKg", "must be between 0 and "
                        + Math.round(MassUnit.LB.fromKg(SetEntry.MAX_LOAD_KG)) + " lb");
            }
            return BigDecimal.valueOf(MassUnit.LB.toKg(amount.doubleValue())).setScale(2, RoundingMode.HALF_UP);
        }
    }

    @PostMapping("/portal/today/sets")
    String logSet(@AuthenticationPrincipal SpotterPrincipal me, SetForm form, RedirectAttributes redirect) {
        String anchor = form.slot() == null ? "" : "#" + form.slot();
        try {
            log.log(me, ProgramBook.uuid(form.workoutId(), "Workout"), form.entry());
        } catch (InvalidFieldException e) {
            String said = said(e);
            redirect.addFlashAttribute("setError", new SetError(form.slot(),
                    form.setNumber() == null ? 0 : form.setNumber(), field(e), said));
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Set not logged: " + said + "."));
        } catch (ConflictException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.getMessage() + "."));
            return "redirect:/portal/today";
        }
        return "redirect:/portal/today" + anchor;
    }

    /** The same set sent by spotter.js: answered with a status, and the message of a refused value. */
    @PostMapping(value = "/portal/today/sets", headers = BACKGROUND + "=true")
    ResponseEntity<?> logSetInBackground(@AuthenticationPrincipal SpotterPrincipal me, SetForm form) {
        try {
            log.log(me, ProgramBook.uuid(form.workoutId(), "Workout"), form.entry());
            return ResponseEntity.noContent().build();
        } catch (InvalidFieldException e) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("field", field(e), "message", said(e)));
        } catch (ConflictException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("field", "workoutId", "message", e.getMessage()));
        }
    }

    @PostMapping("/portal/today/finish")
    String finish(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam String workoutId,
                  @RequestParam(required = false) Integer sessionRpe, @RequestParam(required = false) String minutes,
                  @RequestParam(required = false) String notes, RedirectAttributes redirect) {
        try {
            Workout finished = log.finish(me, ProgramBook.uuid(workoutId, "Workout"),
                    new FinishWorkout(sessionRpe, Forms.whole("minutes", minutes), notes));
            WorkoutFile file = log.workout(me, finished.id());
            List<String> records = WorkoutRows.records(file, unit(me));
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Session saved: " + finished.setsDone()
                    + " of " + finished.prescribedSets() + " sets, " + finished.minutes() + " min, RPE "
                    + finished.sessionRpe() + (file.kcal() != null ? ", about " + file.kcal() + " kcal" : "")
                    + ". Well done." + (records.isEmpty() ? "" : " New personal records: "
                    + String.join("; ", records) + ".")));
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("finishError", new SetError(null, 0, field(e), said(e)));
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("Not finished yet: " + said(e) + "."));
            return "redirect:/portal/today#finish";
        }
        return "redirect:/portal/today";
    }

    // ---- swapping an exercise ----

    @GetMapping("/portal/today/swap")
    String swapPage(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam String workoutId,
                    @RequestParam String slot, Model model) {
        return swapPage(me, workoutId, slot, null, null, null, model);
    }

    private String swapPage(SpotterPrincipal me, String workoutId, String slot, SetError error, String reason,
                            String note, Model model) {
        model.addAttribute("substitution", log.alternatives(me, ProgramBook.uuid(workoutId, "Workout"), slot));
        model.addAttribute("workoutId", workoutId);
        model.addAttribute("slot", slot);
        model.addAttribute("swapId", UUID.randomUUID());
        model.addAttribute("reasons", Arrays.stream(SwapReason.values()).filter(SwapReason::chosenByClient).toList());
        model.addAttribute("swapError", error);
        model.addAttribute("chosenReason", reason);
        model.addAttribute("note", note);
        return "training/swap";
    }

    @PostMapping("/portal/today/swap")
    String swap(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam String workoutId,
                @RequestParam(required = false) UUID swapId, @RequestParam String slot,
                @RequestParam(required = false) String exerciseId, @RequestParam(required = false) String reason,
                @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        try {
            Swap swap = log.swap(me, ProgramBook.uuid(workoutId, "Workout"),
                    new SwapExercise(swapId, slot, exerciseId, Choices.of(SwapReason.class, "reason", reason), note));
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("Swapped: " + swap.toExerciseName()
                    + " in place of " + swap.fromExerciseName() + ". Your coach will see why."));
            return "redirect:/portal/today#" + swap.slot();
        } catch (InvalidFieldException e) {
            return swapPage(me, workoutId, slot, new SetError(slot, 0, field(e), said(e)), reason, note, model);
        } catch (ConflictException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.getMessage() + "."));
            return "redirect:/portal/today";
        }
    }

    // ---- reporting pain ----

    @GetMapping("/portal/today/pain")
    String painPage(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam String workoutId,
                    @RequestParam(required = false) String slot, Model model) {
        return painPage(me, workoutId, slot, null, new PainForm(null, null, null, null), model);
    }

    /** The pain form as posted, kept to show it again with an error. */
    record PainForm(String score, String region, String side, String note) {
    }

    private String painPage(SpotterPrincipal me, String workoutId, String slot, SetError error, PainForm form,
                            Model model) {
        WorkoutFile file = log.workout(me, ProgramBook.uuid(workoutId, "Workout"));
        model.addAttribute("workout", file.workout());
        model.addAttribute("exercise", slot == null || slot.isBlank() ? null : file.session().prescriptions()
                .filter(item -> item.slot().equals(slot)).findFirst().orElse(null));
        model.addAttribute("slot", slot);
        model.addAttribute("reportId", UUID.randomUUID());
        model.addAttribute("regions", BodyRegion.values());
        model.addAttribute("painError", error);
        model.addAttribute("form", form);
        return "training/pain";
    }

    @PostMapping("/portal/today/pain")
    String reportPain(@AuthenticationPrincipal SpotterPrincipal me, @RequestParam String workoutId,
                      @RequestParam(required = false) UUID reportId, @RequestParam(required = false) String slot,
                      PainForm form, Model model, RedirectAttributes redirect) {
        try {
            PainReport report = log.reportPain(me, ProgramBook.uuid(workoutId, "Workout"), new ReportPain(reportId,
                    slot, Forms.whole("score", form.score()), Choices.of(BodyRegion.class, "region", form.region()),
                    form.side(), form.note()));
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(report.severe()
                    ? "Thank you. Stop this exercise now; your coach will contact you before your next session."
                    : "Thank you: your coach will see it" + (report.exerciseName() == null ? "."
                    : ", and your next sessions avoid this movement until they have looked at it.")));
            return "redirect:/portal/today" + (report.slot() == null ? "" : "#" + report.slot());
        } catch (InvalidFieldException e) {
            return painPage(me, workoutId, slot, new SetError(slot, 0, field(e), said(e)), form, model);
        } catch (ConflictException e) {
            redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.getMessage() + "."));
            return "redirect:/portal/today";
        }
    }

    private MassUnit unit(SpotterPrincipal me) {
        return studios.unitsOf(me.studioId(), me.memberId()) == Units.IMPERIAL ? MassUnit.LB : MassUnit.KG;
    }

    /** The first field a refusal names. */
    private static String field(InvalidFieldException e) {
        return e instanceof InvalidFieldsException many ? many.problems().get(0).field() : e.field();
    }

    /** "RPE must be between 1 and 10": the first refusal, with the field named as the form shows it. */
    private static String said(InvalidFieldException e) {
        String message = e instanceof InvalidFieldsException many ? many.problems().get(0).message()
                : e.getMessage();
        return label(field(e)) + " " + message;
    }

    /** Field names as the form shows them. */
    private static String label(String field) {
        return switch (field) {
            case "loadKg" -> "Load";
            case "rpe" -> "RPE";
            case "sessionRpe" -> "Session RPE";
            case "avgHr" -> "Average heart rate";
            case "seconds" -> "Time";
            case "exerciseId" -> "The exercise";
            case "score" -> "Pain score";
            case "region" -> "Where it hurts";
            case "metres" -> "Distance";
            case "setId" -> "The set";
            default -> Character.toUpperCase(field.charAt(0)) + field.substring(1);
        };
    }

    private static Integer seconds(String seconds, String minutes) {
        Integer given = Forms.whole("seconds", seconds);
        if (given != null) {
            return given;
        }
        BigDecimal inMinutes = Forms.decimal("minutes", minutes);
        if (inMinutes == null) {
            return null;
        }
        if (inMinutes.signum() <= 0 || inMinutes.compareTo(BigDecimal.valueOf(SetEntry.MAX_SECONDS / 60)) > 0) {
            throw new InvalidFieldException("minutes", "must be between 1 and " + SetEntry.MAX_SECONDS / 60);
        }
        return inMinutes.multiply(BigDecimal.valueOf(60)).intValue();
    }

    private static Integer metres(String km) {
        BigDecimal distance = Forms.decimal("km", km);
        if (distance == null) {
            return null;
        }
        if (distance.signum() <= 0 || distance.compareTo(BigDecimal.valueOf(SetEntry.MAX_METRES / 1000)) > 0) {
            throw new InvalidFieldException("km", "must be between 0.001 and " + SetEntry.MAX_METRES / 1000);
        }
        return distance.movePointRight(3).intValue();
    }
}
