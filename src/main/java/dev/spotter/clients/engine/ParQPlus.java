package dev.spotter.clients.engine;

import java.util.List;
import java.util.Map;

/**
 * The seven general health questions of the PAR-Q+ (Warburton DER, Jamnik VK, Bredin SSD, Gledhill N. The
 * Physical Activity Readiness Questionnaire for Everyone (PAR-Q+) and electronic Physical Activity Readiness
 * Medical Examination (ePARmed-X+). Health Fit J Can. 2011;4(2):3-23), paraphrased. All "no": ready to become more
 * active. Any "yes": the follow-up questions for that topic are needed; a "yes" among those means seeking further
 * advice (a qualified exercise professional or a physician) before becoming more active.
 */
public final class ParQPlus {

    /** One of the seven questions, in Spotter's wording, with the topic its follow-up questions cover. */
    public record Question(int number, String text, String followUpTopic) {
    }

    public static final List<Question> QUESTIONS = List.of(
            new Question(1, "Has a doctor ever told you that you have a heart condition or high blood pressure?",
                    "heart condition or high blood pressure"),
            new Question(2, "Do you get chest pain at rest, in everyday activities, or when you are physically "
                    + "active?", "chest pain"),
            new Question(3, "In the last 12 months, have you lost your balance because of dizziness, or lost "
                    + "consciousness? (Answer no if the dizziness only came from breathing hard during hard "
                    + "exercise.)", "dizziness or fainting"),
            new Question(4, "Has a doctor ever diagnosed you with another long-term medical condition, apart from "
                    + "heart disease or high blood pressure?", "other long-term condition"),
            new Question(5, "Are you taking prescribed medicine for a long-term medical condition?",
                    "prescribed medicine"),
            new Question(6, "Do you have now, or have you had in the last 12 months, a bone, joint or soft-tissue "
                    + "problem that more activity could make worse?", "bone, joint or soft-tissue problem"),
            new Question(7, "Has a doctor ever said you should only do physical activity under medical "
                    + "supervision?", "medically supervised activity only"));

    private ParQPlus() {
    }

    /** Where the questionnaire stands. */
    public enum Outcome {
        /** Some of the seven questions are unanswered. */
        INCOMPLETE,
        /** All seven answered "no". */
        READY,
        /** A "yes" whose follow-up questions have not been answered yet. */
        FOLLOW_UP_NEEDED,
        /** Every "yes" was followed up and every follow-up answered "no". */
        READY_AFTER_FOLLOW_UP,
        /** A follow-up answered "yes": seek further advice before becoming more active. */
        SEEK_ADVICE
    }

    /**
     * Evaluates the answers. {@code answers} maps question number to yes (true) or no (false); {@code followUps}
     * maps the number of a question answered "yes" to whether any of its follow-up questions was answered "yes".
     */
    public static Outcome evaluate(Map<Integer, Boolean> answers, Map<Integer, Boolean> followUps) {
        for (Question question : QUESTIONS) {
            if (answers.get(question.number()) == null) {
                return Outcome.INCOMPLETE;
            }
        }
        boolean anyYes = false;
        boolean pending = false;
        boolean concern = false;
        for (Question question : QUESTIONS) {
            if (answers.get(question.number())) {
                anyYes = true;
                Boolean followUp = followUps.get(question.number());
                if (followUp == null) {
                    pending = true;
                } else if (followUp) {
                    concern = true;
                }
            }
        }
        if (!anyYes) {
            return Outcome.READY;
        }
        if (concern) {
            return Outcome.SEEK_ADVICE;
        }
        return pending ? Outcome.FOLLOW_UP_NEEDED : Outcome.READY_AFTER_FOLLOW_UP;
    }
}
