-- Session reminders 24 h and 2 h before a 1:1 session.
-- db-scheduler's execution table: every Spotter instance polls it and claims a due execution with a row update,
-- so one instance runs each run of the reminder job.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
comment on table scheduled_tasks is 'global: db-scheduler''s jobs, shared by every Spotter instance on this database';

-- One row per reminder sent, claimed before sending: the key lets only one of two racing senders have it.
create table reminder_sent (
    studio_id  uuid        not null,
    booking_id uuid        not null,
    kind       text        not null check (kind in ('24H', '2H')),
    sent_at    timestamptz not null,
    primary key (studio_id, booking_id, kind),
    foreign key (studio_id, booking_id) references booking (studio_id, booking_id) on delete cascade
);

-- Clients who unsubscribed from reminders.
create table reminders_off (
    studio_id uuid        not null,
    client_id uuid        not null,
    since     timestamptz not null,
    primary key (studio_id, client_id),
    foreign key (studio_id, client_id) references client (studio_id, client_id) on delete cascade
);

-- The key that signs unsubscribe links (two random UUIDs: 244 strong random bits); one per database, so every
-- instance accepts the links another instance sent.
create table reminder_link_key (
    id  int   primary key check (id = 1),
    key bytea not null
);
insert into reminder_link_key (id, key) values (1, uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()));
comment on table reminder_link_key is 'global: the HMAC key for unsubscribe links in reminder emails';
