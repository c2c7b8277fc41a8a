package dev.spotter.training.engine;

import java.util.List;

import dev.spotter.programs.engine.Block;
import dev.spotter.programs.engine.BlockKind;
import dev.spotter.programs.engine.LoadRule;
import dev.spotter.programs.engine.Prescription;
import dev.spotter.programs.engine.Session;

/**
 * Which prescriptions are cardio: those aimed at a heart-rate, Borg or MET target wherever they sit (a rower in the
 * warm-up), and everything in a conditioning block. A client logs them by time, distance and heart rate, and may
 * attach a watch's recording to them.
 */
public final class Cardio {

    private Cardio() {
    }

    public static boolean is(BlockKind block, LoadRule load) {
        return load.kind() == LoadRule.Kind.HEART_RATE_RESERVE || load.kind() == LoadRule.Kind.RPE
                || load.kind() == LoadRule.Kind.MET || block == BlockKind.CONDITIONING;
    }

    /** The session's cardio prescriptions in session order. */
    public static List<Prescription> in(Session session) {
        return session.blocks().stream()
                .flatMap((Block block) -> block.items().stream().filter(item -> is(block.kind(), item.load())))
                .toList();
    }
}
