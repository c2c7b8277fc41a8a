-- What a studio can load, so that suggested loads are ones a client can actually put on the bar or pick up:
-- the barbell and its plate sizes, the dumbbell series, and the step of the weight-stack machines, in the unit
-- the studio's equipment is marked in. A studio without a row uses Spotter's common defaults for its units.
create table studio_loading (
    studio_id          uuid          not null references studio (studio_id),
    unit               text          not null check (unit in ('KG', 'LB')),
    bar                numeric(6, 2) not null check (bar >= 0 and bar <= 110),
    plates             numeric(6, 2)[] not null check (cardinality(plates) between 1 and 12),
    dumbbell_lightest  numeric(6, 2) not null check (dumbbell_lightest > 0),
    dumbbell_step      numeric(6, 2) not null check (dumbbell_step > 0),
    dumbbell_heaviest  numeric(6, 2) not null check (dumbbell_heaviest >= dumbbell_lightest),
    stack_step         numeric(6, 2) not null check (stack_step > 0),
    updated_at         timestamptz   not null,
    primary key (studio_id)
);
