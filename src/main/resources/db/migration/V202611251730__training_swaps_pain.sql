-- A swap: during a workout a client trained another exercise in a slot than the one prescribed, and why. Spotter
-- makes swaps too, when a client reported pain in a movement and the next session avoids it (reason PAIN_AVOIDED).
create table workout_swap (
    studio_id          uuid        not null,
    swap_id            uuid        not null,
    workout_id         uuid        not null,
    slot               text        not null,
    from_exercise_id   text        not null,
    from_exercise_name text        not null,
    to_exercise_id     text        not null,
    to_exercise_name   text        not null,
    reason             text        not null check (reason in ('BUSY', 'NO_EQUIPMENT', 'PAIN', 'TOO_HARD', 'TOO_EASY',
                                                              'OTHER', 'PAIN_AVOIDED')),
    note               text        check (char_length(note) <= 500),
    swapped_at         timestamptz not null,
    primary key (studio_id, swap_id),
    foreign key (studio_id, workout_id) references workout (studio_id, workout_id) on delete cascade
);
create index workout_swap_by_workout on workout_swap (studio_id, workout_id, swapped_at);

-- A client's report of pain during training: how bad (0-10), where, and in which exercise. It flags the client
-- for their coach with a suggested condition, and while it is open the client's sessions avoid that movement.
create table pain_report (
    studio_id           uuid        not null,
    report_id           uuid        not null,
    client_id           uuid        not null,
    workout_id          uuid        not null,
    slot                text,
    exercise_id         text,
    exercise_name       text,
    -- The movement pattern of the exercise when it hurt: what the next sessions avoid.
    pattern             text,
    score               integer     not null check (score between 0 and 10),
    region              text        not null,
    side                text        check (side in ('LEFT', 'RIGHT', 'BOTH')),
    note                text        check (char_length(note) <= 500),
    suggested_condition text,
    reported_at         timestamptz not null,
    resolved_at         timestamptz,
    resolved_by         uuid,
    resolution          text        check (char_length(resolution) <= 500),
    primary key (studio_id, report_id),
    foreign key (studio_id, client_id) references client (studio_id, client_id),
    foreign key (studio_id, workout_id) references workout (studio_id, workout_id) on delete cascade,
    foreign key (studio_id, resolved_by) references member (studio_id, member_id),
    check ((resolved_at is null) = (resolved_by is null))
);
create index pain_report_open on pain_report (studio_id, client_id) where resolved_at is null;
create index pain_report_by_client on pain_report (studio_id, client_id, reported_at desc);
