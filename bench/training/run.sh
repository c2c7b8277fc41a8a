#!/usr/bin/env bash
# Set-logging load benchmark. Compiles the bare baseline endpoint (baseline/, never shipped) against the built
# jar, starts Spotter with it on the class path on a fresh SPOTTER_HOME (loopback only), signs in as the demo
# client Sam, makes an API token and starts Sam's next session, then measures in the same run:
#   bare:  POST /bench/sets, parse the set, one INSERT into a table of its own, answer it; no authentication
#   token: POST /api/v1/bench/sets, the same endpoint behind the API's security chain with Sam's token
#   keyed: the same with a new Idempotency-Key on each request (claimed, then the response stored)
#   sets:  POST /api/v1/workouts/{id}/sets, the real endpoint: token, Idempotency-Key, Sam's own open workout,
#          slot and set number checked, set stored and answered
# token and keyed are steps between the two, to show where the time goes.
# Every request logs a new set (new set id, new Idempotency-Key), all into Sam's one open workout: a client has one
# open workout at a time, and set ids, not set numbers, tell sets apart, so the workout takes any number of sets
# (tens of thousands here, where a real one has about twenty; logging a set reads nothing that grows with them).
# Throughput: wrk, same threads, connections and duration for all four, in alternating rounds. Latency: an
# open-loop client (FixedRate.java) at a fixed rate, timed from each request's due time.
# Usage: bench/training/run.sh   (from the repository root after ./mvnw -q package -DskipTests; needs wrk, curl,
# unzip and a JDK; writes bench/training/results-latest.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18096}
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-8}
ROUNDS=${ROUNDS:-3}
RATE=${RATE:-500}
RATE_SECONDS=${RATE_SECONDS:-60}
source bench/lib/spotter.sh
trap 'rm -rf "$HOME_DIR"' EXIT

jar=$(ls target/spotter-*.jar 2>/dev/null | head -1)
[ -f "$jar" ] || { echo "build first: ./mvnw -q package -DskipTests" >&2; exit 1; }
command -v unzip >/dev/null || { echo "unzip is missing: apt-get install unzip" >&2; exit 1; }
echo "compiling the baseline against $jar..." >&2
mkdir -p "$HOME_DIR/jar" "$HOME_DIR/baseline"
unzip -q "$jar" 'BOOT-INF/classes/*' 'BOOT-INF/lib/*' -d "$HOME_DIR/jar"
javac -proc:none -d "$HOME_DIR/baseline" -cp "$HOME_DIR/jar/BOOT-INF/classes:$HOME_DIR/jar/BOOT-INF/lib/*" \
  bench/training/baseline/dev/spotter/bench/BareInsert.java
rm -rf "$HOME_DIR/jar"
export SPOTTER_LOADER_PATH="$HOME_DIR/baseline"
LOAD_BEFORE=$(uptime | sed 's/.*load average: //')
spotter_start
spotter_sign_in sam@northside.example
auth=(-H "Authorization: Bearer $SPOTTER_TOKEN")

WORKOUT_ID=$(curl -s -X POST "${auth[@]}" "$BASE/api/v1/workouts" \
  | { grep -o '"id":"[0-9a-f-]*"' || true; } | head -1 | sed 's/"id":"//;s/"//')
[ -n "$WORKOUT_ID" ] || { echo "could not start Sam's session" >&2; exit 1; }
# The slot of the session with the most sets, so that set numbers cycle through as many as are allowed.
read -r SETS_MAX SETS_SLOT < <(curl -s "${auth[@]}" "$BASE/api/v1/workouts/$WORKOUT_ID" \
  | grep -o '"slot":"[^"]*","exerciseId":"[^"]*","exerciseName":"[^"]*","sets":[0-9]*' \
  | sed 's/^"slot":"\([^"]*\)".*"sets":\([0-9]*\)$/\2 \1/' | sort -rn | head -1)
[ -n "${SETS_SLOT:-}" ] || { echo "no slot found in Sam's session" >&2; exit 1; }
export WORKOUT_ID SETS_SLOT SETS_MAX

