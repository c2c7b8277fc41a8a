-- wrk script: the set-logging API with everything it does: token, Idempotency-Key, the client's own workout, the
-- slot and set number checked, the set stored and answered.
dofile("bench/training/post.lua")("/api/v1/workouts/{id}/sets", true, true)
