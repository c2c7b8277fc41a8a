package dev.spotter.programs;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.spotter.clients.Client;
import dev.spotter.clients.ClientDirectory;
import dev.spotter.clients.SafetyProfile;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.ExerciseCatalog;
import dev.spotter.exercises.ExerciseQuery;
import dev.spotter.exercises.Modality;
import dev.spotter.exercises.engine.Alternative;
import dev.spotter.exercises.engine.Substitution;
import dev.spotter.platform.api.ConflictException;
import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.InvalidFieldsException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.programs.engine.Athlete;
import dev.spotter.programs.engine.BlockKind;
import dev.spotter.programs.engine.CheckReport;
import dev.spotter.programs.engine.Dose;
import dev.spotter.programs.engine.Generation;
import dev.spotter.programs.engine.LoadRule;
import dev.spotter.programs.engine.Prescription;
import dev.spotter.programs.engine.Program;
import dev.spotter.programs.engine.ProgramChecker;
import dev.spotter.programs.engine.ProgramGenerator;
import dev.spotter.programs.engine.Reason;
import dev.spotter.programs.engine.Specialisation;
import dev.spotter.programs.internal.Athletes;
import dev.spotter.programs.internal.BuiltInTemplates;
import dev.spotter.programs.internal.ProgramEdits;
import dev.spotter.programs.internal.Programs;
import dev.spotter.studios.AuditTrail;
import dev.spotter.studios.StudioDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training programs as the rest of Spotter uses them: generate one for a client, edit it (every edit is a new
 * version, checked again and described in words), publish it to the client's portal, keep it as a template and
 * apply templates to clients. Coaches work on their studio's programs; a client reads only the version their
 * coach published for them.
 */
@Service
public class ProgramBook {

    public static final int MIN_WEEKS = ProgramGenerator.MIN_WEEKS;
    public static final int MAX_WEEKS = ProgramGenerator.MAX_WEEKS;
    public static final int DEFAULT_WEEKS = ProgramGenerator.DEFAULT_WEEKS;
    /** An override has to say something: "ok" is not a reason. */
    public static final int MIN_OVERRIDE_REASON = 10;
    public static final int ALTERNATIVES = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Programs programs;
    private final ClientDirectory clients;
    private final ExerciseCatalog catalog;
    private final StudioDirectory studios;
    private final AuditTrail audit;
    private final Clock clock;

