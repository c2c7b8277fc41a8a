-- Fitness assessments: a session planned for a day with the tests to run, and each test's raw inputs in SI. The
-- value, estimate and norm rating are worked out when read, from the inputs and the client's age on the day.
create table assessment_session (
    studio_id    uuid        not null,
    session_id   uuid        not null,
    client_id    uuid        not null,
    scheduled_on date        not null,
    title        text        not null check (char_length(title) between 1 and 80),
    kinds        text[]      not null check (cardinality(kinds) between 1 and 40),
    status       text        not null check (status in ('PLANNED', 'DONE')),
    created_by   uuid        not null,
    created_at   timestamptz not null,
    completed_at timestamptz,
    primary key (studio_id, session_id),
    foreign key (studio_id, client_id) references client (studio_id, client_id) on delete cascade,
    foreign key (studio_id, created_by) references member (studio_id, member_id),
    check ((status = 'DONE') = (completed_at is not null))
);
create index assessment_session_by_client on assessment_session (studio_id, client_id, scheduled_on desc);

create table assessment_result (
    studio_id   uuid        not null,
    result_id   uuid        not null,
    client_id   uuid        not null,
    session_id  uuid,
    kind        text        not null,
    tested_on   date        not null,
    inputs      jsonb       not null,
    -- The lift of a repetition-maximum test, such as "Back squat".
    lift        text        check (char_length(lift) between 1 and 80),
    notes       text        check (char_length(notes) <= 500),
    recorded_by uuid        not null,
    recorded_at timestamptz not null,
    primary key (studio_id, result_id),
    foreign key (studio_id, client_id) references client (studio_id, client_id) on delete cascade,
    foreign key (studio_id, session_id) references assessment_session (studio_id, session_id) on delete cascade,
    foreign key (studio_id, recorded_by) references member (studio_id, member_id)
);
create index assessment_result_by_client on assessment_result (studio_id, client_id, kind, tested_on);
