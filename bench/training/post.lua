-- Shared by the wrk scripts of this folder: every request posts a new set, with its own set id and, when asked,
-- its own Idempotency-Key, so nothing is ever replayed or de-duplicated. Environment: SPOTTER_TOKEN (the demo
-- client's API token), WORKOUT_ID, SETS_SLOT and SETS_MAX (a slot of the open workout and its number of sets).
-- Called with the path to post to and whether to send the token and a key; defines wrk's hooks.
local uuid = dofile("bench/training/uuid.lua")
return function(path, send_token, send_key)
  local token = os.getenv("SPOTTER_TOKEN")
  local slot = os.getenv("SETS_SLOT")
  local max = tonumber(os.getenv("SETS_MAX"))
  path = path:gsub("{id}", os.getenv("WORKOUT_ID") or "")
  local threads, n = 0, 0

  setup = function(thread)
    threads = threads + 1
    thread:set("thread_number", threads)
  end

  init = function(args)
    uuid.start(thread_number)
  end

  request = function()
    n = n + 1
    local headers = { ["Content-Type"] = "application/json" }
    if send_token then
      headers["Authorization"] = "Bearer " .. token
    end
    if send_key then
      headers["Idempotency-Key"] = uuid.next()
    end
    local body = string.format('{"setId":"%s","slot":"%s","setNumber":%d,"reps":5,"loadKg":%d.5,"rpe":8}',
      uuid.next(), slot, (n % max) + 1, 60 + n % 40)
    return wrk.format("POST", path, headers, body)
  end

  done = dofile("bench/search/report.lua")
end
