-- wrk script: the PDF of a progress report covering the last year of that history.
local cookie = os.getenv("SPOTTER_COOKIE")
local path = "/app/clients/" .. os.getenv("CLIENT_ID") .. "/progress/reports/" .. os.getenv("REPORT_ID") .. "/pdf"
request = function()
  return wrk.format("GET", path, { ["Cookie"] = cookie })
end

done = dofile("bench/search/report.lua")
