-- Progress reports: a period of a client's progress with their coach's comments, shared with the client when sent.
-- The figures are not stored: the report is drawn from the data whenever it is opened or printed.
create table progress_report (
    studio_id   uuid        not null,
    report_id   uuid        not null,
    client_id   uuid        not null,
    period_from date        not null,
    period_to   date        not null,
    comments    text        check (char_length(comments) <= 4000),
    author_id   uuid        not null,
    -- The coach's name as it was when they wrote, so that the report reads the same after they leave.
    author      text        not null,
    created_at  timestamptz not null,
    sent_at     timestamptz,
    primary key (studio_id, report_id),
    foreign key (studio_id, client_id) references client (studio_id, client_id) on delete cascade,
    foreign key (studio_id, author_id) references member (studio_id, member_id),
    check (period_from <= period_to)
);
create index progress_report_by_client on progress_report (studio_id, client_id, created_at desc);
