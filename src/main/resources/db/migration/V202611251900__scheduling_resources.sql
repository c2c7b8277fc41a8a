-- Scheduling resources: where sessions happen (locations and their rooms), what can be booked (services), what
-- a coach may lead (qualifications), and when each coach works (weekly hours, date exceptions, time off).
-- Hours are local times of the studio's zone; absolute spans are timestamptz (UTC).

create table location (
    studio_id   uuid not null references studio (studio_id),
    location_id uuid not null,
    name        text not null check (char_length(name) between 1 and 120),
    address     text check (char_length(address) <= 300),
    primary key (studio_id, location_id),
    unique (studio_id, name)
);

create table room (
    studio_id   uuid    not null,
    room_id     uuid    not null,
    location_id uuid    not null,
    name        text    not null check (char_length(name) between 1 and 120),
    capacity    integer not null check (capacity between 1 and 500),
    equipment   text[]  not null default '{}',
    primary key (studio_id, room_id),
    foreign key (studio_id, location_id) references location (studio_id, location_id) on delete cascade,
    unique (studio_id, location_id, name)
);

create table service (
    studio_id          uuid    not null references studio (studio_id),
    service_id         uuid    not null,
    name               text    not null check (char_length(name) between 1 and 120),
    kind               text    not null check (kind in ('ONE_TO_ONE', 'ASSESSMENT', 'SMALL_GROUP', 'CLASS')),
    duration_minutes   integer not null check (duration_minutes between 5 and 480),
    capacity           integer not null check (capacity between 1 and 500),
    buffer_minutes     integer not null default 0 check (buffer_minutes between 0 and 240),
    notice_minutes     integer not null default 0 check (notice_minutes between 0 and 43200),
    -- Cancelling later than this many hours before the start is recorded as a late cancellation.
    cancellation_hours integer not null default 24 check (cancellation_hours between 0 and 336),
    qualification      text check (char_length(qualification) <= 120),
    active             boolean not null default true,
    primary key (studio_id, service_id),
    unique (studio_id, name),
    check (kind in ('SMALL_GROUP', 'CLASS') or capacity = 1)
);

create table coach_qualification (
    studio_id     uuid not null,
    member_id     uuid not null,
    qualification text not null check (char_length(qualification) between 1 and 120),
    primary key (studio_id, member_id, qualification),
    foreign key (studio_id, member_id) references member (studio_id, member_id)
);

create table weekly_hours (
    studio_id   uuid    not null,
    hours_id    uuid    not null,
    member_id   uuid    not null,
    day_of_week integer not null check (day_of_week between 1 and 7),
    starts      time    not null,
    ends        time    not null,
    primary key (studio_id, hours_id),
    foreign key (studio_id, member_id) references member (studio_id, member_id),
    check (ends > starts)
);
create index weekly_hours_by_member on weekly_hours (studio_id, member_id);

-- Extra hours on a date (available), or hours off on a date (both times null: the whole day).
create table hours_exception (
    studio_id    uuid    not null,
    exception_id uuid    not null,
    member_id    uuid    not null,
    on_date      date    not null,
    starts       time,
    ends         time,
    available    boolean not null,
    note         text check (char_length(note) <= 200),
    primary key (studio_id, exception_id),
    foreign key (studio_id, member_id) references member (studio_id, member_id),
    check ((starts is null) = (ends is null)),
    check (starts is null or ends > starts),
    check (not available or starts is not null)
);
create index hours_exception_by_member on hours_exception (studio_id, member_id, on_date);

create table time_off (
    studio_id   uuid        not null,
    time_off_id uuid        not null,
    member_id   uuid        not null,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null,
    reason      text check (char_length(reason) <= 200),
    primary key (studio_id, time_off_id),
    foreign key (studio_id, member_id) references member (studio_id, member_id),
    check (ends_at > starts_at)
);
create index time_off_by_member on time_off (studio_id, member_id, ends_at);
