package dev.spotter.studios;

import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.StudioId;

/** Lets other modules write to the studio's audit log, for example when someone reads a client's health data. */
public interface AuditTrail {

    /** What happened, in the log's own words. */
    enum Event {
        HEALTH_DATA_VIEWED, HEALTH_DATA_CHANGED, SCREENING_COMPLETED, CLEARANCE_RECORDED, CONDITION_RECORDED,
        PROGRAM_PUBLISHED, PROGRAM_OVERRIDDEN
    }

    void record(StudioId studio, MemberId actor, Event event, String subject, String detail);
}
