-- Clients: profile, assigned trainers, screening (PAR-Q+ and ACSM 2015), clearances, conditions and the
-- condition-to-safety-tag rules. Health data: every read of it through the workspace or the API is audited.

create table client (
    studio_id             uuid        not null references studio (studio_id),
    client_id             uuid        not null,
    member_id             uuid,
    display_name          text        not null check (char_length(display_name) between 1 and 120),
    email                 text,
    phone                 text,
    date_of_birth         date,
    sex                   text        check (sex in ('FEMALE', 'MALE')),
    height_cm             numeric(5, 1) check (height_cm between 50 and 250),
    body_mass_kg          numeric(5, 1) check (body_mass_kg between 20 and 400),
    primary_goal          text,
    goal_target           text,
    goal_date             date,
    secondary_goals       text[]      not null default '{}',
    experience            text,
    activity_minutes_week integer     check (activity_minutes_week between 0 and 3000),
    activity_days_week    integer     check (activity_days_week between 0 and 7),
    activity_months       integer     check (activity_months between 0 and 600),
    days_available        integer     check (days_available between 1 and 7),
    minutes_per_session   integer     check (minutes_per_session between 10 and 240),
    equipment_access      text[]      not null default '{}',
    preferred_exercises   text[]      not null default '{}',
    disliked_exercises    text[]      not null default '{}',
    medications           text,
    notes                 text,
    status                text        not null check (status in ('LEAD', 'ACTIVE', 'PAUSED', 'FORMER')),
    clearance_status      text        not null default 'NOT_SCREENED',
    intensity_ceiling     text,
    screened_at           timestamptz,
    rescreen_due          date,
    intake_confirmed_at   timestamptz,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    primary key (studio_id, client_id),
    foreign key (studio_id, member_id) references member (studio_id, member_id),
    unique (studio_id, member_id)
);
create index client_by_name on client (studio_id, lower(display_name));

create table client_trainer (
    studio_id uuid not null,
    client_id uuid not null,
    member_id uuid not null,
    primary key (studio_id, client_id, member_id),
    foreign key (studio_id, client_id) references client (studio_id, client_id) on delete cascade,
    foreign key (studio_id, member_id) references member (studio_id, member_id)
);

create table screening (
    studio_id           uuid        not null,
    screening_id        uuid        not null,
    client_id           uuid        not null,
    parq_answers        jsonb       not null default '{}',
    parq_follow_ups     jsonb       not null default '{}',
    follow_up_notes     text,
    exercises_regularly boolean,
    known_disease       boolean,
    symptoms            boolean,
    parq_outcome        text,
    acsm_branch         integer,
    clearance_status    text,
    intensity_ceiling   text,
    reason              text,
    status              text        not null check (status in ('DRAFT', 'FINAL')),
    completed_by        uuid,
    completed_at        timestamptz,
    created_at          timestamptz not null default now(),
    primary key (studio_id, screening_id),
    foreign key (studio_id, client_id) references client (studio_id, client_id),
    foreign key (studio_id, completed_by) references member (studio_id, member_id)
);
create index screening_by_client on screening (studio_id, client_id, created_at desc);

create table clearance (
    studio_id         uuid        not null,
    clearance_id      uuid        not null,
    client_id         uuid        not null,
    cleared_on        date        not null,
    clinician         text        not null,
    restrictions      text,
    intensity_ceiling text,
    document_name     text,
    document_type     text,
    document          bytea,
    recorded_by       uuid        not null,
    recorded_at       timestamptz not null default now(),
    primary key (studio_id, clearance_id),
    foreign key (studio_id, client_id) references client (studio_id, client_id),
    foreign key (studio_id, recorded_by) references member (studio_id, member_id)
);

create table condition_rule (
    condition_key text   not null,
    label         text   not null,
    region        text   not null,
    avoid         text[] not null default '{}',
    ceiling       text,
    guidance      text   not null,
    source        text   not null,
    primary key (condition_key)
);
comment on table condition_rule is 'global: Spotter''s cited mapping of conditions onto safety tags to avoid';

create table studio_condition_rule (
    studio_id     uuid        not null references studio (studio_id),
    condition_key text        not null,
    label         text        not null,
    region        text        not null,
    avoid         text[]      not null default '{}',
    ceiling       text,
    guidance      text        not null,
    source        text        not null,
    updated_at    timestamptz not null default now(),
    primary key (studio_id, condition_key)
);

create table client_condition (
    studio_id     uuid        not null,
    condition_id  uuid        not null,
    client_id     uuid        not null,
    condition_key text        not null,
    side          text        check (side in ('LEFT', 'RIGHT', 'BOTH', 'NOT_APPLICABLE')),
    severity      text        check (severity in ('MILD', 'MODERATE', 'SEVERE')),
    since         date,
    status        text        not null check (status in ('ACTIVE', 'RESOLVED')),
    restrictions  text,
    extra_avoid   text[]      not null default '{}',
    notes         text,
    created_at    timestamptz not null default now(),
    primary key (studio_id, condition_id),
    foreign key (studio_id, client_id) references client (studio_id, client_id)
);
create index client_condition_by_client on client_condition (studio_id, client_id);
