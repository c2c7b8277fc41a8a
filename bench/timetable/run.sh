#!/usr/bin/env bash
# Timetable solver benchmark: a busy studio's week (20 trainers, 8 rooms, 300 classes) solved in-process, plain
# Java, no server. For each seed it prints the construction heuristic alone (the baseline), then the full solve:
# time to the first feasible timetable, final score, hard rules still broken, and the best score over time.
# Usage: bench/timetable/run.sh [seeds, default 1,2,3] [time limit s, default 30] [patience s, default 5]
#        (from the repository root; writes bench/timetable/results-latest.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -f bench/jmh/pom.xml package
OUT=bench/timetable/results-latest.md
{
  echo "## Timetable solver"
  echo
  echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) by \`bench/timetable/run.sh $*\` (commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)),"
  echo "$(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg) before the run."
  echo
  java -Xmx1g -cp bench/jmh/target/benchmarks.jar dev.spotter.bench.TimetableBenchmark "$@"
} | tee "$OUT"
