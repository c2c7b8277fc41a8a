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

done = dofile("bench/search/report.lua")
