package dev.spotter.science;

import dev.spotter.science.PersonalRecords.Kind;
import dev.spotter.science.PersonalRecords.PersonalRecord;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class PersonalRecordsTests {

    private static final LocalDate WEEK_1 = LocalDate.of(2025, 3, 3);
    private static final LocalDate WEEK_2 = WEEK_1.plusWeeks(1);
    private static final LocalDate WEEK_3 = WEEK_1.plusWeeks(2);

    private static final List<Exposure> HISTORY = List.of(
            // Best Epley estimate so far 100 x (1 + 6/30) = 120 kg; most volume 105 x 3 + 2 x 100 x 6 = 1515 kg.
            Exposure.of(WEEK_1, "back-squat", LoggedSet.of(100, 5), LoggedSet.of(100, 5), LoggedSet.of(100, 5)),
            Exposure.of(WEEK_2, "back-squat", LoggedSet.of(105, 3), LoggedSet.of(100, 6), LoggedSet.of(100, 6)),
            Exposure.of(WEEK_2, "bench-press", LoggedSet.of(80, 8)));

    @Test
    void findsEveryRecordANewSessionSets() {
        // 102.5 x 6: Epley 102.5 x 1.2 = 123 kg > 120; 6 reps at 102.5 kg beat the 3 done at 105 kg, the only
        // heavier set; volume 102.5 x 6 + 102.5 x 6 + 102.5 x 5 = 1742.5 kg > 1515 kg.
        Exposure today = Exposure.of(WEEK_3, "back-squat",
                LoggedSet.of(102.5, 6), LoggedSet.of(102.5, 6), LoggedSet.of(102.5, 5));

        List<PersonalRecord> records = PersonalRecords.setBy(List.of(today), HISTORY);

        assertThat(records).extracting(PersonalRecord::kind, PersonalRecord::previous, PersonalRecord::loadKg)
                .containsExactly(
                        tuple(Kind.ESTIMATED_1RM, 120.0, 102.5),
                        tuple(Kind.REPS_AT_LOAD, 3.0, 102.5),
                        tuple(Kind.SESSION_VOLUME, 1515.0, 102.5));
        assertThat(records.get(0).value()).isCloseTo(123.0, within(1e-9));
        assertThat(records.get(1).value()).isEqualTo(6);
        assertThat(records.get(2).value()).isCloseTo(1742.5, within(1e-9));
        assertThat(records).allSatisfy(record -> assertThat(record.date()).isEqualTo(WEEK_3));
    }

    @Test
    void repsAtALoadOnlyCountWhenNothingHeavierWentAsFar() {
        // Six at 100 kg is no record after six at 100 kg, nor is five at 95 kg.
        Exposure today = Exposure.of(WEEK_3, "back-squat", LoggedSet.of(100, 6), LoggedSet.of(95, 5));

        assertThat(PersonalRecords.setBy(List.of(today), HISTORY)).isEmpty();
    }

    @Test
    void aHeavierSetTheSameDayOutdoesALighterOne() {
        // Seven at 100 kg would beat six at 100 kg, but seven at 102.5 kg the same day says more.
        Exposure today = Exposure.of(WEEK_3, "back-squat", LoggedSet.of(102.5, 7), LoggedSet.of(100, 7));

        assertThat(PersonalRecords.setBy(List.of(today), HISTORY))
                .filteredOn(record -> record.kind() == Kind.REPS_AT_LOAD)
                .extracting(PersonalRecord::loadKg).containsExactly(102.5);
    }

    @Test
    void theFirstSessionOfAnExerciseSetsABaselineNotARecord() {
        Exposure today = Exposure.of(WEEK_3, "deadlift", LoggedSet.of(140, 5));

        assertThat(PersonalRecords.setBy(List.of(today), HISTORY)).isEmpty();
    }

    @Test
    void recordsAreKeptPerExercise() {
        // 85 x 8 beats the 80 x 8 bench press, and is judged against bench press alone.
        Exposure today = Exposure.of(WEEK_3, "bench-press", LoggedSet.of(85, 8));

        assertThat(PersonalRecords.setBy(List.of(today), HISTORY))
                .extracting(PersonalRecord::exerciseId, PersonalRecord::kind)
                .containsExactly(
                        tuple("bench-press", Kind.ESTIMATED_1RM),
                        tuple("bench-press", Kind.REPS_AT_LOAD),
                        tuple("bench-press", Kind.SESSION_VOLUME));
    }
}
