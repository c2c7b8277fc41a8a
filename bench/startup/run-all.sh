#!/usr/bin/env bash
# Start-time benchmark: a bare Spring Boot app against Spotter (cold and warm), on this machine.
#
# Usage: bench/startup/run-all.sh
#
# Builds bench/startup/bare-app and Spotter, measures each scenario with measure.sh, and prints a Markdown
# section that is also written to bench/startup/results-latest.md. See bench/startup/README.md.
#
# Optional settings (environment):
#   BENCH_SCENARIOS      which scenarios to run, any of "bare cold warm" (default: all three); Spotter is only
#                        built when cold or warm is asked for
#   BENCH_JAVA_OPTS      extra JVM options given to every scenario alike (e.g. "-Xmx512m"); none by default
#   BENCH_RESULTS_FILE   where to write the Markdown (default: bench/startup/results-latest.md)
#   BENCH_SKIP_BUILD     set to 1 to use the jars already built
#   MEASURE_*            passed on to measure.sh (timeouts, idle time, log directory)

set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
mvnw="$repo/mvnw"
measure="$here/measure.sh"
results_file=${BENCH_RESULTS_FILE:-$here/results-latest.md}
read -r -a scenarios <<<"${BENCH_SCENARIOS:-bare cold warm}"
read -r -a java_opts <<<"${BENCH_JAVA_OPTS:-}"

readonly BARE_PORT=18081
readonly SPOTTER_PORT=18082
readonly BARE_URL="http://127.0.0.1:$BARE_PORT/"
readonly SPOTTER_URL="http://127.0.0.1:$SPOTTER_PORT/login"
readonly BARE_RUNS=5
readonly COLD_RUNS=3
readonly WARM_RUNS=5

log() {
    echo "run-all.sh: $*" >&2
}

wants() {
    local scenario
    for scenario in "${scenarios[@]}"; do
        [[ $scenario == "$1" ]] && return 0
    done
    return 1
}

for scenario in "${scenarios[@]}"; do
    case $scenario in
        bare | cold | warm) ;;
        *) log "unknown scenario in BENCH_SCENARIOS: $scenario (known: bare cold warm)"; exit 2 ;;
    esac