# The endpoint must store a set once and replay a repeated key before it is worth timing.
body='{"setId":"'$(cat /proc/sys/kernel/random/uuid)'","slot":"'$SETS_SLOT'","setNumber":1,"reps":5,"loadKg":60}'
key=$(cat /proc/sys/kernel/random/uuid)
post() { curl -s -o /dev/null -D - "${auth[@]}" -H 'Content-Type: application/json' -H "Idempotency-Key: $key" \
  -d "$body" "$BASE/api/v1/workouts/$WORKOUT_ID/sets" | tr -d '\r'; }
FIRST=$(post); AGAIN=$(post)
grep -q '^HTTP/1.1 201' <<< "$FIRST" || { echo "logging a set failed" >&2; exit 1; }
grep -qi '^Idempotent-Replayed: true' <<< "$AGAIN" || { echo "a repeated Idempotency-Key was not replayed" >&2; exit 1; }
for path in /bench/sets /api/v1/bench/sets; do
  body='{"setId":"'$(cat /proc/sys/kernel/random/uuid)'","slot":"'$SETS_SLOT'","setNumber":1,"reps":5,"loadKg":60}'
  STATUS=$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" -H 'Content-Type: application/json' -d "$body" "$BASE$path")
  [ "$STATUS" = 201 ] || { echo "baseline $path answered $STATUS" >&2; exit 1; }
done

run_wrk() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" -s "bench/training/$2.lua" "$BASE" | tail -1; }
rps() { sed 's/.*rps=//'; }
ENDPOINTS="bare token keyed sets"
declare -A LABEL=([bare]="bare: POST /bench/sets (one INSERT, no authentication)"
  [token]="token: POST /api/v1/bench/sets (the same, Bearer token)"
  [keyed]="keyed: POST /api/v1/bench/sets (the same, token and Idempotency-Key)"
  [sets]="**sets: POST /api/v1/workouts/{id}/sets**")
echo "warming up..." >&2
for e in $ENDPOINTS; do run_wrk 15s "$e" > /dev/null; done

declare -A RPS
ROWS=""
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round of $ROUNDS..." >&2
  for e in $ENDPOINTS; do
    LINE=$(run_wrk "$DURATION" "$e")
    RPS[$e]="${RPS[$e]:-} $(rps <<< "$LINE")"
    ROWS="$ROWS| $round | ${LABEL[$e]} | $LINE |
"
  done
