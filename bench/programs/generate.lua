-- wrk script: "Generate" through the API: read the client, draft, check and store a 12-week program.
local token = os.getenv("SPOTTER_TOKEN")
local path = "/api/v1/clients/" .. os.getenv("CLIENT_ID") .. "/programs"
request = function()
  return wrk.format("POST", path, { ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json" }, '{"weeks":12}')
end

done = dofile("bench/search/report.lua")
