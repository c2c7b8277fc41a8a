-- Progress goals: a target body mass, lift (estimated 1RM of an exercise) or test score, by a day, and the
-- milestones (a quarter, half, three quarters of the way, and the target) with the day each was reached.
create table progress_goal (
    studio_id   uuid          not null,
    goal_id     uuid          not null,
    client_id   uuid          not null,
    kind        text          not null check (kind in ('BODY_MASS', 'LIFT', 'TEST')),
    -- The exercise of a LIFT goal, the test code of a TEST goal.
    subject     text          check (char_length(subject) between 1 and 120),
    target      numeric(9, 3) not null,
    target_on   date,
    start_value numeric(9, 3) not null,
    start_on    date          not null,
    achieved_on date,
    created_by  uuid          not null,
    created_at  timestamptz   not null,
    primary key (studio_id, goal_id),
    foreign key (studio_id, client_id) references client (studio_id, client_id) on delete cascade,
    foreign key (studio_id, created_by) references member (studio_id, member_id),
    check ((kind = 'BODY_MASS') = (subject is null))
);
create index progress_goal_by_client on progress_goal (studio_id, client_id);

create table goal_milestone (
    studio_id  uuid          not null,
    goal_id    uuid          not null,
    percent    integer       not null check (percent in (25, 50, 75, 100)),
    reached_on date          not null,
    value      numeric(9, 3) not null,
    primary key (studio_id, goal_id, percent),
    foreign key (studio_id, goal_id) references progress_goal (studio_id, goal_id) on delete cascade
);
