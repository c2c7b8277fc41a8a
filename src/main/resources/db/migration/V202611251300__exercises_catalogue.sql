-- The exercise knowledge base: Spotter's built-in library (global) and each studio's own exercises, which are
-- either written by the studio, imported from a file, or overrides of built-in exercises.

create extension if not exists pg_trgm;

create table exercise (
    exercise_id       text          not null,
    name              text          not null,
    aliases           text[]        not null default '{}',
    summary           text          not null,
    modality          text          not null,
    pattern           text          not null,
    primary_muscles   text[]        not null,
    secondary_muscles text[]        not null default '{}',
    equipment         text[]        not null,
    level             text          not null,
    unilateral        boolean       not null,
    load_type         text          not null,
    tags              text[]        not null default '{}',
    populations       text[]        not null default '{}',
    setup             text          not null,
    cues              text[]        not null,
    mistakes          text[]        not null,
    breathing         text          not null,
    safety            text          not null,
    regressions       text[]        not null default '{}',
    progressions      text[]        not null default '{}',
    met_code          text,
    met_value         numeric(4, 1),
    search_text       text          not null,
    search            tsvector      generated always as (
                          setweight(to_tsvector('english', name), 'A')
                          || setweight(to_tsvector('english', search_text), 'B')) stored,
    primary key (exercise_id)
);
comment on table exercise is 'global: Spotter''s built-in exercise library, the same for every studio';
create index exercise_search on exercise using gin (search);
create index exercise_name_trgm on exercise using gin (name gin_trgm_ops);

-- Which version of the built-in library files is loaded, so that a restart with unchanged files writes nothing.
create table exercise_library_version (
    library    text        not null,
    checksum   text        not null,
    loaded_at  timestamptz not null default now(),
    primary key (library)
);
comment on table exercise_library_version is 'global: checksum of the built-in library files last loaded';

create table studio_exercise (
    studio_id         uuid          not null references studio (studio_id),
    exercise_id       text          not null,
    origin            text          not null check (origin in ('OVERRIDE', 'CUSTOM', 'IMPORTED')),
    source            text,
    source_ref        text,
    name              text          not null check (char_length(name) between 1 and 120),
    aliases           text[]        not null default '{}',
    summary           text          not null default '',
    modality          text          not null,
    pattern           text          not null,
    primary_muscles   text[]        not null,
    secondary_muscles text[]        not null default '{}',
    equipment         text[]        not null,
    level             text          not null,
    unilateral        boolean       not null,
    load_type         text          not null,
    tags              text[]        not null default '{}',
    tags_reviewed     boolean       not null default true,
    populations       text[]        not null default '{}',
    setup             text          not null default '',
    cues              text[]        not null default '{}',
    mistakes          text[]        not null default '{}',
    breathing         text          not null default '',
    safety            text          not null default '',
    regressions       text[]        not null default '{}',
    progressions      text[]        not null default '{}',
    met_code          text,
    met_value         numeric(4, 1),
    search_text       text          not null,
    search            tsvector      generated always as (
                          setweight(to_tsvector('english', name), 'A')
                          || setweight(to_tsvector('english', search_text), 'B')) stored,
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now(),
    primary key (studio_id, exercise_id),
    unique (studio_id, source, source_ref)
);
create index studio_exercise_search on studio_exercise using gin (search);
create index studio_exercise_name_trgm on studio_exercise using gin (name gin_trgm_ops);
