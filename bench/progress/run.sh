#!/usr/bin/env bash
# Progress benchmark over HTTP. Starts Spotter on a fresh SPOTTER_HOME (loopback only), gives the demo client Sam
# five years of history straight into the embedded PostgreSQL (seed.sql: 60,000 logged sets, 2,000 measurements,
# 80 assessment results), then measures with wrk, one connection at a time:
#   baseline: GET /api/v1/me
#   page:     GET /app/clients/{id}/progress, the trainer's progress page (targets p95 < 150 ms)
#   pdf:      GET .../progress/reports/{id}/pdf, a report of the last twelve months (target < 2 s)
# Usage: bench/progress/run.sh   (from the repository root; needs wrk, curl and psql; writes
# bench/progress/results-latest.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18096}
DURATION=${DURATION:-20s}
source bench/lib/spotter.sh
spotter_start
spotter_sign_in
[ -n "$SPOTTER_COOKIE" ] || { echo "no session cookie after signing in" >&2; exit 1; }

PG_PORT=$(grep -o 'port [0-9]*)' "$HOME_DIR/spotter.out" | head -1 | tr -dc '0-9')
PSQL="psql -h 127.0.0.1 -p $PG_PORT -U postgres -d spotter -qAt"
IDS=$($PSQL -F ' ' -c "select c.studio_id, c.client_id, m.member_id from client c
  join member m on m.studio_id = c.studio_id and m.role in ('OWNER', 'TRAINER') where c.display_name = 'Sam Okafor' limit 1")
read -r STUDIO CLIENT_ID MEMBER <<< "$IDS"
[ -n "$CLIENT_ID" ] || { echo "demo client Sam not found" >&2; exit 1; }
PROGRAM_ID=$(curl -s -H "Authorization: Bearer $SPOTTER_TOKEN" -H 'Content-Type: application/json' \
  -d '{"weeks":12}' "$BASE/api/v1/clients/$CLIENT_ID/programs" \
  | { grep -o '"id":"[0-9a-f-]*"' || true; } | head -1 | sed 's/"id":"//;s/"//')
[ -n "$PROGRAM_ID" ] || { echo "could not generate a program for Sam" >&2; exit 1; }
echo "seeding five years of history..." >&2
$PSQL -v studio="$STUDIO" -v client="$CLIENT_ID" -v program="$PROGRAM_ID" -v member="$MEMBER" -f bench/progress/seed.sql
COUNTS=$($PSQL -c "select (select count(*) from logged_set s join workout w using (studio_id, workout_id)
  where w.client_id = '$CLIENT_ID') || ' sets, ' || (select count(*) from body_measurement
  where client_id = '$CLIENT_ID') || ' measurements'")
$PSQL -c "analyze"
REPORT_ID=$(curl -s -H "Authorization: Bearer $SPOTTER_TOKEN" -H 'Content-Type: application/json' \
  -d "{\"from\":\"$(date -u -d '1 year ago' +%F)\",\"to\":\"$(date -u +%F)\",\"comments\":\"A year of steady work.\"}" \
  "$BASE/api/v1/clients/$CLIENT_ID/reports" | { grep -o '"id":"[0-9a-f-]*"' || true; } | head -1 | sed 's/"id":"//;s/"//')
[ -n "$REPORT_ID" ] || { echo "could not write a report" >&2; exit 1; }
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $SPOTTER_COOKIE" "$BASE/app/clients/$CLIENT_ID/progress")
[ "$STATUS" = 200 ] || { echo "progress page answered $STATUS" >&2; exit 1; }
export SPOTTER_TOKEN SPOTTER_COOKIE CLIENT_ID REPORT_ID

echo "warming up..." >&2
wrk -t1 -c1 -d10s -s bench/progress/page.lua "$BASE" > /dev/null
wrk -t1 -c1 -d10s --timeout 10s -s bench/progress/pdf.lua "$BASE" > /dev/null
BASELINE=$(wrk -t1 -c1 -d"$DURATION" -s bench/programs/baseline.lua "$BASE" | tail -1)
PAGE=$(wrk -t1 -c1 -d"$DURATION" -s bench/progress/page.lua "$BASE" | tail -1)
PDF=$(wrk -t1 -c1 -d"$DURATION" --timeout 10s -s bench/progress/pdf.lua "$BASE" | tail -1)

{
  echo "## Progress over HTTP"
  echo
  echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) by \`bench/progress/run.sh\` (commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)),"
  echo "wrk -t1 -c1 -d$DURATION on loopback, after a 10 s warm-up of each; history seeded: $COUNTS."
  echo
  echo "| scenario | result |"
  echo "|---|---|"
  echo "| baseline: GET /api/v1/me | $BASELINE |"
  echo "| progress page: GET /app/clients/{id}/progress (5 years; charts of the last 12 months) | $PAGE |"
  echo "| report PDF: GET .../progress/reports/{id}/pdf (12 months, with SVG charts) | $PDF |"
} | tee bench/progress/results-latest.md