    ProgramBook(Programs programs, ClientDirectory clients, ExerciseCatalog catalog, StudioDirectory studios,
                AuditTrail audit, Clock clock) {
        this.programs = programs;
        this.clients = clients;
        this.catalog = catalog;
        this.studios = studios;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of programs with the total. */
    public record Page(List<ProgramSummary> items, long total) {
    }

    // ---- generating ----

    /**
     * Drafts a program for the client and stores it as version 1 with the checker's report. When the generator
     * needs more about the client first, nothing is stored and {@link GenerationRefused} lists what.
     */
    @Transactional
    public ProgramSummary generate(SpotterPrincipal caller, UUID clientId, Specialisation specialisation,
                                   Integer weeks, Long seed) {
        requireCoach(caller);
        Client client = clients.client(caller, clientId);
        int length = weeks == null ? DEFAULT_WEEKS : weeks;
        if (length < MIN_WEEKS || length > MAX_WEEKS) {
            throw new InvalidFieldException("weeks", "must be between " + MIN_WEEKS + " and " + MAX_WEEKS);
        }
        List<Exercise> library = catalog.library(caller.studioId());
        Athlete athlete = athlete(caller.studioId(), client, library);
        Specialisation chosen = specialisation == null ? Specialisation.suggested(athlete.goal(), athlete.age())
                : specialisation;
        long chosenSeed = seed == null ? RANDOM.nextLong() : seed;
        Generation generation = new ProgramGenerator(library).generate(athlete, chosen, length, chosenSeed);
        if (generation instanceof Generation.Refused refused) {
            throw new GenerationRefused(refused.missing());
        }
        Program program = ((Generation.Drafted) generation).program();
        CheckReport report = new ProgramChecker(library).check(program, athlete);
        UUID id = UUID.randomUUID();
        programs.create(caller.studioId(), new Programs.NewProgram(id, ProgramKind.PROGRAM, clientId, program, null,
                caller.memberId(), clock.instant()), report, "Generated for " + client.displayName() + ": "
                + chosen.label() + ", " + length + " weeks (seed " + chosenSeed + ").");
        return summary(caller, id);
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public Page list(SpotterPrincipal caller, UUID clientId, ProgramKind kind, ProgramStatus status, Paging paging) {
        if (!caller.coaches()) {
            Client self = clients.self(caller);
            if (kind == ProgramKind.TEMPLATE || (clientId != null && !clientId.equals(self.id()))
                    || (status != null && status != ProgramStatus.PUBLISHED)) {
                return new Page(List.of(), 0);
            }
            Programs.Page page = programs.list(caller.studioId(), self.id(), ProgramKind.PROGRAM,
                    ProgramStatus.PUBLISHED, paging);
            return new Page(page.items().stream().map(item -> item.withClientName(self.displayName())).toList(),
                    page.total());
        }
        Programs.Page page = programs.list(caller.studioId(), clientId, kind, status, paging);
        Set<UUID> ids = page.items().stream().map(ProgramSummary::clientId).filter(id -> id != null)
                .collect(Collectors.toSet());
        Map<UUID, String> names = clients.names(caller, ids);
        return new Page(page.items().stream().map(item -> item.withClientName(names.get(item.clientId()))).toList(),
                page.total());
    }

    /**
     * A program with the version asked for (the current one by default), checked against the client as they are
     * today. A client gets their own published program's published version, and nothing else.
     */
    @Transactional(readOnly = true)
    public ProgramFile open(SpotterPrincipal caller, UUID id, Integer version) {
        if (!caller.coaches()) {
            Client self = clients.self(caller);
            ProgramSummary program = programs.find(caller.studioId(), id)
                    .filter(found -> self.id().equals(found.clientId()))
                    .filter(found -> found.status() == ProgramStatus.PUBLISHED)
                    .filter(found -> version == null || version.equals(found.publishedVersion()))
                    .orElseThrow(() -> new NotFoundException("Program"));
            ProgramVersion published = programs.version(caller.studioId(), id, program.publishedVersion())
                    .orElseThrow(() -> new NotFoundException("Program"));
            return new ProgramFile(program.withClientName(self.displayName()), published,
                    new CheckReport(List.of()), self, null, List.of());
        }
        Working working = working(caller, id);
        ProgramVersion shown = version == null || version == working.program().currentVersion() ? working.current()
                : programs.version(caller.studioId(), id, version)
                .orElseThrow(() -> new NotFoundException("Program version"));
        CheckReport report = new ProgramChecker(working.library()).check(shown.body(), working.athlete());
        return new ProgramFile(working.program(), shown, report, working.client(), working.safety(),
                historyOf(caller, id));
    }

    /** Every version of the program, newest first, with who wrote it. */
    @Transactional(readOnly = true)
    public List<VersionEntry> history(SpotterPrincipal caller, UUID id) {
        requireCoach(caller);
        find(caller, id);
        return historyOf(caller, id);
    }

    private List<VersionEntry> historyOf(SpotterPrincipal caller, UUID id) {
        Map<MemberId, String> names = studios.activeCoaches(caller.studioId()).stream()
                .collect(Collectors.toMap(StudioDirectory.Coach::memberId, StudioDirectory.Coach::displayName,
                        (a, b) -> a));
        return programs.history(caller.studioId(), id).stream()
                .map(entry -> entry.withAuthor(names.getOrDefault(entry.createdBy(), "A former coach")))
                .toList();
    }

    /** The program the calling client follows, at the version their coach published. */
    @Transactional(readOnly = true)
    public Optional<PublishedProgram> published(SpotterPrincipal caller) {
        return published(caller.studioId(), clients.self(caller), program ->
                studios.activeCoaches(caller.studioId()).stream()
                        .filter(c -> c.memberId().equals(program.publishedBy())).findFirst()
                        .map(StudioDirectory.Coach::displayName).orElse(null));
    }

    /** The program a coach's client follows, at the version published for them; for the training log. */
    @Transactional(readOnly = true)
    public Optional<PublishedProgram> publishedFor(SpotterPrincipal caller, UUID clientId) {
        requireCoach(caller);
        return published(caller.studioId(), clients.client(caller, clientId), program -> null);
    }

    /** The client's published program at its published version, with the coach {@code coach} names for it. */
    private Optional<PublishedProgram> published(StudioId studio, Client client,
                                                 Function<ProgramSummary, String> coach) {
        return programs.publishedFor(studio, client.id()).flatMap(program ->
                programs.version(studio, program.id(), program.publishedVersion()).map(version ->
                        new PublishedProgram(program.withClientName(client.displayName()), version.body(),
                                coach.apply(program))));
    }

    /** Checks the current version again against the client as they are today, and keeps the verdict. */
    @Transactional
    public CheckReport check(SpotterPrincipal caller, UUID id) {
        requireCoach(caller);
        Working working = working(caller, id);
        CheckReport report = new ProgramChecker(working.library()).check(working.current().body(),
                working.athlete());
        programs.updateFindings(caller.studioId(), id, working.current().version(), report);
        return report;
    }

    /** Safe alternatives to the exercise in a slot, for this program's client. */
    @Transactional(readOnly = true)
    public Substitution alternatives(SpotterPrincipal caller, UUID id, int session, String slot) {
        requireCoach(caller);
        Working working = working(caller, id);
        Prescription item = ProgramEdits.first(working.current().body(), session, slot);
        Exercise original = working.library().stream().filter(e -> e.id().equals(item.exerciseId())).findFirst()
                .orElseThrow(() -> new InvalidFieldException("slot", item.exerciseName()
                        + " is no longer in your library: remove it and add another exercise"));
        return catalog.alternatives(caller.studioId(), original, Athletes.context(working.athlete()), ALTERNATIVES);
    }

    /**
     * Exercises a trainer can add to a block, for this program's client: matching the words typed (or suiting the
     * block when nothing is typed), with equipment they have and nothing they must avoid.
     */
    @Transactional(readOnly = true)
    public List<Exercise> addable(SpotterPrincipal caller, UUID id, BlockKind block, String text, int limit) {
        requireCoach(caller);
        Working working = working(caller, id);
        Athlete athlete = working.athlete();
        boolean typed = text != null && !text.isBlank();
        return catalog.search(caller.studioId(), new ExerciseQuery(text, null, typed ? null : modality(block), null,
                null, athlete.equipment(), null, athlete.avoid(), null), new Paging(0, limit)).items();
    }

    // ---- editing: each edit is a new version ----

    /** Puts another exercise in a slot of a session in every week, keeping the dose, and records why. */
    @Transactional
    public ProgramSummary swap(SpotterPrincipal caller, UUID id, Integer expectedVersion, Integer session,
                               String slot, String exerciseId) {
        requireCoach(caller);
        int sessionIndex = required("session", session);
        String slotName = required("slot", slot);
        String chosenId = required("exerciseId", exerciseId);
        return edit(caller, id, expectedVersion, working -> {
            Program body = working.current().body();
            Prescription before = ProgramEdits.first(body, sessionIndex, slotName);
            Exercise replacement = chosen(working, chosenId);
            if (replacement.id().equals(before.exerciseId())) {
                throw new InvalidFieldException("exerciseId", "is already the exercise in this slot");
            }
            String because = working.library().stream().filter(e -> e.id().equals(before.exerciseId()))
                    .findFirst()
                    .map(original -> catalog.alternatives(caller.studioId(), original,
                            Athletes.context(working.athlete()), ALTERNATIVES).alternatives().stream()
                            .filter(alternative -> alternative.exercise().id().equals(replacement.id()))
                            .map(Alternative::reason).findFirst().orElse(null))
                    .orElse(null);
            Reason reason = new Reason("swap.trainer", "Swapped by " + caller.displayName() + ": "
                    + (because == null ? "chosen from the library in place of " + before.exerciseName()
                    : because + " (in place of " + before.exerciseName() + ")") + ".", null);
            Program changed = ProgramEdits.everyWeek(body, sessionIndex, slotName, item -> {
                List<Reason> why = new ArrayList<>();
                why.add(reason);
                // Reasons that named the old exercise went with it; those about the slot and its dose stay.
                item.why().stream().filter(old -> !old.text().contains(item.exerciseName())).forEach(why::add);
                return item.withExercise(replacement.id(), replacement.name(), why);
            });
            return new Edit(changed, "Swapped " + before.exerciseName() + " for " + replacement.name() + " in "
                    + ProgramEdits.describeSession(body, sessionIndex) + ", every week.");
        });
    }

    /** Changes the dose of one prescription in one week. */
    @Transactional
    public ProgramSummary changeDose(SpotterPrincipal caller, UUID id, Integer expectedVersion, Integer week,
                                     Integer session, String slot, DoseChange change) {
        requireCoach(caller);
        int weekNumber = required("week", week);
        int sessionIndex = required("session", session);
        String slotName = required("slot", slot);
        Dosed dosed = dose(change);
        return edit(caller, id, expectedVersion, working -> {
            Program body = working.current().body();
            Prescription before = ProgramEdits.find(body, weekNumber, sessionIndex, slotName);
            Program changed = ProgramEdits.oneWeek(body, weekNumber, sessionIndex, slotName,
                    item -> item.withDose(dosed.sets(), dosed.dose(), dosed.load(), dosed.rest(), dosed.tempo(),
                            dosed.notes()));
            Prescription after = ProgramEdits.find(changed, weekNumber, sessionIndex, slotName);
            if (after.equals(before)) {
                throw new InvalidFieldException("sets", "nothing changed: this is the dose already prescribed");
            }
            return new Edit(changed, "Changed " + before.exerciseName() + " in week " + weekNumber + ", "
                    + ProgramEdits.describeSession(body, sessionIndex) + " from " + describe(before) + ", to "
                    + describe(after) + ".");
        });
    }

    /** Adds an exercise to a block of a session in every week, dosed as the generator would dose it. */
    @Transactional
    public ProgramSummary addExercise(SpotterPrincipal caller, UUID id, Integer expectedVersion, Integer session,
                                      BlockKind block, String exerciseId) {
        requireCoach(caller);
        int sessionIndex = required("session", session);
        BlockKind kind = required("block", block);
        String chosenId = required("exerciseId", exerciseId);
        return edit(caller, id, expectedVersion, working -> {
            Program body = working.current().body();
            Exercise exercise = chosen(working, chosenId);
            String slot = ProgramEdits.freeSlot(body, sessionIndex, kind);
            Prescription item = new ProgramGenerator(working.library()).prescribe(exercise, kind, working.athlete(),
                    body.specialisation(), slot);
            Reason added = new Reason("add.trainer", "Added by " + caller.displayName() + ".", null);
            List<Reason> why = new ArrayList<>(List.of(added));
            why.addAll(item.why());
            Prescription dosed = item.withExercise(item.exerciseId(), item.exerciseName(), why);
            Program changed = ProgramEdits.add(body, sessionIndex, kind, week -> dosed);
            return new Edit(changed, "Added " + exercise.name() + " to " + kind.label().toLowerCase(Locale.ROOT)
                    + " in " + ProgramEdits.describeSession(body, sessionIndex) + ", every week, at "
                    + describe(dosed) + ".");
        });
    }

    /** Takes an exercise out of a session in every week. */
    @Transactional
    public ProgramSummary remove(SpotterPrincipal caller, UUID id, Integer expectedVersion, Integer session,
                                 String slot) {
        requireCoach(caller);
        int sessionIndex = required("session", session);
        String slotName = required("slot", slot);
        return edit(caller, id, expectedVersion, working -> {
            Program body = working.current().body();
            Prescription item = ProgramEdits.first(body, sessionIndex, slotName);
            return new Edit(ProgramEdits.remove(body, sessionIndex, slotName), "Removed " + item.exerciseName()
                    + " from " + ProgramEdits.describeSession(body, sessionIndex) + ", every week.");
        });
    }

    /** Moves an exercise one place up or down inside its block, in every week. */
    @Transactional
    public ProgramSummary move(SpotterPrincipal caller, UUID id, Integer expectedVersion, Integer session,
                               String slot, boolean up) {
        requireCoach(caller);
        int sessionIndex = required("session", session);
        String slotName = required("slot", slot);
        return edit(caller, id, expectedVersion, working -> {
            Program body = working.current().body();
            Prescription item = ProgramEdits.first(body, sessionIndex, slotName);
            Program moved = ProgramEdits.move(body, sessionIndex, slotName, up ? -1 : 1);
            if (moved.equals(body)) {
                throw new InvalidFieldException("slot", item.exerciseName() + " is already "
                        + (up ? "first" : "last") + " in its block");
            }
            return new Edit(moved, "Moved " + item.exerciseName() + (up ? " up" : " down") + " in "
                    + ProgramEdits.describeSession(body, sessionIndex) + ", every week.");
        });
    }

    /** Replaces the whole program, as an API client that edits programs itself does. */
    @Transactional
    public ProgramSummary replace(SpotterPrincipal caller, UUID id, Integer expectedVersion, Program body,
                                  String note) {
        requireCoach(caller);
        if (body == null) {
            throw new InvalidFieldException("program", "is required");
        }
        if (body.weeks().isEmpty()) {
            throw new InvalidFieldException("program.phases", "must hold at least one week");
        }
        if (note != null && note.length() > 500) {
            throw new InvalidFieldException("note", "must be at most 500 characters");
        }
        return edit(caller, id, expectedVersion, working -> new Edit(body,
                note == null || note.isBlank() ? "Replaced the whole program." : note.strip()));
    }

    /** Makes an earlier version the current one again, as a new version. */
    @Transactional
    public ProgramSummary restore(SpotterPrincipal caller, UUID id, Integer expectedVersion, int version) {
        requireCoach(caller);
        ProgramVersion earlier = programs.version(caller.studioId(), id, version)
                .orElseThrow(() -> new NotFoundException("Program version"));
        return edit(caller, id, expectedVersion, working -> new Edit(earlier.body(),
                "Restored version " + version + "."));
    }

    // ---- publishing, templates, archiving ----

    /**
     * Shows the current version in the client's portal; with {@code expectedVersion}, only if that is still the
     * current one. If the checker finds errors in it, publishing needs the trainer's reason, which is kept on the
     * version and written to the audit log.
     */
    @Transactional
    public ProgramSummary publish(SpotterPrincipal caller, UUID id, Integer expectedVersion, String overrideReason) {
        requireCoach(caller);
        Working working = working(caller, id);
        ProgramSummary program = working.program();
        if (program.template()) {
            throw new ConflictException("kind", "Templates are not published: apply one to a client, then publish "
                    + "the client's program");
        }
        if (program.archived()) {
            throw new ConflictException("status", "This program is archived");
        }
        if (expectedVersion != null) {
            requireCurrent(program, expectedVersion);
        }
        int version = program.currentVersion();
        CheckReport report = new ProgramChecker(working.library()).check(working.current().body(), working.athlete());
        programs.updateFindings(caller.studioId(), id, version, report);
        String subject = program.title() + " for " + working.client().displayName();
        if (!report.passed()) {
            String reason = overrideReason == null ? "" : overrideReason.strip();
            int errors = report.errors().size();
            if (reason.length() < MIN_OVERRIDE_REASON) {
                throw new InvalidFieldException("overrideReason", "the checker found " + errors
                        + (errors == 1 ? " error" : " errors") + ": say why it is safe to publish anyway (at least "
                        + MIN_OVERRIDE_REASON + " characters)");
            }
            if (reason.length() > 1000) {
                throw new InvalidFieldException("overrideReason", "must be at most 1000 characters");
            }
            programs.recordOverride(caller.studioId(), id, version, reason);
            audit.record(caller.studioId(), caller.memberId(), AuditTrail.Event.PROGRAM_OVERRIDDEN, subject,
                    "Version " + version + " published despite " + errors + (errors == 1 ? " error" : " errors")
                            + " (" + report.errors().get(0).message() + "). Reason: " + reason);
        }
        Instant now = clock.instant();
        programs.archivePublished(caller.studioId(), program.clientId(), id, now);
        programs.publish(caller.studioId(), id, version, caller.memberId(), now);
        audit.record(caller.studioId(), caller.memberId(), AuditTrail.Event.PROGRAM_PUBLISHED, subject,
                "Version " + version);
        return summary(caller, id);
    }

    /** Keeps the current version as a studio template that belongs to no client. */
    @Transactional
    public ProgramSummary saveAsTemplate(SpotterPrincipal caller, UUID id, String title) {
        requireCoach(caller);
        Working working = working(caller, id);
        String name = title == null || title.isBlank() ? working.program().title() : title.strip();
        if (name.length() > 200) {
            throw new InvalidFieldException("title", "must be at most 200 characters");
        }
        Program body = working.current().body().withTitle(name);
        UUID templateId = UUID.randomUUID();
        programs.create(caller.studioId(), new Programs.NewProgram(templateId, ProgramKind.TEMPLATE, null, body,
                id.toString(), caller.memberId(), clock.instant()),
                new ProgramChecker(working.library()).check(body, Athletes.neutral(body)),
                "Saved as a template from \"" + working.program().title() + "\", version "
                        + working.current().version() + ".");
        return summary(caller, templateId);
    }

    /** The studio's templates, then Spotter's built-in ones. */
    @Transactional(readOnly = true)
    public List<TemplateSummary> templates(SpotterPrincipal caller) {
        requireCoach(caller);
        List<TemplateSummary> all = new ArrayList<>();
        for (ProgramSummary template : programs.list(caller.studioId(), null, ProgramKind.TEMPLATE, null,
                new Paging(0, Paging.MAX_SIZE)).items()) {
            all.add(new TemplateSummary(template.id().toString(), template.title(),
                    template.specialisation().summary(), template.specialisation(), template.weeks(),
                    template.daysPerWeek(), false, template.updatedAt()));
        }
        for (BuiltInTemplates.Archetype archetype : BuiltInTemplates.all()) {
            all.add(summary(archetype));
        }
        return all;
    }

    private static TemplateSummary summary(BuiltInTemplates.Archetype archetype) {
        return new TemplateSummary(archetype.id(), archetype.title(), archetype.description(),
                archetype.specialisation(), archetype.weeks(), archetype.daysPerWeek(), true, null);
    }

    /** A built-in template drafted for a preview: the program and the archetype it was written for. */
    public record BuiltInPreview(TemplateSummary template, Program body) {
    }

    @Transactional(readOnly = true)
    public BuiltInPreview builtIn(SpotterPrincipal caller, String templateId) {
        requireCoach(caller);
        BuiltInTemplates.Archetype archetype = BuiltInTemplates.find(templateId)
                .orElseThrow(() -> new NotFoundException("Template"));
        Program body = BuiltInTemplates.draft(archetype, catalog.library(caller.studioId()));
        return new BuiltInPreview(summary(archetype), body);
    }

    /** Starts a draft program for the client from a template, checked against that client. */
    @Transactional
    public ProgramSummary applyTemplate(SpotterPrincipal caller, String templateId, UUID clientId) {
        requireCoach(caller);
        if (clientId == null) {
            throw new InvalidFieldException("clientId", "choose the client to apply the template to");
        }
        Client client = clients.client(caller, clientId);
        List<Exercise> library = catalog.library(caller.studioId());
        Program body;
        String name;
        if (BuiltInTemplates.builtIn(templateId)) {
            BuiltInTemplates.Archetype archetype = BuiltInTemplates.find(templateId)
                    .orElseThrow(() -> new NotFoundException("Template"));
            body = BuiltInTemplates.draft(archetype, library);
            name = archetype.title();
        } else {
            ProgramSummary template = programs.find(caller.studioId(), uuid(templateId, "Template"))
                    .filter(ProgramSummary::template)
                    .orElseThrow(() -> new NotFoundException("Template"));
            body = programs.version(caller.studioId(), template.id(), template.currentVersion()).orElseThrow().body();
            name = template.title();
        }
        Athlete athlete = athlete(caller.studioId(), client, library);
        CheckReport report = new ProgramChecker(library).check(body, athlete);
        UUID id = UUID.randomUUID();
        programs.create(caller.studioId(), new Programs.NewProgram(id, ProgramKind.PROGRAM, clientId, body,
                templateId, caller.memberId(), clock.instant()), report, "Applied the template \"" + name + "\" to "
                + client.displayName() + " and checked it against their profile.");
        return summary(caller, id);
    }

    @Transactional
    public ProgramSummary archive(SpotterPrincipal caller, UUID id) {
        requireCoach(caller);
        find(caller, id);
        programs.archive(caller.studioId(), id, clock.instant());
        return summary(caller, id);
    }

    // ---- the working parts ----

    /** What an edit sees: the program, its current version, its client and the studio's library. */
    private record Working(ProgramSummary program, ProgramVersion current, Client client, SafetyProfile safety,
                           List<Exercise> library, Athlete athlete) {
    }

    /** A new body and the words that say what changed. */
    private record Edit(Program body, String note) {
    }

    private ProgramSummary edit(SpotterPrincipal caller, UUID id, Integer expectedVersion,
                                Function<Working, Edit> change) {
        requireCoach(caller);
        Working working = working(caller, id);
        if (working.program().archived()) {
            throw new ConflictException("status", "This program is archived and can no longer be changed");
        }
        requireCurrent(working.program(), expectedVersion);
        Edit edit = change.apply(working);
        CheckReport report = new ProgramChecker(working.library()).check(edit.body(), working.athlete());
        boolean added = programs.addVersion(caller.studioId(), id, expectedVersion, edit.body(), report,
                edit.note(), caller.memberId(), clock.instant());
        if (!added) {
            throw stale(programs.find(caller.studioId(), id).map(ProgramSummary::currentVersion).orElse(0));
        }
        return summary(caller, id);
    }

    private Working working(SpotterPrincipal caller, UUID id) {
        ProgramSummary program = find(caller, id);
        ProgramVersion current = programs.version(caller.studioId(), id, program.currentVersion()).orElseThrow();
        List<Exercise> library = catalog.library(caller.studioId());
        if (program.clientId() == null) {
            return new Working(program, current, null, null, library, Athletes.neutral(current.body()));
        }
        Client client = clients.client(caller, program.clientId());
        SafetyProfile safety = clients.safety(caller.studioId(), client);
        return new Working(program.withClientName(client.displayName()), current, client, safety, library,
                Athletes.of(client, safety, clients.today(), library));
    }

    private Athlete athlete(StudioId studio, Client client, List<Exercise> library) {
        return Athletes.of(client, clients.safety(studio, client), clients.today(), library);
    }

    private ProgramSummary find(SpotterPrincipal caller, UUID id) {
        return programs.find(caller.studioId(), id).orElseThrow(() -> new NotFoundException("Program"));
    }

    private ProgramSummary summary(SpotterPrincipal caller, UUID id) {
        ProgramSummary program = find(caller, id);
        if (program.clientId() == null) {
            return program;
        }
        return program.withClientName(clients.names(caller, Set.of(program.clientId())).get(program.clientId()));
    }

    private static void requireCurrent(ProgramSummary program, Integer expectedVersion) {
        if (expectedVersion == null) {
            throw new InvalidFieldException("expectedVersion", "is required: the version your change was made to");
        }
        if (expectedVersion != program.currentVersion()) {
            throw stale(program.currentVersion());
        }
    }

    private static ConflictException stale(int now) {
        return new ConflictException("expectedVersion", "This program was changed after you opened it; it is at "
                + "version " + now + " now. Reload it and make your change again");
    }

    // ---- doses ----

    /** A dose change read and checked field by field. */
    private record Dosed(int sets, Dose dose, LoadRule load, int rest, String tempo, String notes) {
    }

    static Dosed dose(DoseChange change) {
        if (change == null) {
            throw new InvalidFieldException("sets", "is required");
        }
        List<InvalidFieldsException.Problem> problems = new ArrayList<>();
        if (change.sets() == null || change.sets() < 1 || change.sets() > 20) {
            problems.add(new InvalidFieldsException.Problem("sets", "must be between 1 and 20"));
        }
        boolean reps = change.repsLow() != null || change.repsHigh() != null;
        int measures = (reps ? 1 : 0) + (change.seconds() != null ? 1 : 0) + (change.metres() != null ? 1 : 0);
        if (measures == 0) {
            problems.add(new InvalidFieldsException.Problem("repsLow", "give reps, a time or a distance"));
        } else if (measures > 1) {
            problems.add(new InvalidFieldsException.Problem(reps ? "repsLow" : "seconds",
                    "give only one of reps, a time or a distance"));
        } else if (reps) {
            Integer low = change.repsLow() == null ? change.repsHigh() : change.repsLow();
            Integer high = change.repsHigh() == null ? change.repsLow() : change.repsHigh();
            if (low < 1 || low > 100) {
                problems.add(new InvalidFieldsException.Problem("repsLow", "must be between 1 and 100"));
            }
            if (high < 1 || high > 100) {
                problems.add(new InvalidFieldsException.Problem("repsHigh", "must be between 1 and 100"));
            } else if (high < low) {
                problems.add(new InvalidFieldsException.Problem("repsHigh", "must be at least the low end"));
            }
        } else if (change.seconds() != null && (change.seconds() < 5 || change.seconds() > 4 * 3600)) {
            problems.add(new InvalidFieldsException.Problem("seconds", "must be between 5 seconds and 4 hours"));
        } else if (change.metres() != null && (change.metres() < 1 || change.metres() > 100_000)) {
            problems.add(new InvalidFieldsException.Problem("metres", "must be between 1 m and 100 km"));
        }
        LoadRule.Kind kind = change.loadKind();
        if (kind == null) {
            problems.add(new InvalidFieldsException.Problem("loadKind", "is required"));
        } else if (kind != LoadRule.Kind.HOLD) {
            double most = switch (kind) {
                case PERCENT_1RM, HEART_RATE_RESERVE -> 100;
                case RPE -> 20;
                case MET -> 25;
                case RIR, BODYWEIGHT, BAND -> 10;
                case HOLD -> 0;
            };
            double least = kind == LoadRule.Kind.RPE ? 6 : 0;
            Double low = change.loadLow();
            Double high = change.loadHigh();
            boolean optional = kind == LoadRule.Kind.BODYWEIGHT || kind == LoadRule.Kind.BAND;
            if (low == null && high == null && !optional) {
                problems.add(new InvalidFieldsException.Problem("loadLow", "give the load as a number or a range"));
            }
            if (low != null && (low < least || low > most)) {
                problems.add(new InvalidFieldsException.Problem("loadLow", "must be between " + number(least)
                        + " and " + number(most) + " for " + kind.label()));
            }
            if (high != null && (high < least || high > most)) {
                problems.add(new InvalidFieldsException.Problem("loadHigh", "must be between " + number(least)
                        + " and " + number(most) + " for " + kind.label()));
            } else if (low != null && high != null && high < low) {
                problems.add(new InvalidFieldsException.Problem("loadHigh", "must be at least the low end"));
            }
        }
        if (change.restSeconds() == null || change.restSeconds() < 0 || change.restSeconds() > 900) {
            problems.add(new InvalidFieldsException.Problem("restSeconds", "must be between 0 and 900 seconds"));
        }
        String tempo = change.tempo() == null ? null : change.tempo().strip();
        if (tempo != null && !tempo.isEmpty() && !tempo.matches("[0-9Xx](-?[0-9Xx]){3}")) {
            problems.add(new InvalidFieldsException.Problem("tempo", "must be four digits such as 3-1-1-0 or 31X0"));
        }
        if (change.notes() != null && change.notes().length() > 500) {
            problems.add(new InvalidFieldsException.Problem("notes", "must be at most 500 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        Dose dose = reps ? Dose.reps(change.repsLow() == null ? change.repsHigh() : change.repsLow(),
                change.repsHigh() == null ? change.repsLow() : change.repsHigh())
                : change.seconds() != null ? Dose.seconds(change.seconds()) : Dose.metres(change.metres());
        Double low = kind == LoadRule.Kind.HOLD ? null : change.loadLow() == null ? change.loadHigh() : change.loadLow();
        Double high = kind == LoadRule.Kind.HOLD ? null : change.loadHigh() == null ? change.loadLow()
                : change.loadHigh();
        return new Dosed(change.sets(), dose, new LoadRule(kind, low, high), change.restSeconds(),
                tempo == null || tempo.isEmpty() ? null : tempo, change.notes());
    }

    /** "3 x 8-12 reps at 2-3 reps in reserve, rest 90 s". */
    static String describe(Prescription item) {
        String load = item.load().kind() == LoadRule.Kind.HOLD ? ", easy" : " at " + item.load().describeInSentence();
        return item.describeDose() + load + ", rest " + item.restSeconds() + " s"
                + (item.tempo() == null ? "" : ", tempo " + item.tempo());
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static Modality modality(BlockKind block) {
        return switch (block) {
            case WARM_UP, COOL_DOWN, MOBILITY -> Modality.MOBILITY;
            case POWER -> Modality.POWER;
            case STRENGTH, ACCESSORY -> Modality.STRENGTH;
            case BALANCE -> Modality.BALANCE;
            case CONDITIONING -> Modality.CARDIO;
        };
    }

    /** The exercise a trainer picked, which must be in the studio's library. */
    private static Exercise chosen(Working working, String exerciseId) {
        return working.library().stream().filter(exercise -> exercise.id().equals(exerciseId)).findFirst()
                .orElseThrow(() -> new InvalidFieldException("exerciseId", "is not an exercise in your library"));
    }

    private static <T> T required(String field, T value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new InvalidFieldException(field, "is required");
        }
        return value;
    }

    /** A program id from a path or form; one that is not an id finds nothing, as an unknown id does. */
    public static UUID uuid(String text, String what) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException(what);
        }
    }

    private static void requireCoach(SpotterPrincipal caller) {
        if (!caller.coaches()) {
            throw new AccessDeniedException("Only coaches write programs");
        }
    }
}
