package dev.spotter.studios;

import java.time.ZoneId;
import java.util.List;

import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.platform.tenancy.Units;

/** What other modules may read about a studio: its name, time zone, units, equipment and coaches. */
public interface StudioDirectory {

    /** A coach as a client sees them. */
    record Coach(MemberId memberId, String displayName, String email) {
    }

    String studioName(StudioId studio);

    /** The studio's time zone, in which times are shown and entered. */
    ZoneId timeZone(StudioId studio);

    /** The units the studio shows quantities in unless a person chose their own. */
    Units defaultUnits(StudioId studio);

    /** The units a member reads quantities in: their own choice, else the studio's default. */
    Units unitsOf(StudioId studio, MemberId member);

    /** What the studio can load on a bar, in dumbbells and on its machines. */
    Loading loading(StudioId studio);

    List<Coach> activeCoaches(StudioId studio);
}
