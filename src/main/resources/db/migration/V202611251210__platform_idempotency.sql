-- Responses to API writes that carried an Idempotency-Key, replayed when the client retries.
create table idempotent_request (
    studio_id             uuid        not null references studio (studio_id),
    idempotency_key       text        not null,
    member_id             uuid        not null,
    request_hash          text        not null,
    response_status       integer,
    response_content_type text,
    response_body         bytea,
    created_at            timestamptz not null default now(),
    primary key (studio_id, idempotency_key),
    foreign key (studio_id, member_id) references member (studio_id, member_id)
);
create index idempotent_request_by_age on idempotent_request (created_at);
