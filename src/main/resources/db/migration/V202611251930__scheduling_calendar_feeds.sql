-- Calendar feeds: a secret link a coach or client adds to their calendar app, which fetches it without signing
-- in. Only the SHA-256 hash of the secret is kept, so the link is shown once; revoking it ends the feed. A client's
-- feed names their client record, a coach's feed has none. Feeds are looked up by hash alone (the calendar app
-- knows no studio), so the hash is unique across studios.
create table calendar_feed (
    studio_id   uuid        not null references studio (studio_id),
    feed_id     uuid        not null,
    member_id   uuid        not null,
    client_id   uuid,
    secret_hash text        not null unique,
    created_at  timestamptz not null,
    revoked_at  timestamptz,
    primary key (studio_id, feed_id),
    foreign key (studio_id, member_id) references member (studio_id, member_id),
    foreign key (studio_id, client_id) references client (studio_id, client_id)
);
-- One live feed per member: making a new link revokes the old one in the same transaction.
create unique index calendar_feed_live on calendar_feed (studio_id, member_id) where revoked_at is null;
