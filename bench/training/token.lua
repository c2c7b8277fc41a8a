-- wrk script: the bare endpoint behind the API's security chain, with the client's token and no
-- Idempotency-Key: what the token check alone costs.
dofile("bench/training/post.lua")("/api/v1/bench/sets", true, false)