done
((${#scenarios[@]} > 0)) || { log "BENCH_SCENARIOS is empty"; exit 2; }
command -v java >/dev/null || { log "java is not on the PATH"; exit 2; }

# The single executable jar matching a glob (Spring Boot's repackaged jar; sources/javadoc jars excluded).
find_jar() {
    local pattern=$1 jar
    local -a found=()
    shopt -s nullglob
    for jar in $pattern; do
        case $jar in
            *-sources.jar | *-javadoc.jar | *-plain.jar | *-tests.jar) ;;
            *) found+=("$jar") ;;
        esac
    done
    shopt -u nullglob
    if ((${#found[@]} != 1)); then
        log "expected exactly one jar matching $pattern, found ${#found[@]}: ${found[*]:-none}"
        return 1
    fi
    echo "${found[0]}"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
work_dir=$(mktemp -d "${TMPDIR:-/tmp}/spotter-bench.XXXXXX")
trap 'rm -rf "$work_dir"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]]; then
    log "building the bare app"
    "$mvnw" -f "$here/bare-app/pom.xml" -q package -DskipTests
    if wants cold || wants warm; then
        log "building Spotter"
        "$mvnw" -q -f "$repo/pom.xml" package -DskipTests
    fi
fi

bare_jar=""
spotter_jar=""
wants bare && bare_jar=$(find_jar "$here/bare-app/target/bare-app-*.jar")
if wants cold || wants warm; then
    spotter_jar=$(find_jar "$repo/target/spotter-*.jar")
fi

# Runs measure.sh for one scenario; its table rows go to the raw-results file and, as progress, to stderr.
# Usage: measure_scenario <label> <url> <runs> <command...>
status=0
measure_scenario() {
    local label=$1 url=$2 runs=$3
    shift 3
    if MEASURE_SUMMARY_FILE="$work_dir/$label.summary" "$measure" "$label" "$url" "$runs" -- "$@" \
        >"$work_dir/$label.rows"; then
        :
    else
        log "scenario $label had failed runs"
        status=1
    fi
    cat "$work_dir/$label.rows" >&2
    # Keep the header only once in the raw table.
    if [[ -s $work_dir/raw.rows ]]; then
        tail -n +3 "$work_dir/$label.rows" >>"$work_dir/raw.rows"
    else
        cat "$work_dir/$label.rows" >>"$work_dir/raw.rows"
    fi
}

# Prints the value of one key from a measure.sh summary file ("n/a" when missing).
summary_value() {
    local file=$1 key=$2 name value
    if [[ -r $file ]]; then
        while IFS='=' read -r name value; do
            if [[ $name == "$key" ]]; then
                echo "$value"
                return 0
            fi
        done <"$file"
    fi
    echo "n/a"
}

table_row() {
    local scenario=$1 label=$2 file="$work_dir/$2.summary" db nodb
    local runs ok t_min t_med t_max rss_java rss_tree pss_tree
    runs=$(summary_value "$file" runs)
    ok=$(summary_value "$file" runs_ok)
    t_min=$(summary_value "$file" t200_min_ms)
    t_med=$(summary_value "$file" t200_median_ms)
    t_max=$(summary_value "$file" t200_max_ms)
    db=$(summary_value "$file" db_ready_median_ms)
    nodb=$(summary_value "$file" t200_without_db_median_ms)
    rss_java=$(summary_value "$file" rss_java_median_mib)
    rss_tree=$(summary_value "$file" rss_tree_median_mib)
    pss_tree=$(summary_value "$file" pss_tree_median_mib)
    if [[ $db == n/a ]]; then
        # No embedded database (the bare app): nothing to subtract.
        db="–"
        nodb=$t_med
    fi
    local run_count="$runs"
    [[ $ok == "$runs" ]] || run_count="$ok of $runs ok"
    echo "| $scenario | $run_count | $t_min / **$t_med** / $t_max | $db | $nodb | $rss_java MiB | $rss_tree MiB | $pss_tree MiB |"
}

rows=()

if wants bare; then
    bare_cmd=(java "${java_opts[@]}" -jar "$bare_jar" "--server.port=$BARE_PORT")
    # One unmeasured start first, so the first measured run does not pay for reading the JDK from disk.
    log "bare app: priming start (not measured)"
    "$measure" bare-priming "$BARE_URL" 1 -- "${bare_cmd[@]}" >/dev/null || log "bare priming start failed"
    measure_scenario bare "$BARE_URL" "$BARE_RUNS" "${bare_cmd[@]}"
    rows+=("$(table_row "bare Spring Boot (webmvc, GET /)" bare)")
fi

spotter_cmd=(java "${java_opts[@]}" -jar "$spotter_jar" "--server.port=$SPOTTER_PORT")

if wants cold; then
    # Each run gets a brand-new empty SPOTTER_HOME: initdb, migrations and first-start setup happen every time.
    MEASURE_FRESH_DIRS=SPOTTER_HOME measure_scenario spotter-cold "$SPOTTER_URL" "$COLD_RUNS" "${spotter_cmd[@]}"
    rows+=("$(table_row "Spotter cold (new SPOTTER_HOME)" spotter-cold)")
fi

if wants warm; then
    warm_home="$work_dir/spotter-home-warm"
    mkdir -p "$warm_home"
    log "Spotter warm: priming start (not measured) with SPOTTER_HOME=$warm_home"
    if SPOTTER_HOME="$warm_home" "$measure" spotter-warm-priming "$SPOTTER_URL" 1 -- "${spotter_cmd[@]}" >/dev/null; then
        SPOTTER_HOME="$warm_home" measure_scenario spotter-warm "$SPOTTER_URL" "$WARM_RUNS" "${spotter_cmd[@]}"
    else
        log "Spotter warm: the priming start failed, skipping the warm runs"
        status=1
    fi
    rows+=("$(table_row "Spotter warm (existing SPOTTER_HOME)" spotter-warm)")
fi

java_version=$(java "${java_opts[@]}" -version 2>&1 | sed 's/^/    /')
cpu_model=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
mem_total=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || true)
commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo "no commit")

{
    echo "## Start time: Spotter vs a bare Spring Boot app"
    echo
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') by \`bench/startup/run-all.sh\` (Spotter commit $commit)."
    echo "Time to first 200 is from launching \`java -jar\` to the first HTTP 200 on the URL (polled every 50 ms);"
    echo "min / **median** / max over the runs. \"Excluding DB start\" is the median over runs of"
    echo "(time to 200 − Spotter's own \"Embedded PostgreSQL ready in N ms\"). Memory is read after 5 s idle:"
    echo "RSS of the java process, summed RSS of the java process and every process it started (the embedded"
    echo "PostgreSQL server and its workers; shared buffers are counted once per process that touched them),"
    echo "and PSS of the same tree (shared pages divided among their users, so nothing is counted twice)."
    echo
    echo "| scenario | runs | time to first 200 (min / median / max ms) | embedded DB start (median ms) | time to 200 excluding DB start (median ms) | idle RSS java | idle RSS tree | idle PSS tree |"
    echo "|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "Scenarios: bare = \`java -jar bare-app.jar --server.port=$BARE_PORT\`, GET $BARE_URL, $BARE_RUNS runs after one"
    echo "unmeasured start; Spotter cold = \`java -jar spotter.jar --server.port=$SPOTTER_PORT\`, GET $SPOTTER_URL,"
    echo "$COLD_RUNS runs, each with a brand-new empty SPOTTER_HOME; Spotter warm = the same command, $WARM_RUNS runs"
    echo "reusing one SPOTTER_HOME after one unmeasured priming start.${BENCH_JAVA_OPTS:+ Extra JVM options: \`$BENCH_JAVA_OPTS\`.}"
    echo
    echo "Machine:"
    echo
    echo "- nproc: $(nproc)${cpu_model:+ ($cpu_model)}, memory: ${mem_total:-unknown}, load average (1/5/15 min) at the start: $load_before"
    echo "- kernel: $(uname -sr)"
    echo "- date: $(date -u '+%Y-%m-%dT%H:%M:%SZ')"
    echo "- java -version:"
    echo
    echo "$java_version"
    echo
    echo "<details><summary>Every run</summary>"
    echo
    cat "$work_dir/raw.rows" 2>/dev/null || true
    echo
    echo "</details>"
} >"$work_dir/report.md"

cp "$work_dir/report.md" "$results_file"
cat "$work_dir/report.md"
log "written to $results_file"
exit "$status"
