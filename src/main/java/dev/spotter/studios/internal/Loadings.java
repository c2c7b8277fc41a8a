package dev.spotter.studios.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.science.MassUnit;
import dev.spotter.studios.Loading;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each studio's equipment for load rounding; a studio without a row uses the defaults for its units. */
@Repository
class Loadings {

    private final JdbcClient jdbc;

    Loadings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Loading> find(StudioId studio) {
        return jdbc.sql("select * from studio_loading where studio_id = :studio")
                .param("studio", studio.value())
                .query((rs, row) -> {
                    Array plates = rs.getArray("plates");
                    return new Loading(MassUnit.valueOf(rs.getString("unit")), rs.getBigDecimal("bar"),
                            Arrays.stream((BigDecimal[]) plates.getArray()).toList(),
                            rs.getBigDecimal("dumbbell_lightest"), rs.getBigDecimal("dumbbell_step"),
                            rs.getBigDecimal("dumbbell_heaviest"), rs.getBigDecimal("stack_step"), true);
                })
                .optional();
    }

    void save(StudioId studio, Loading loading, Instant at) {
        jdbc.sql("""
                insert into studio_loading (studio_id, unit, bar, plates, dumbbell_lightest, dumbbell_step,
                                            dumbbell_heaviest, stack_step, updated_at)
                values (:studio, :unit, :bar, :plates::numeric[], :lightest, :step, :heaviest, :stack, :at)
                on conflict (studio_id) do update
                   set unit = excluded.unit, bar = excluded.bar, plates = excluded.plates,
                       dumbbell_lightest = excluded.dumbbell_lightest, dumbbell_step = excluded.dumbbell_step,
                       dumbbell_heaviest = excluded.dumbbell_heaviest, stack_step = excluded.stack_step,
                       updated_at = excluded.updated_at
                """)
                .param("studio", studio.value()).param("unit", loading.unit().name()).param("bar", loading.bar())
                .param("plates", "{" + String.join(",", loading.plates().stream().map(BigDecimal::toPlainString)
                        .toList()) + "}")
                .param("lightest", loading.dumbbellLightest()).param("step", loading.dumbbellStep())
                .param("heaviest", loading.dumbbellHeaviest()).param("stack", loading.stackStep())
                .param("at", Timestamp.from(at))
                .update();
    }

    void delete(StudioId studio) {
        jdbc.sql("delete from studio_loading where studio_id = :studio").param("studio", studio.value()).update();
    }
}
