-- The bare baseline's one statement (baseline/BareInsert.java), for pgbench.
insert into bench_insert (set_id, slot, set_number, reps, load_kg, rpe, done, logged_at)
values (gen_random_uuid(), 'squat', 2, 5, 60.5, 8, true, now());
