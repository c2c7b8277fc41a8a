-- Studios, the people in them and how they sign in.
-- Tenant tables put studio_id first in the primary key and in every foreign key between tenant tables, so the
-- schema can be distributed by studio_id (Citus). Tables commented 'global:' hold data shared by all studios.

create table studio (
    studio_id  uuid        not null,
    name       text        not null check (char_length(name) between 1 and 120),
    time_zone  text        not null,
    units      text        not null check (units in ('METRIC', 'IMPERIAL')),
    created_at timestamptz not null default now(),
    primary key (studio_id)
);
comment on table studio is 'tenant root: one row per studio';

create table account (
    account_id      uuid        not null,
    email           text        not null,
    password_hash   text        not null,
    failed_logins   integer     not null default 0,
    locked_until    timestamptz,
    last_sign_in_at timestamptz,
    created_at      timestamptz not null default now(),
    primary key (account_id),
    constraint account_email_lowercase check (email = lower(email))
);
create unique index account_email on account (email);
comment on table account is 'global: sign-in identity (email and password hash), looked up before the studio is known';

create table member (
    studio_id    uuid        not null references studio (studio_id),
    member_id    uuid        not null,
    account_id   uuid        not null references account (account_id),
    display_name text        not null check (char_length(display_name) between 1 and 120),
    role         text        not null check (role in ('OWNER', 'TRAINER', 'CLIENT')),
    active       boolean     not null default true,
    units        text        check (units in ('METRIC', 'IMPERIAL')),
    joined_at    timestamptz not null default now(),
    primary key (studio_id, member_id),
    unique (studio_id, account_id)
);
create index member_by_role on member (studio_id, role, display_name);

create table invitation (
    studio_id     uuid        not null references studio (studio_id),
    invitation_id uuid        not null,
    email         text        not null check (email = lower(email)),
    role          text        not null check (role in ('TRAINER', 'CLIENT')),
    token_hash    text        not null,
    invited_by    uuid        not null,
    created_at    timestamptz not null default now(),
    expires_at    timestamptz not null,
    accepted_at   timestamptz,
    accepted_by   uuid,
    revoked_at    timestamptz,
    primary key (studio_id, invitation_id),
    foreign key (studio_id, invited_by) references member (studio_id, member_id),
    foreign key (studio_id, accepted_by) references member (studio_id, member_id),
    unique (studio_id, token_hash)
);
create index invitation_by_token on invitation (token_hash);
-- At most one open invitation per email in a studio; expired ones are revoked before a new one is made.
create unique index invitation_open_per_email on invitation (studio_id, email)
    where accepted_at is null and revoked_at is null;

create table access_token (
    studio_id    uuid        not null references studio (studio_id),
    token_id     uuid        not null,
    member_id    uuid        not null,
    name         text        not null check (char_length(name) between 1 and 80),
    token_hash   text        not null,
    prefix       text        not null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    primary key (studio_id, token_id),
    foreign key (studio_id, member_id) references member (studio_id, member_id),
    unique (studio_id, token_hash)
);
create index access_token_by_hash on access_token (token_hash);
create index access_token_by_member on access_token (studio_id, member_id);

create table audit_event (
    studio_id      uuid        not null references studio (studio_id),
    event_id       uuid        not null,
    occurred_at    timestamptz not null default now(),
    actor_id       uuid,
    action         text        not null,
    subject        text,
    detail         text,
    remote_address text,
    primary key (studio_id, event_id),
    foreign key (studio_id, actor_id) references member (studio_id, member_id)
);
create index audit_event_by_time on audit_event (studio_id, occurred_at desc);
