-- wrk script: the bare endpoint behind the API's security chain with the client's token and a new
-- Idempotency-Key on every request: what the token check and the idempotency record cost together.
dofile("bench/training/post.lua")("/api/v1/bench/sets", true, true)
