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
DURATION=${DURATION:-20s}
source bench/lib/spotter.sh
spotter_start
spotter_sign_in
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
