package dev.spotter.programs.engine;

/**
 * Estimates how long a session takes: for each prescription, sets x (work + rest) plus one transition to set up
 * the next exercise. Work is reps x seconds per rep (the tempo's sum when given, otherwise 3 s), the set's time,
 * or its distance at 1.5 m/s; each side counts separately.
 */
public final class SessionClock {

    public static final int TRANSITION_SECONDS = 45;
    static final int SECONDS_PER_REP = 3;
    static final double METRES_PER_SECOND = 1.5;

    private SessionClock() {
    }

    public static int seconds(Session session) {
        return session.prescriptions().mapToInt(SessionClock::seconds).sum();
    }

    public static int minutes(Session session) {
        return (int) Math.round(seconds(session) / 60.0);
    }

    public static int seconds(Prescription item) {
        return item.sets() * (workSeconds(item) + item.restSeconds()) + TRANSITION_SECONDS;
    }

    public static int workSeconds(Prescription item) {
        Dose dose = item.dose();
        int work;
        if (dose.byReps()) {
            work = dose.repsHigh() * secondsPerRep(item.tempo());
        } else if (dose.seconds() != null) {
            work = dose.seconds();
        } else {
            work = (int) Math.round(dose.metres() / METRES_PER_SECOND);
        }
        return item.perSide() ? 2 * work : work;
    }

    /** A tempo such as "3-1-1-0" or "31X0" lasts the sum of its digits (X, explosive, counts as 1 s). */
    static int secondsPerRep(String tempo) {
        if (tempo == null) {
            return SECONDS_PER_REP;
        }
        int sum = 0;
        int digits = 0;
        for (char c : tempo.toCharArray()) {
            if (Character.isDigit(c)) {
                sum += c - '0';
                digits++;
            } else if (c == 'X' || c == 'x') {
                sum += 1;
                digits++;
            }
        }
        return digits == 0 || sum == 0 ? SECONDS_PER_REP : sum;
    }
}
