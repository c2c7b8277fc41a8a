-- Programs: a client's training program or a studio template, and every version of it. A version holds the whole
-- program as the engine models it (jsonb), what the checker found in it, and what changed, in words. Versions are
-- never changed afterwards, except that a later check refreshes their findings and a publish records its override.

create table program (
    studio_id         uuid        not null references studio (studio_id),
    program_id        uuid        not null,
    client_id         uuid,
    kind              text        not null check (kind in ('PROGRAM', 'TEMPLATE')),
    title             text        not null check (char_length(title) between 1 and 200),
    specialisation    text        not null,
    status            text        not null check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    current_version   integer     not null check (current_version >= 1),
    published_version integer,
    published_at      timestamptz,
    published_by      uuid,
    -- The template this program was applied from: a studio template's id, or a built-in one's ("builtin:…").
    built_from        text,
    seed              bigint      not null,
    created_by        uuid        not null,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    primary key (studio_id, program_id),
    foreign key (studio_id, client_id) references client (studio_id, client_id),
    foreign key (studio_id, created_by) references member (studio_id, member_id),
    foreign key (studio_id, published_by) references member (studio_id, member_id),
    check ((kind = 'TEMPLATE') = (client_id is null)),
    check (published_version is null or published_version <= current_version)
);
create index program_by_client on program (studio_id, client_id, updated_at desc);
create index program_by_kind on program (studio_id, kind, updated_at desc);

create table program_version (
    studio_id       uuid        not null,
    program_id      uuid        not null,
    version         integer     not null check (version >= 1),
    body            jsonb       not null,
    weeks           integer     not null,
    days_per_week   integer     not null,
    errors          integer     not null default 0,
    warnings        integer     not null default 0,
    findings        jsonb       not null default '[]',
    note            text        not null,
    override_reason text,
    created_by      uuid        not null,
    created_at      timestamptz not null default now(),
    primary key (studio_id, program_id, version),
    foreign key (studio_id, program_id) references program (studio_id, program_id) on delete cascade,
    foreign key (studio_id, created_by) references member (studio_id, member_id)
);
