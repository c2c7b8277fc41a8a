-- wrk script: the trainer's builder page for one 12-week program (a signed-in browser session).
local cookie = os.getenv("SPOTTER_COOKIE")
local path = "/app/programs/" .. os.getenv("PROGRAM_ID")
request = function()
  return wrk.format("GET", path, { ["Cookie"] = cookie })
end

done = dofile("bench/search/report.lua")
