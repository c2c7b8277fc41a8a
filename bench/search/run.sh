#!/usr/bin/env bash
# Exercise search and import benchmark. Starts Spotter on a fresh SPOTTER_HOME (loopback only), signs in as the
# demo trainer, makes an API token, adds 1,000 custom exercises, then measures with wrk:
#   baseline: GET /api/v1/me (authenticated, one small query)
#   search:   GET /api/v1/exercises with typed text and filters
# and times importing the 873-exercise free-exercise-db file (preview, apply, re-import).
# Usage: bench/search/run.sh   (from the repository root; needs wrk and curl; writes bench/search/results-latest.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18093}
DURATION=${DURATION:-20s}
CONNECTIONS_LIST=${CONNECTIONS_LIST:-"2 8"}
source bench/lib/spotter.sh
spotter_start
spotter_sign_in

echo "adding 1000 custom exercises..." >&2
patterns=(SQUAT HINGE LUNGE HORIZONTAL_PUSH HORIZONTAL_PULL VERTICAL_PUSH VERTICAL_PULL CORE CARRY ROTATION)
muscles=(QUADS GLUTES HAMSTRINGS CHEST UPPER_BACK FRONT_DELTS LATS ABS FOREARMS OBLIQUES)
for i in $(seq 0 999); do
  p=${patterns[$((i % 10))]}; m=${muscles[$((i % 10))]}
  printf '{"name":"Custom drill %d %s","summary":"Studio drill number %d","modality":"STRENGTH","pattern":"%s","primary":["%s"],"equipment":["DUMBBELL"],"level":"BEGINNER","load":"EXTERNAL","cues":["Brace","Move well","Breathe"]}\n' \
    "$i" "$p" "$i" "$p" "$m"
done > "$HOME_DIR/customs.jsonl"
while read -r line; do
  curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $SPOTTER_TOKEN" \
    -H 'Content-Type: application/json' -d "$line" "$BASE/api/v1/exercises"
done < "$HOME_DIR/customs.jsonl" | sort | uniq -c >&2

echo "warming up..." >&2
wrk -t2 -c4 -d15s -s bench/search/queries.lua "$BASE" > /dev/null
ROWS=""
for c in $CONNECTIONS_LIST; do
  BASELINE=$(wrk -t2 -c"$c" -d"$DURATION" -s bench/search/baseline.lua "$BASE" | tail -1)
  SEARCH=$(wrk -t2 -c"$c" -d"$DURATION" -s bench/search/queries.lua "$BASE" | tail -1)
  ROWS="$ROWS| baseline: GET /api/v1/me, $c connections | $BASELINE |
| search: GET /api/v1/exercises (15 typed queries and filters), $c connections | $SEARCH |
"
done

IMPORT_RESULT="(skipped: ../shared/data/free-exercise-db/exercises.json not found)"
FILE=../shared/data/free-exercise-db/exercises.json
if [ -f "$FILE" ]; then
  t() { curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Authorization: Bearer $SPOTTER_TOKEN" \
        -H 'Content-Type: application/json' --data-binary @"$FILE" "$BASE/api/v1/exercises/imports?format=free-exercise-db&dryRun=$1"; }
  IMPORT_RESULT="preview (dryRun): $(t true) s; import: $(t false) s; re-import (all unchanged): $(t false) s"
fi

{
  echo "## Exercise search and import"
  echo
  echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) by \`bench/search/run.sh\` (commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)),"
  echo "wrk -t2 -d$DURATION on loopback with $CONNECTIONS_LIST concurrent connections, 1,000 custom exercises plus the"
  echo "built-in library in the studio."
  echo
  echo "| scenario | result |"
  echo "|---|---|"
  printf '%s' "$ROWS"
  echo "| import of free-exercise-db (873 exercises), HTTP status and seconds | $IMPORT_RESULT |"
  echo
  echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
} | tee bench/search/results-latest.md
