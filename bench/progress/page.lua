-- wrk script: a client's progress page (five years of history) as their trainer opens it.
local cookie = os.getenv("SPOTTER_COOKIE")
local path = "/app/clients/" .. os.getenv("CLIENT_ID") .. "/progress"
request = function()
  return wrk.format("GET", path, { ["Cookie"] = cookie })
end

done = dofile("bench/search/report.lua")
