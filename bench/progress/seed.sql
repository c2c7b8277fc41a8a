-- Five years of a client's history for the progress benchmark: 1,250 finished workouts of 48 sets (60,000 logged
-- sets) on eight lifts with slowly rising loads, 2,000 body measurements (circumferences and skinfolds monthly) and
-- a Senior-Fitness-style assessment each quarter. Variables: studio, client, program, member.
\set ON_ERROR_STOP on
insert into workout (studio_id, workout_id, client_id, program_id, program_version, week_number, session_index,
                     session_name, prescribed_sets, session, status, started_at, finished_at, session_rpe, minutes)
select :'studio'::uuid, gen_random_uuid(), :'client'::uuid, :'program'::uuid, 1, 1000 + w, 1, 'Full body',
       50, '{}'::jsonb, 'DONE', now() - make_interval(days => (1825 - w * 1825 / 1250)) - interval '2 hours',
       now() - make_interval(days => (1825 - w * 1825 / 1250)) - interval '1 hour', 5 + w % 4, 50 + w % 30
  from generate_series(1, 1250) as w;

insert into logged_set (studio_id, workout_id, set_id, slot, exercise_id, set_number, reps, load_kg, rpe, done,
                        logged_at)
select w.studio_id, w.workout_id, gen_random_uuid(), 'A' || lift, (array['back-squat', 'front-squat',
       'sumo-deadlift', 'leg-press', 'machine-row', 'seated-cable-row', 'arnold-press', 'goblet-squat'])[lift],
       s, 5 + (s + lift) % 6, least(400, 20 + lift * 8 + (w.week_number - 1000) * 0.05 + s % 3 * 2.5), 7 + s % 3,
       true, w.started_at + make_interval(mins => lift * 6 + s)
  from workout w, generate_series(1, 8) as lift, generate_series(1, 6) as s
 where w.studio_id = :'studio'::uuid and w.client_id = :'client'::uuid and w.week_number > 1000;

insert into body_measurement (studio_id, measurement_id, client_id, measured_on, body_mass_kg, neck_m, waist_m,
                              hip_m, chest_skinfold_mm, abdomen_skinfold_mm, thigh_skinfold_mm, recorded_by,
                              recorded_at)
select :'studio'::uuid, gen_random_uuid(), :'client'::uuid, current_date - (1825 - i * 1825 / 2000),
       round((90 - i * 0.004 + sin(i / 5.0))::numeric, 2),
       case when i % 30 = 0 then 0.39 end, case when i % 30 = 0 then round((0.98 - i * 0.00005)::numeric, 3) end,
       case when i % 30 = 0 then 1.02 end, case when i % 30 = 0 then 18 end,
       case when i % 30 = 0 then round((28 - i * 0.004)::numeric, 1) end, case when i % 30 = 0 then 20 end,
       :'member'::uuid, now()
  from generate_series(1, 2000) as i;

insert into assessment_result (studio_id, result_id, client_id, kind, tested_on, inputs, recorded_by, recorded_at)
select :'studio'::uuid, gen_random_uuid(), :'client'::uuid, kind, current_date - q * 91,
       jsonb_build_object(input, value + (20 - q) * step), :'member'::uuid, now()
  from generate_series(0, 19) as q,
       (values ('push-ups', 'REPETITIONS', 15, 1), ('plank', 'TIME_S', 60, 3),
               ('cooper-12-minute-run', 'DISTANCE_M', 2200, 15), ('resting-heart-rate', 'HEART_RATE_BPM', 75, -1))
           as t(kind, input, value, step);
