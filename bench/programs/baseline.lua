-- wrk script: the same server's cheapest authenticated API call, as the baseline in the same run.
local token = os.getenv("SPOTTER_TOKEN")
request = function()
  return wrk.format("GET", "/api/v1/me", { ["Authorization"] = "Bearer " .. token })
end

done = dofile("bench/search/report.lua")
