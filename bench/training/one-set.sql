-- The statements Spotter sends to PostgreSQL to log one set through the API, for pgbench: the token check, the
-- Idempotency-Key claim, the client, the workout with the slot's prescription, the insert, the commit and the
-- stored response. A copy of the SQL in AccessTokens, IdempotencyFilter, Clients and Workouts: keep it in step.
-- Variables (pgbench -D): studio, member, workout, token_hash, slot, exercise.
with token as (
    select t.studio_id, t.token_id, m.member_id, m.role, m.display_name, a.account_id, a.email
      from access_token t
      join member m on m.studio_id = t.studio_id and m.member_id = t.member_id
      join account a on a.account_id = m.account_id
     where t.token_hash = :token_hash and t.revoked_at is null and (t.expires_at is null or t.expires_at > now())
       and m.active
), touched as (
    update access_token set last_used_at = now()
     where (studio_id, token_id) in (select studio_id, token_id from token)
       and (last_used_at is null or last_used_at < now() - interval '60 seconds')
)
select * from token;
insert into idempotent_request (studio_id, idempotency_key, member_id, request_hash, created_at)
values (:studio, gen_random_uuid()::text, :member, md5(random()::text) || md5(random()::text), now())
on conflict (studio_id, idempotency_key) do update
   set request_hash = excluded.request_hash, member_id = excluded.member_id, created_at = now()
 where idempotent_request.response_status is null
   and idempotent_request.created_at < now() - make_interval(secs => 120)
returning idempotency_key \gset
begin;
select * from client where studio_id = :studio and member_id = :member;
select client_id, status,
       jsonb_path_query_first(session, '$.blocks[*].items[*] ? (@.slot == $slot)',
                              jsonb_build_object('slot', :slot::text)) as prescription
  from workout
 where studio_id = :studio and workout_id = :workout;
insert into logged_set (studio_id, workout_id, set_id, slot, exercise_id, set_number, reps, load_kg, rpe, rir,
                        seconds, metres, avg_hr, max_hr, done, logged_at)
values (:studio, :workout, gen_random_uuid(), :slot, :exercise, 2, 5, 60.5, 8, null, null, null, null, null, true,
        now())
on conflict (studio_id, workout_id, set_id) do nothing
returning *;
commit;
update idempotent_request
   set response_status = 201, response_content_type = 'application/json',
       response_body = convert_to(repeat('x', 300), 'UTF8')
 where studio_id = :studio and idempotency_key = :idempotency_key;
