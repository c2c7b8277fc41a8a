#!/usr/bin/env bash
# Program benchmark over HTTP. Starts Spotter on a fresh SPOTTER_HOME (loopback only), signs in as the demo
# trainer, then measures with wrk, one connection at a time so each number is the time of one request:
#   baseline: GET /api/v1/me (authenticated, one small query)
#   builder:  GET /app/programs/{id}, the trainer's builder page for the demo client's 12-week program
#   generate: POST /api/v1/clients/{id}/programs, drafting, checking and storing a new 12-week program
# Usage: bench/programs/run.sh   (from the repository root; needs wrk and curl; writes bench/programs/results-latest.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18094}
BASE="http://127.0.0.1:$PORT"
DURATION=${DURATION:-20s}
HOME_DIR=$(mktemp -d /tmp/spotter-program-bench.XXXXXX)
JAR=$(ls target/spotter-*.jar | head -1)
[ -f "$JAR" ] || { echo "build first: ./mvnw -q package -DskipTests" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

SPOTTER_HOME="$HOME_DIR" java -jar "$JAR" --server.port="$PORT" > "$HOME_DIR/spotter.out" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$HOME_DIR"' EXIT
for _ in $(seq 1 600); do
  grep -q "Spotter is ready" "$HOME_DIR/spotter.out" && break
  sleep 0.2
done
grep -q "Spotter is ready" "$HOME_DIR/spotter.out" || { echo "Spotter did not start:" >&2; tail -20 "$HOME_DIR/spotter.out" >&2; exit 1; }

JAR_COOKIES="$HOME_DIR/cookies"
csrf() { { grep -o 'name="_csrf" value="[^"]*"' || true; } | head -1 | sed 's/.*value="//;s/"$//'; }
TOKEN_FIELD=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | csrf)
curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null \
  --data-urlencode "email=alex@northside.example" --data-urlencode "password=spotter-demo-2026" \
  --data-urlencode "_csrf=$TOKEN_FIELD" "$BASE/login"
TOKEN_FIELD=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/account/tokens" | csrf)
SPOTTER_TOKEN=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "name=bench" \
  --data-urlencode "_csrf=$TOKEN_FIELD" "$BASE/account/tokens" | { grep -o 'spt_[A-Za-z0-9_-]*' || true; } | head -1)
[ -n "$SPOTTER_TOKEN" ] || { echo "could not create an API token" >&2; exit 1; }
SPOTTER_COOKIE=$(awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$JAR_COOKIES")
[ -n "$SPOTTER_COOKIE" ] || { echo "no session cookie after signing in" >&2; exit 1; }

# The demo client's 12-week program: generate one for Sam through the API and read its id.
CLIENT_ID=$(curl -s -H "Authorization: Bearer $SPOTTER_TOKEN" "$BASE/api/v1/clients?q=Sam" \
  | { grep -o '"id":"[0-9a-f-]*"' || true; } | head -1 | sed 's/"id":"//;s/"//')
[ -n "$CLIENT_ID" ] || { echo "demo client Sam not found" >&2; exit 1; }
PROGRAM_ID=$(curl -s -H "Authorization: Bearer $SPOTTER_TOKEN" -H 'Content-Type: application/json' \
  -d '{"weeks":12}' "$BASE/api/v1/clients/$CLIENT_ID/programs" \
  | { grep -o '"id":"[0-9a-f-]*"' || true; } | head -1 | sed 's/"id":"//;s/"//')
[ -n "$PROGRAM_ID" ] || { echo "could not generate a program for Sam" >&2; exit 1; }
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $SPOTTER_COOKIE" "$BASE/app/programs/$PROGRAM_ID")
[ "$STATUS" = 200 ] || { echo "builder page answered $STATUS" >&2; exit 1; }
export SPOTTER_TOKEN SPOTTER_COOKIE CLIENT_ID PROGRAM_ID

echo "warming up..." >&2
wrk -t1 -c1 -d10s -s bench/programs/builder.lua "$BASE" > /dev/null
wrk -t1 -c1 -d10s -s bench/programs/generate.lua "$BASE" > /dev/null
BASELINE=$(wrk -t1 -c1 -d"$DURATION" -s bench/programs/baseline.lua "$BASE" | tail -1)
BUILDER=$(wrk -t1 -c1 -d"$DURATION" -s bench/programs/builder.lua "$BASE" | tail -1)
GENERATE=$(wrk -t1 -c1 -d"$DURATION" -s bench/programs/generate.lua "$BASE" | tail -1)

{
  echo "## Programs over HTTP"
  echo
  echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) by \`bench/programs/run.sh\` (commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)),"
  echo "wrk -t1 -c1 -d$DURATION on loopback, after a 10 s warm-up of each page."
  echo
  echo "| scenario | result |"
  echo "|---|---|"
  echo "| baseline: GET /api/v1/me | $BASELINE |"
  echo "| builder page: GET /app/programs/{id} (12 weeks, 3 sessions a week) | $BUILDER |"
  echo "| generate: POST /api/v1/clients/{id}/programs (12 weeks, stored with its check) | $GENERATE |"
} | tee bench/programs/results-latest.md
