package dev.spotter.programs.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.spotter.programs.engine.Block;
import dev.spotter.programs.engine.BlockKind;
import dev.spotter.programs.engine.CheckReport;
import dev.spotter.programs.engine.Finding;
import dev.spotter.programs.engine.Phase;
import dev.spotter.programs.engine.Prescription;
import dev.spotter.programs.engine.Program;
import dev.spotter.programs.engine.Session;
import dev.spotter.programs.engine.SessionClock;
import dev.spotter.programs.engine.Week;
import dev.spotter.programs.internal.ProgramEdits;

/**
 * A program arranged for a page: weeks grouped by phase for the tabs, each session with its day, its estimated
 * length and its blocks, and the checker's findings placed next to what they are about.
 */
final class ProgramLayout {

    private ProgramLayout() {
    }

    /** One week's tab. */
    record WeekTab(int number, boolean deload, boolean flagged, boolean selected) {
    }

    /** A phase with the tabs of its weeks. */
    record PhaseTabs(String name, String aim, List<WeekTab> weeks) {
    }

    /** A prescription with its place on the page and what the checker says about it. */
    record ItemView(Prescription item, String domId, boolean first, boolean last, List<Finding> findings) {

        public boolean error() {
            return findings.stream().anyMatch(Finding::error);
        }

        public boolean warning() {
            return !error() && !findings.isEmpty();
        }
    }

    /** A block of a session. */
    record BlockView(BlockKind kind, List<ItemView> items) {
    }

    /** A session with its index in the week (from 1), its day and estimated minutes. */
    record SessionView(int index, Session session, String day, int minutes, List<BlockView> blocks,
                       List<Finding> findings, List<BlockKind> missingBlocks) {
    }

    /** The week on screen, its phase and the tabs of every week. */
    record WeekView(Week week, Phase phase, List<PhaseTabs> phases, List<SessionView> sessions) {
    }

    /** A finding with where it is, in words, and the link to that place. */
    record FindingView(Finding finding, String where, String href) {
    }

    static WeekView week(Program program, int number, CheckReport report) {
        Week week = program.weeks().stream().filter(w -> w.number() == number).findFirst()
                .orElse(program.weeks().isEmpty() ? null : program.weeks().get(0));
        if (week == null) {
            return new WeekView(null, null, List.of(), List.of());
        }
        List<PhaseTabs> phases = program.phases().stream().map(phase -> new PhaseTabs(phase.name(), phase.aim(),
                phase.weeks().stream().map(w -> new WeekTab(w.number(), w.deload(),
                        report.findings().stream().anyMatch(f -> f.error() && (f.week() == null
                                || f.week() == w.number()) && f.session() != null),
                        w.number() == week.number())).toList())).toList();
        List<SessionView> sessions = new ArrayList<>();
        for (int s = 0; s < week.sessions().size(); s++) {
            sessions.add(session(week, s + 1, report));
        }
        return new WeekView(week, program.phaseOf(week.number()), phases, sessions);
    }

    /** Every week, for printing. */
    static List<WeekView> all(Program program, CheckReport report) {
        return program.weeks().stream().map(week -> week(program, week.number(), report)).toList();
    }

    private static SessionView session(Week week, int index, CheckReport report) {
        Session session = week.sessions().get(index - 1);
        List<BlockView> blocks = new ArrayList<>();
        for (Block block : session.blocks()) {
            List<ItemView> items = new ArrayList<>();
            for (int i = 0; i < block.items().size(); i++) {
                Prescription item = block.items().get(i);
                items.add(new ItemView(item, domId(index, item.slot()), i == 0, i == block.items().size() - 1,
                        report.findings().stream().filter(f -> about(f, week.number(), index)
                                && item.slot().equals(f.slot())).toList()));
            }
            blocks.add(new BlockView(block.kind(), items));
        }
        List<BlockKind> missing = new ArrayList<>(List.of(BlockKind.values()));
        session.blocks().forEach(block -> missing.remove(block.kind()));
        return new SessionView(index, session, ProgramEdits.day(session.day()), SessionClock.minutes(session),
                blocks, report.findings().stream().filter(f -> about(f, week.number(), index) && f.slot() == null)
                .toList(), missing);
    }

    private static boolean about(Finding finding, int week, int session) {
        return finding.session() != null && finding.session() == session
                && (finding.week() == null || finding.week() == week);
    }

    /** Every finding with its place in words and a link to it in the builder at {@code base}. */
    static List<FindingView> findings(Program program, CheckReport report, String base) {
        return report.findings().stream().map(finding -> new FindingView(finding, where(program, finding),
                link(program, finding, base))).toList();
    }

    private static String where(Program program, Finding finding) {
        if (finding.session() == null) {
            return finding.week() == null ? "Whole program" : "Week " + finding.week();
        }
        Week week = finding.week() == null ? firstWith(program, finding.session())
                : program.weeks().stream().filter(w -> w.number() == finding.week()).findFirst().orElse(null);
        List<String> parts = new ArrayList<>();
        parts.add(finding.week() == null ? "Every week" : "Week " + finding.week());
        if (week != null && week.sessions().size() >= finding.session()) {
            Session session = week.sessions().get(finding.session() - 1);
            parts.add(ProgramEdits.day(session.day()) + " (" + session.name() + ")");
            if (finding.slot() != null) {
                session.prescriptions().filter(item -> item.slot().equals(finding.slot())).findFirst()
                        .ifPresent(item -> parts.add(item.exerciseName()));
            }
        } else {
            parts.add("Session " + finding.session());
        }
        return String.join(" · ", parts);
    }

    private static String link(Program program, Finding finding, String base) {
        if (base == null || finding.session() == null) {
            return null;
        }
        Week week = finding.week() == null ? firstWith(program, finding.session())
                : program.weeks().stream().filter(w -> w.number() == finding.week()).findFirst().orElse(null);
        if (week == null) {
            return null;
        }
        String anchor = finding.slot() == null ? "session-" + finding.session()
                : domId(finding.session(), finding.slot());
        return base + (base.contains("?") ? "&" : "?") + "week=" + week.number() + "#" + anchor;
    }

    private static Week firstWith(Program program, int session) {
        return program.weeks().stream().filter(w -> w.sessions().size() >= session).findFirst().orElse(null);
    }

    /** A page id for a prescription: its session and its slot, in characters an id may hold. */
    static String domId(int session, String slot) {
        return "rx-" + session + "-" + slot.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /**
     * The week of the program the client is in: weeks run from the day it was published, and the last week stays
     * current once the program has run its course.
     */
    static int currentWeek(Instant publishedAt, Instant now, int weeks) {
        if (publishedAt == null || weeks < 1) {
            return 1;
        }
        long days = Math.max(0, Duration.between(publishedAt, now).toDays());
        return (int) Math.min(weeks, days / 7 + 1);
    }

    /** The number of findings of one kind, in words: "2 errors", "1 warning". */
    static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
