-- wrk script: searches the exercise API as a trainer typing would, with a bearer token from the environment.
local token = os.getenv("SPOTTER_TOKEN")
local queries = {
  "q=squ", "q=gobl", "q=row", "q=hamstring&modality=MOBILITY", "q=press&equipment=DUMBBELL",
  "q=lunge&excludeTags=LOADED_DEEP_KNEE_FLEXION", "q=plank", "q=sqaut", "q=band%20pull", "q=bench",
  "pattern=HINGE&level=BEGINNER", "q=custom%20drill", "q=walk", "q=stretch%20calf", "q=curl"
}
local i = 0
request = function()
  i = i + 1
  local path = "/api/v1/exercises?" .. queries[(i % #queries) + 1]
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
end

done = function(summary, latency, requests)
  io.write(string.format("requests=%d errors=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f rps=%.1f\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests / (summary.duration / 1e6)))
end
