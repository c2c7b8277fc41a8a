package dev.spotter.exercises.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import dev.spotter.exercises.Equipment;
import dev.spotter.exercises.Exercise;
import dev.spotter.exercises.Level;
import dev.spotter.exercises.LoadType;
import dev.spotter.exercises.Modality;
import dev.spotter.exercises.Muscle;
import dev.spotter.exercises.Pattern;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvFormatTests {

    @Test
    void writesFormulaLikeCellsSoSpreadsheetsDoNotRunThemAndReadsThemBackUnchanged() {
        Exercise exercise = new Exercise("towel-row", "=HYPERLINK(\"http://bad\")", List.of("+alias"),
                "-summary, with a comma", Modality.STRENGTH, Pattern.HORIZONTAL_PULL, Set.of(Muscle.UPPER_BACK),
                Set.of(), Set.of(Equipment.NONE), Level.BEGINNER, false, LoadType.BODYWEIGHT, Set.of(), true, Set.of(),
                "@setup \"quoted\"\nsecond line", List.of("Pull"), List.of(), "", "", List.of(), List.of(), null,
                Exercise.Origin.IMPORTED, CsvFormat.SOURCE, "towel-row");
        String csv = CsvFormat.write(List.of(exercise));
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://bad\"\")\",").contains(",'+alias,")
                .contains("\"'-summary, with a comma\"");

        Exercise back = CsvFormat.parse(csv.getBytes(StandardCharsets.UTF_8), id -> false).get(0).exercise();
        assertThat(back.name()).isEqualTo(exercise.name());
        assertThat(back.aliases()).isEqualTo(exercise.aliases());
        assertThat(back.summary()).isEqualTo(exercise.summary());
        assertThat(back.setup()).isEqualTo(exercise.setup());
    }
}
