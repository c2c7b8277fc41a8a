package dev.spotter.scheduling;

/** What a service form or API request says a service should be; each field is checked by {@link ScheduleSetup}. */
public record SaveService(String name, ServiceKind kind, Integer durationMinutes, Integer capacity,
                          Integer bufferMinutes, Integer noticeMinutes, Integer cancellationHours,
                          String qualification, Boolean active) {
}
