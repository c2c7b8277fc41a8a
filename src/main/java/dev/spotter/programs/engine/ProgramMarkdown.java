package dev.spotter.programs.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a program as Markdown for reading away from Spotter: the reasons for its shape, the first week in full,
 * how each main exercise progresses week by week, a deload week, and the checker's findings.
 */
public final class ProgramMarkdown {

    private ProgramMarkdown() {
    }

    public static String render(Program program, CheckReport report) {
        StringBuilder out = new StringBuilder();
        out.append("## ").append(program.title()).append("\n\n");
        out.append("- Specialisation: ").append(program.specialisation().label()).append('\n');
        out.append("- Progression: ").append(program.progression().label()).append(" — ")
                .append(program.progression().summary()).append('\n');
        out.append("- Intensity ceiling: ").append(program.ceiling().label()).append('\n');
        out.append("- Sessions: ").append(program.daysPerWeek()).append(" a week, about ")
                .append(program.minutesPerSession()).append(" minutes each\n");
        out.append("- Phases: ");
        List<String> phases = new ArrayList<>();
        for (Phase phase : program.phases()) {
            Week first = phase.weeks().get(0);
            Week last = phase.weeks().get(phase.weeks().size() - 1);
            phases.add(phase.name() + " (weeks " + first.number() + "-" + last.number() + ", deload in week "
                    + last.number() + ")");
        }
        out.append(String.join("; ", phases)).append("\n\n");

        out.append("### Why it looks like this\n\n");
        Set<String> sources = new LinkedHashSet<>();
        for (Reason reason : program.rationale()) {
            out.append("- ").append(reason.text()).append(cite(reason, sources)).append('\n');
        }
        out.append('\n');

        Week first = program.weeks().get(0);
        out.append("### Week 1: ").append(first.focus()).append("\n\n");
        for (int i = 0; i < first.sessions().size(); i++) {
            session(out, first.sessions().get(i), sources);
        }

        out.append("### How the main work progresses\n\n");
        progression(out, program);

        program.weeks().stream().filter(Week::deload).findFirst().ifPresent(deload -> {
            out.append("### Week ").append(deload.number()).append(": ").append(deload.focus()).append("\n\n");
            session(out, deload.sessions().get(0), sources);
        });

        out.append("### Checker\n\n");
        if (report.findings().isEmpty()) {
            out.append("No findings: every rule passes.\n\n");
        } else {
            out.append(report.passed() ? "Passes, with warnings:\n\n" : "Does not pass:\n\n");
            for (Finding finding : report.findings()) {
                out.append("- ").append(finding.error() ? "**Error** " : "Warning ").append('`')
                        .append(finding.rule()).append("`: ").append(finding.message()).append('\n');
            }
            out.append('\n');
        }

        out.append("### Sources\n\n");
        int n = 1;
        for (String source : sources) {
            out.append(n++).append(". ").append(source).append('\n');
        }
        return out.toString();
    }

    private static void session(StringBuilder out, Session session, Set<String> sources) {
        out.append("#### ").append(dayName(session.day())).append(": ").append(session.name()).append(" — ")
                .append(session.focus()).append(" (about ").append(SessionClock.minutes(session))
                .append(" min)\n\n");
        out.append("| Block | Exercise | Dose | Effort | Rest | Why |\n|---|---|---|---|---|---|\n");
        for (Block block : session.blocks()) {
            for (Prescription item : block.items()) {
                out.append("| ").append(block.kind().label()).append(" | ").append(item.exerciseName())
                        .append(item.tempo() == null ? "" : " (tempo " + item.tempo() + ")").append(" | ")
                        .append(item.describeDose()).append(" | ").append(item.load().describe()).append(" | ")
                        .append(item.restSeconds() == 0 ? "—" : item.restSeconds() + " s").append(" | ");
                List<String> reasons = new ArrayList<>();
                for (Reason reason : item.why()) {
                    reasons.add(reason.text() + cite(reason, sources));
                }
                out.append(String.join(" ", reasons).replace("|", "/")).append(" |\n");
            }
        }
        out.append('\n');
    }

    private static void progression(StringBuilder out, Program program) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        List<Week> weeks = program.weeks();
        Week first = weeks.get(0);
        for (int s = 0; s < first.sessions().size(); s++) {
            Session session = first.sessions().get(s);
            for (Block block : session.blocks()) {
                if (block.kind() != BlockKind.STRENGTH && block.kind() != BlockKind.POWER
                        && !(block.kind() == BlockKind.CONDITIONING)) {
                    continue;
                }
                for (Prescription item : block.items()) {
                    List<String> cells = new ArrayList<>();
                    for (Week week : weeks) {
                        Prescription same = s < week.sessions().size() ? week.sessions().get(s).prescriptions()
                                .filter(p -> p.slot().equals(item.slot())).findFirst().orElse(null) : null;
                        cells.add(same == null ? "—" : same.describeDose() + ", " + same.load().describe());
                    }
                    rows.put(session.name() + ": " + item.exerciseName(), cells);
                }
            }
        }
        out.append("| Exercise |");
        for (Week week : weeks) {
            out.append(" W").append(week.number()).append(week.deload() ? " (deload)" : "").append(" |");
        }
        out.append("\n|---|");
        out.append("---|".repeat(weeks.size())).append('\n');
        for (Map.Entry<String, List<String>> row : rows.entrySet()) {
            out.append("| ").append(row.getKey()).append(" | ").append(String.join(" | ", row.getValue()))
                    .append(" |\n");
        }
        out.append('\n');
    }

    private static String cite(Reason reason, Set<String> sources) {
        if (reason.source() == null) {
            return "";
        }
        sources.add(reason.source());
        int index = new ArrayList<>(sources).indexOf(reason.source()) + 1;
        return " [" + index + "]";
    }

    static String dayName(int day) {
        return switch (day) {
            case 1 -> "Monday";
            case 2 -> "Tuesday";
            case 3 -> "Wednesday";
            case 4 -> "Thursday";
            case 5 -> "Friday";
            case 6 -> "Saturday";
            default -> "Sunday";
        };
    }
}