done
median() { tr ' ' '\n' <<< "$1" | sed '/^$/d' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
BARE_MEDIAN=$(median "${RPS[bare]}")
SUMMARY=""
for e in $ENDPOINTS; do
  M=$(median "${RPS[$e]}")
  SUMMARY="$SUMMARY| ${LABEL[$e]} | $M | $(awk -v m="$M" -v b="$BARE_MEDIAN" 'BEGIN { printf "%.0f %%", 100 * m / b }') |${RPS[$e]} |
"
done

# The database alone: the same statements replayed by pgbench, with no HTTP and no Java, when pgbench is there.
DB_ROWS="| (pgbench not installed: apt-get install postgresql-client) | |
"
if command -v pgbench >/dev/null && command -v psql >/dev/null; then
  echo "the database alone, with pgbench..." >&2
  PGPORT=$(grep -o 'Embedded PostgreSQL ready.*port [0-9]*' "$HOME_DIR/spotter.out" | head -1 | sed 's/.*port //')
  export PGHOST=127.0.0.1 PGPORT PGUSER=postgres PGDATABASE=spotter
  IFS='|' read -r STUDIO MEMBER < <(psql -At -c "select studio_id, member_id from client where member_id is not null
    and lower(email) = 'sam@northside.example'")
  EXERCISE=$(curl -s "${auth[@]}" "$BASE/api/v1/workouts/$WORKOUT_ID" \
    | grep -o "\"slot\":\"$SETS_SLOT\",\"exerciseId\":\"[^\"]*\"" | sed -n '1s/.*"exerciseId":"\(.*\)"$/\1/p')
  pg() { pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "${DURATION%s}" -f "bench/training/$1" \
    -D studio="$STUDIO" -D member="$MEMBER" -D workout="$WORKOUT_ID" -D slot="$SETS_SLOT" -D exercise="$EXERCISE" \
    -D token_hash="$(printf %s "$SPOTTER_TOKEN" | sha256sum | cut -d' ' -f1)" 2>&1 \
    | awk '/^number of failed/ { f = $5 } /^latency average/ { l = $4 } /^tps/ { t = $3 }
           END { printf "failed=%s latency_avg_ms=%s tps=%.1f", f, l, t }'; }
  DB_ROWS="| one-insert.sql: the bare endpoint's INSERT | $(pg one-insert.sql) |
| one-set.sql: the 8 statements of logging one set (token, key claimed, client, workout and slot, insert, commit, response stored) | $(pg one-set.sql) |
"
fi

echo "fixed rate, $RATE requests a second..." >&2
fixed() { SPOTTER_TOKEN=$SPOTTER_TOKEN java bench/training/FixedRate.java "$BASE$1" "$RATE" "$RATE_SECONDS" 10 "$2" "$3" \
  "$SETS_SLOT" "$SETS_MAX"; }
FIXED_SETS=$(fixed "/api/v1/workouts/$WORKOUT_ID/sets" yes yes)
FIXED_BARE=$(fixed /bench/sets no no)
SETS_SHARE=$(awk -v m="$(median "${RPS[sets]}")" -v b="$BARE_MEDIAN" 'BEGIN { printf "%.0f", 100 * m / b }')
SETS_P99=$(sed 's/.* p99_ms=\([0-9.]*\).*/\1/' <<< "$FIXED_SETS")
verdict() { awk -v ok="$1" 'BEGIN { print (ok ? "met" : "not met") }'; }
TARGETS="set logging at $SETS_SHARE % of the bare endpoint's throughput (target at least 70 %): **$(verdict "$((SETS_SHARE >= 70))")**;
p99 at $RATE requests a second $SETS_P99 ms (target under 30 ms): **$(verdict "$(awk -v p="$SETS_P99" 'BEGIN { print (p < 30) }')")**."
SETS_STORED=$(curl -s "${auth[@]}" "$BASE/api/v1/workouts/$WORKOUT_ID" | grep -o '"setsDone":[0-9]*' | head -1 | sed 's/.*://')
LOAD_AFTER=$(uptime | sed 's/.*load average: //')

{
  echo "## Set logging under load"
  echo
  echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) by \`bench/training/run.sh\` (commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)),"
  echo "on loopback. Throughput: wrk -t$THREADS -c$CONNECTIONS -d$DURATION per row after a 15 s warm-up of each endpoint,"
  echo "$ROUNDS alternating rounds. Every request carries a new set; the real endpoint logs it into Sam's open workout (slot \`$SETS_SLOT\`, set numbers 1-$SETS_MAX);"
  echo "the workout held $SETS_STORED sets at the end."
  echo
  echo "| endpoint | median requests/s | of bare | each round |"
  echo "|---|---|---|---|"
  printf '%s' "$SUMMARY"
  echo
  echo "| round | endpoint | wrk |"
  echo "|---|---|---|"
  printf '%s' "$ROWS"
  echo
  echo "The database alone, the same statements replayed by pgbench -M prepared -c$CONNECTIONS -j$THREADS -T${DURATION%s} (no HTTP, no Java):"
  echo
  echo "| statements | pgbench |"
  echo "|---|---|"
  printf '%s' "$DB_ROWS"
  echo
  echo "Fixed rate, $RATE requests a second for $RATE_SECONDS s after 10 s at the same rate (FixedRate.java, open loop,"
  echo "latency from each request's due time):"
  echo
  echo "| endpoint | result |"
  echo "|---|---|"
  echo "| **sets: POST /api/v1/workouts/{id}/sets** | $FIXED_SETS |"
  echo "| bare: POST /bench/sets | $FIXED_BARE |"
  echo
  echo "Targets: $TARGETS"
  echo
  echo "Machine: $(nproc) cores, $(java -version 2>&1 | head -1); load average before: $LOAD_BEFORE, after: $LOAD_AFTER"
  echo "(1, 5, 15 minutes; this benchmark itself keeps about two cores busy)."
} | tee bench/training/results-latest.md
