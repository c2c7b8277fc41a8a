-- Training: a cardio session a client imported from a watch or app file (GPX, TCX or FIT), kept as its summary.
-- The heart-rate samples are read once, turned into time in zones and TRIMP, and not stored.

create table activity (
    studio_id           uuid          not null references studio (studio_id),
    activity_id         uuid          not null,
    client_id           uuid          not null,
    -- The cardio prescription of one of the client's workouts it was done for; both null for an extra session.
    workout_id          uuid,
    slot                text,
    format              text          not null check (format in ('GPX', 'TCX', 'FIT')),
    sport               text          not null check (sport in ('RUNNING', 'CYCLING', 'WALKING', 'HIKING',
                                                                'SWIMMING', 'ROWING', 'OTHER', 'UNKNOWN')),
    started_at          timestamptz   not null,
    seconds             integer       not null check (seconds between 1 and 604800),
    metres              numeric(10, 1) not null check (metres >= 0),
    pace_seconds_per_km integer       check (pace_seconds_per_km > 0),
    avg_hr              integer       check (avg_hr between 20 and 250),
    max_hr              integer       check (max_hr between 20 and 250),
    -- The resting and maximal heart rates the zones and TRIMP were computed with (Karvonen; Tanaka from age),
    -- kept so that the zones read the same after the profile changes.
    resting_hr          integer       check (resting_hr between 25 and 120),
    zone_max_hr         integer       check (zone_max_hr between 26 and 250),
    below_zone_seconds  integer       check (below_zone_seconds >= 0),
    zone_1_seconds      integer       check (zone_1_seconds >= 0),
    zone_2_seconds      integer       check (zone_2_seconds >= 0),
    zone_3_seconds      integer       check (zone_3_seconds >= 0),
    zone_4_seconds      integer       check (zone_4_seconds >= 0),
    zone_5_seconds      integer       check (zone_5_seconds >= 0),
    -- Why the zones or TRIMP were not computed ("add a resting heart rate to the profile"); null when they were.
    zones_missing       text,
    trimp               numeric(7, 1) check (trimp >= 0),
    trimp_missing       text,
    file_name           text          check (char_length(file_name) <= 255),
    content_sha256      text          not null check (content_sha256 ~ '^[0-9a-f]{64}$'),
    imported_at         timestamptz   not null,
    primary key (studio_id, activity_id),
    foreign key (studio_id, client_id) references client (studio_id, client_id),
    foreign key (studio_id, workout_id) references workout (studio_id, workout_id),
    check ((workout_id is null) = (slot is null)),
    check ((zone_1_seconds is null) = (zones_missing is not null)),
    check ((trimp is null) = (trimp_missing is not null))
);
create index activity_by_client on activity (studio_id, client_id, started_at desc);
create index activity_by_workout on activity (studio_id, workout_id) where workout_id is not null;
-- The same file imported again is the same activity: the second import answers the first.
create unique index activity_once_per_file on activity (studio_id, client_id, content_sha256);
