-- Training: a workout is one session of a client's published program as they trained it, and a logged set is one
-- set of one exercise in it. The device that logs a set names it (set_id), so a set sent twice is stored once.

create table workout (
    studio_id       uuid        not null references studio (studio_id),
    workout_id      uuid        not null,
    client_id       uuid        not null,
    program_id      uuid        not null,
    program_version integer     not null check (program_version >= 1),
    week_number     integer     not null check (week_number >= 1),
    session_index   integer     not null check (session_index >= 1),
    -- Kept from the program as it was when the workout started, so that history reads the same after edits.
    session_name    text        not null,
    prescribed_sets integer     not null check (prescribed_sets >= 0),
    session         jsonb       not null,
    status          text        not null check (status in ('IN_PROGRESS', 'DONE')),
    started_at      timestamptz not null,
    finished_at     timestamptz,
    -- Session RPE on Foster's CR-10 scale, and the minutes it lasted: together the session's load.
    session_rpe     integer     check (session_rpe between 0 and 10),
    minutes         integer     check (minutes between 1 and 600),
    notes           text        check (char_length(notes) <= 1000),
    primary key (studio_id, workout_id),
    foreign key (studio_id, client_id) references client (studio_id, client_id),
    foreign key (studio_id, program_id) references program (studio_id, program_id),
    check ((status = 'DONE') = (finished_at is not null))
);
create index workout_by_client on workout (studio_id, client_id, started_at desc);
-- A client trains one session of a program once: a second start of the same session is refused by the database.
create unique index workout_once_per_session on workout (studio_id, client_id, program_id, week_number, session_index);
-- And has at most one workout open at a time.
create unique index workout_one_open on workout (studio_id, client_id) where status = 'IN_PROGRESS';

create table logged_set (
    studio_id   uuid          not null,
    workout_id  uuid          not null,
    set_id      uuid          not null,
    slot        text          not null,
    exercise_id text          not null,
    set_number  integer       not null check (set_number between 1 and 20),
    reps        integer       check (reps between 0 and 100),
    load_kg     numeric(5, 2) check (load_kg between 0 and 500),
    rpe         numeric(3, 1) check (rpe between 1 and 10),
    rir         integer       check (rir between 0 and 10),
    seconds     integer       check (seconds between 1 and 14400),
    metres      integer       check (metres between 1 and 100000),
    avg_hr      integer       check (avg_hr between 30 and 230),
    max_hr      integer       check (max_hr between 30 and 230),
    done        boolean       not null default true,
    logged_at   timestamptz   not null,
    primary key (studio_id, workout_id, set_id),
    foreign key (studio_id, workout_id) references workout (studio_id, workout_id) on delete cascade
);
create index logged_set_by_exercise on logged_set (studio_id, exercise_id, logged_at desc);
