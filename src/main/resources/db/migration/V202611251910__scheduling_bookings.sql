-- 1:1 bookings. A booking holds its coach from the start to busy_until (the end plus the service's buffer); the
-- database refuses two live bookings of one coach whose spans overlap, so two requests racing for the same time
-- can never both succeed. request_id is chosen by the page or device that books, so a form sent twice books once.
create extension if not exists btree_gist;

create table booking (
    studio_id    uuid        not null references studio (studio_id),
    booking_id   uuid        not null,
    service_id   uuid        not null,
    coach_id     uuid        not null,
    client_id    uuid        not null,
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    busy_until   timestamptz not null,
    status       text        not null check (status in ('BOOKED', 'CANCELLED', 'LATE_CANCELLED', 'NO_SHOW', 'ATTENDED')),
    cancelled_at timestamptz,
    series_id    uuid,
    request_id   uuid        not null,
    booked_by    uuid        not null,
    created_at   timestamptz not null,
    primary key (studio_id, booking_id),
    foreign key (studio_id, service_id) references service (studio_id, service_id),
    foreign key (studio_id, coach_id) references member (studio_id, member_id),
    foreign key (studio_id, client_id) references client (studio_id, client_id),
    foreign key (studio_id, booked_by) references member (studio_id, member_id),
    unique (studio_id, request_id),
    check (ends_at > starts_at and busy_until >= ends_at),
    check ((status in ('CANCELLED', 'LATE_CANCELLED')) = (cancelled_at is not null)),
    constraint booking_coach_free exclude using gist (
        studio_id with =, coach_id with =, tstzrange(starts_at, busy_until) with &&) where (status = 'BOOKED')
);
create index booking_by_coach on booking (studio_id, coach_id, starts_at);
create index booking_by_client on booking (studio_id, client_id, starts_at);
