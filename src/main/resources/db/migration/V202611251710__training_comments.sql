-- A coach's comment on a workout, which the client reads as "Coach's note" on their Today screen.
create table workout_comment (
    studio_id  uuid        not null,
    comment_id uuid        not null,
    workout_id uuid        not null,
    author_id  uuid        not null,
    -- The coach's name as it was when they wrote, so that the note reads the same after they leave.
    author     text        not null,
    body       text        not null check (char_length(body) between 1 and 1000),
    created_at timestamptz not null,
    primary key (studio_id, comment_id),
    foreign key (studio_id, workout_id) references workout (studio_id, workout_id) on delete cascade,
    foreign key (studio_id, author_id) references member (studio_id, member_id)
);
create index workout_comment_by_workout on workout_comment (studio_id, workout_id, created_at);
