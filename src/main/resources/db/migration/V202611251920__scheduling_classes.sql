-- Group classes. A class schedule is a class service led by a coach in a room, starting at a local time on its
-- first date and repeating by an RFC 5545 rule; occurrences are expanded on read, so a schedule never runs out.
-- class_skip holds the dates a schedule does not run. class_occurrence is created on the first booking of an
-- occurrence: its row is locked while places are counted, so two members racing for the last place are taken
-- one after the other. class_place is a member's place or waitlist entry; request_id makes a retried join book once.

create table class_schedule (
    studio_id   uuid        not null references studio (studio_id),
    schedule_id uuid        not null,
    service_id  uuid        not null,
    coach_id    uuid        not null,
    room_id     uuid        not null,
    first_date  date        not null,
    start_time  time        not null,
    rrule       text check (char_length(rrule) <= 300),
    capacity    integer     not null check (capacity between 1 and 500),
    active      boolean     not null default true,
    created_at  timestamptz not null,
    primary key (studio_id, schedule_id),
    foreign key (studio_id, service_id) references service (studio_id, service_id),
    foreign key (studio_id, coach_id) references member (studio_id, member_id),
    foreign key (studio_id, room_id) references room (studio_id, room_id)
);
create index class_schedule_by_coach on class_schedule (studio_id, coach_id);

create table class_skip (
    studio_id   uuid not null,
    schedule_id uuid not null,
    on_date     date not null,
    reason      text check (char_length(reason) <= 200),
    primary key (studio_id, schedule_id, on_date),
    foreign key (studio_id, schedule_id) references class_schedule (studio_id, schedule_id) on delete cascade
);

create table class_occurrence (
    studio_id   uuid        not null,
    schedule_id uuid        not null,
    starts_at   timestamptz not null,
    primary key (studio_id, schedule_id, starts_at),
    foreign key (studio_id, schedule_id) references class_schedule (studio_id, schedule_id) on delete cascade
);

create table class_place (
    studio_id     uuid        not null,
    place_id      uuid        not null,
    schedule_id   uuid        not null,
    starts_at     timestamptz not null,
    client_id     uuid        not null,
    status        text        not null check (status in ('BOOKED', 'WAITLISTED', 'CANCELLED', 'LATE_CANCELLED',
                                                          'NO_SHOW', 'ATTENDED')),
    request_id    uuid        not null,
    created_at    timestamptz not null,
    promoted_at   timestamptz,
    cancelled_at  timestamptz,
    checked_in_at timestamptz,
    primary key (studio_id, place_id),
    foreign key (studio_id, schedule_id, starts_at)
        references class_occurrence (studio_id, schedule_id, starts_at) on delete cascade,
    foreign key (studio_id, client_id) references client (studio_id, client_id),
    unique (studio_id, request_id),
    check ((status in ('CANCELLED', 'LATE_CANCELLED')) = (cancelled_at is not null)),
    check ((status = 'ATTENDED') = (checked_in_at is not null))
);
-- A member holds at most one live place or waitlist entry in an occurrence.
create unique index class_place_once on class_place (studio_id, schedule_id, starts_at, client_id)
    where status in ('BOOKED', 'WAITLISTED');
create index class_place_by_client on class_place (studio_id, client_id, starts_at);
