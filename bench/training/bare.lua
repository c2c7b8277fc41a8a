-- wrk script: the baseline, the bare endpoint compiled from baseline/ (one INSERT, no authentication).
dofile("bench/training/post.lua")("/bench/sets", false, false)
