-- Emergency readiness (contacts, incidents, the studio's emergency action plan) and the history of changes to
-- client records.

create table emergency_contact (
    studio_id    uuid        not null,
    contact_id   uuid        not null,
    client_id    uuid        not null,
    name         text        not null check (char_length(name) between 1 and 120),
    relationship text,
    phone        text        not null check (char_length(phone) between 3 and 40),
    created_at   timestamptz not null default now(),
    primary key (studio_id, contact_id),
    foreign key (studio_id, client_id) references client (studio_id, client_id)
);
create index emergency_contact_by_client on emergency_contact (studio_id, client_id);

create table incident (
    studio_id     uuid        not null,
    incident_id   uuid        not null,
    client_id     uuid        not null,
    occurred_at   timestamptz not null,
    what_happened text        not null,
    actions_taken text        not null,
    first_aid     text,
    follow_up     text,
    reported_by   uuid        not null,
    created_at    timestamptz not null default now(),
    primary key (studio_id, incident_id),
    foreign key (studio_id, client_id) references client (studio_id, client_id),
    foreign key (studio_id, reported_by) references member (studio_id, member_id)
);
create index incident_by_client on incident (studio_id, client_id, occurred_at desc);

create table emergency_plan (
    studio_id        uuid        not null references studio (studio_id),
    emergency_number text        not null,
    address          text,
    nearest_aed      text,
    first_aid_kit    text,
    steps            text        not null,
    updated_by       uuid,
    updated_at       timestamptz not null default now(),
    primary key (studio_id),
    foreign key (studio_id, updated_by) references member (studio_id, member_id)
);

create table client_change (
    studio_id  uuid        not null,
    change_id  uuid        not null,
    client_id  uuid        not null,
    changed_by uuid        not null,
    changed_at timestamptz not null default now(),
    field      text        not null,
    old_value  text,
    new_value  text,
    primary key (studio_id, change_id),
    foreign key (studio_id, client_id) references client (studio_id, client_id),
    foreign key (studio_id, changed_by) references member (studio_id, member_id)
);
create index client_change_by_client on client_change (studio_id, client_id, changed_at desc);
