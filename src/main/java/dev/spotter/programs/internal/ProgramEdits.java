package dev.spotter.programs.internal;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.programs.engine.Block;
import dev.spotter.programs.engine.BlockKind;
import dev.spotter.programs.engine.Phase;
import dev.spotter.programs.engine.Prescription;
import dev.spotter.programs.engine.Program;
import dev.spotter.programs.engine.Session;
import dev.spotter.programs.engine.Week;

/**
 * The builder's edits as functions from a program to a new program. Sessions are addressed by their index in the
 * week (from 1) and prescriptions by their slot, so that an edit made "to every week" reaches the same exercise in
 * each week. A slot that is not there is a field error, never a silent no-op.
 */
public final class ProgramEdits {

    private ProgramEdits() {
    }

    /** The prescription in a slot of a session in a week. */
    public static Prescription find(Program program, int week, int session, String slot) {
        Week found = program.weeks().stream().filter(w -> w.number() == week).findFirst()
                .orElseThrow(() -> new InvalidFieldException("week", "must be a week of this program (1 to "
                        + program.weeks().size() + ")"));
        Session inWeek = session(found, session);
        return inWeek.prescriptions().filter(item -> item.slot().equals(slot)).findFirst()
                .orElseThrow(() -> new InvalidFieldException("slot", "no exercise in session " + session
                        + " of week " + week + " has this slot"));
    }

    /** The first week's prescription in a slot of a session: the one an edit to every week is described by. */
    public static Prescription first(Program program, int session, String slot) {
        requireSession(program, session);
        return program.weeks().stream()
                .filter(week -> week.sessions().size() >= session)
                .flatMap(week -> week.sessions().get(session - 1).prescriptions())
                .filter(item -> item.slot().equals(slot)).findFirst()
                .orElseThrow(() -> new InvalidFieldException("slot", "no exercise in session " + session
                        + " has this slot"));
    }

    /** A session as a trainer names it: "session 2 (Wednesday, Lower A)". */
    public static String describeSession(Program program, int session) {
        requireSession(program, session);
        Session found = program.weeks().stream().filter(week -> week.sessions().size() >= session).findFirst()
                .map(week -> week.sessions().get(session - 1)).orElseThrow();
        return "session " + session + " (" + day(found.day()) + ", " + found.name() + ")";
    }

    public static String day(int day) {
        return DayOfWeek.of(day).getDisplayName(TextStyle.FULL, Locale.UK);
    }

    /** Replaces the prescription in a slot of one session in every week with what {@code change} makes of it. */
    public static Program everyWeek(Program program, int session, String slot, UnaryOperator<Prescription> change) {
        first(program, session, slot);
        return mapSessions(program, session, (week, found) -> found.prescriptions().noneMatch(
                item -> item.slot().equals(slot)) ? found : withBlocks(found, found.blocks().stream()
                .map(block -> new Block(block.kind(), block.items().stream()
                        .map(item -> item.slot().equals(slot) ? change.apply(item) : item).toList()))
                .toList()));
    }

    /** Replaces one prescription in one week only. */
    public static Program oneWeek(Program program, int week, int session, String slot,
                                  UnaryOperator<Prescription> change) {
        find(program, week, session, slot);
        return mapSessions(program, session, (w, found) -> w.number() != week ? found
                : withBlocks(found, found.blocks().stream()
                .map(block -> new Block(block.kind(), block.items().stream()
                        .map(item -> item.slot().equals(slot) ? change.apply(item) : item).toList()))
                .toList()));
    }

    /** Removes a slot from a session in every week, and any block it leaves empty. */
    public static Program remove(Program program, int session, String slot) {
        first(program, session, slot);
        return mapSessions(program, session, (week, found) -> withBlocks(found, found.blocks().stream()
                .map(block -> new Block(block.kind(), block.items().stream()
                        .filter(item -> !item.slot().equals(slot)).toList()))
                .filter(block -> !block.items().isEmpty())
                .toList()));
    }

    /** Moves a slot one place up ({@code -1}) or down ({@code +1}) inside its block, in every week. */
    public static Program move(Program program, int session, String slot, int direction) {
        first(program, session, slot);
        return mapSessions(program, session, (week, found) -> withBlocks(found, found.blocks().stream()
                .map(block -> {
                    List<Prescription> items = new ArrayList<>(block.items());
                    int at = indexOf(items, slot);
                    int to = at + direction;
                    if (at < 0 || to < 0 || to >= items.size()) {
                        return block;
                    }
                    items.add(to, items.remove(at));
                    return new Block(block.kind(), items);
                }).toList()));
    }

    /**
     * Adds a prescription to the end of a block of one session in every week, making the block where a week's
     * session lacks it; {@code make} writes the prescription for a week.
     */
    public static Program add(Program program, int session, BlockKind kind, Function<Week, Prescription> make) {
        requireSession(program, session);
        return mapSessions(program, session, (week, found) -> {
            Prescription item = make.apply(week);
            List<Block> blocks = new ArrayList<>(found.blocks());
            Optional<Block> existing = blocks.stream().filter(block -> block.kind() == kind).findFirst();
            if (existing.isPresent()) {
                int at = blocks.indexOf(existing.get());
                List<Prescription> items = new ArrayList<>(existing.get().items());
                items.add(item);
                blocks.set(at, new Block(kind, items));
            } else {
                blocks.add(new Block(kind, List.of(item)));
                blocks.sort(Comparator.comparing(Block::kind));
            }
            return withBlocks(found, blocks);
        });
    }

    /** A slot name no prescription of the session uses yet in any week: "strength-added-2". */
    public static String freeSlot(Program program, int session, BlockKind kind) {
        String base = kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-added-";
        for (int n = 1; ; n++) {
            String candidate = base + n;
            boolean taken = program.weeks().stream().filter(week -> week.sessions().size() >= session)
                    .flatMap(week -> week.sessions().get(session - 1).prescriptions())
                    .anyMatch(item -> item.slot().equals(candidate));
            if (!taken) {
                return candidate;
            }
        }
    }

    private interface SessionChange {
        Session apply(Week week, Session session);
    }

    private static Program mapSessions(Program program, int session, SessionChange change) {
        List<Phase> phases = program.phases().stream().map(phase -> new Phase(phase.name(), phase.aim(),
                phase.weeks().stream().map(week -> {
                    if (week.sessions().size() < session) {
                        return week;
                    }
                    List<Session> sessions = new ArrayList<>(week.sessions());
                    sessions.set(session - 1, change.apply(week, sessions.get(session - 1)));
                    return new Week(week.number(), week.deload(), week.focus(), sessions);
                }).toList())).toList();
        return program.withPhases(phases);
    }

    private static Session withBlocks(Session session, List<Block> blocks) {
        return new Session(session.day(), session.name(), session.focus(), blocks);
    }

    private static int indexOf(List<Prescription> items, String slot) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).slot().equals(slot)) {
                return i;
            }
        }
        return -1;
    }

    private static Session session(Week week, int session) {
        if (session < 1 || session > week.sessions().size()) {
            throw new InvalidFieldException("session", "must be a session of the week (1 to "
                    + week.sessions().size() + ")");
        }
        return week.sessions().get(session - 1);
    }

    private static void requireSession(Program program, int session) {
        int most = program.weeks().stream().mapToInt(week -> week.sessions().size()).max().orElse(0);
        if (session < 1 || session > most) {
            throw new InvalidFieldException("session", most == 0 ? "this program has no sessions"
                    : "must be a session of the week (1 to " + most + ")");
        }
    }
}
