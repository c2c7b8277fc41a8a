package dev.spotter.clients.engine;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every outcome of the PAR-Q+ general health questions and their follow-ups. */
class ParQPlusTests {

    @Test
    void hasSevenQuestions() {
        assertThat(ParQPlus.QUESTIONS).hasSize(7).extracting(ParQPlus.Question::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void isIncompleteUntilAllSevenAreAnswered() {
        Map<Integer, Boolean> answers = allNo();
        answers.remove(4);
        assertThat(ParQPlus.evaluate(answers, Map.of())).isEqualTo(ParQPlus.Outcome.INCOMPLETE);
    }

    @Test
    void allNoMeansReady() {
        assertThat(ParQPlus.evaluate(allNo(), Map.of())).isEqualTo(ParQPlus.Outcome.READY);
    }

    @Test
    void aYesNeedsItsFollowUp() {
        Map<Integer, Boolean> answers = allNo();
        answers.put(6, true);
        assertThat(ParQPlus.evaluate(answers, Map.of())).isEqualTo(ParQPlus.Outcome.FOLLOW_UP_NEEDED);
        answers.put(1, true);
        assertThat(ParQPlus.evaluate(answers, Map.of(6, false))).isEqualTo(ParQPlus.Outcome.FOLLOW_UP_NEEDED);
    }

    @Test
    void followUpsAllNoMeanReady() {
        Map<Integer, Boolean> answers = allNo();
        answers.put(5, true);
        answers.put(6, true);
        assertThat(ParQPlus.evaluate(answers, Map.of(5, false, 6, false)))
                .isEqualTo(ParQPlus.Outcome.READY_AFTER_FOLLOW_UP);
    }

    @Test
    void aFollowUpYesMeansSeekAdvice() {
        Map<Integer, Boolean> answers = allNo();
        answers.put(1, true);
        answers.put(2, true);
        assertThat(ParQPlus.evaluate(answers, Map.of(1, false, 2, true))).isEqualTo(ParQPlus.Outcome.SEEK_ADVICE);
        assertThat(ParQPlus.evaluate(answers, Map.of(1, true))).isEqualTo(ParQPlus.Outcome.SEEK_ADVICE);
    }

    static Map<Integer, Boolean> allNo() {
        Map<Integer, Boolean> answers = new HashMap<>();
        for (int question = 1; question <= 7; question++) {
            answers.put(question, false);
        }
        return answers;
    }
}
