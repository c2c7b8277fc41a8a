#!/usr/bin/env bash
# Start-time and idle-memory measurement for one server command.
#
# Usage: bench/startup/measure.sh <label> <url> <runs> -- <command...>
#
# For each run: launch <command> in its own process group, poll <url> with curl every 50 ms until it answers
# HTTP 200 (time from launch to that answer is "time to 200"), stay idle, read the resident memory of the
# java process and of every process it started, then stop the command with SIGTERM to its process group.
# The command's output is scanned for "Embedded PostgreSQL ready in <N> ms" (printed by Spotter).
#
# The environment is passed through to the command unchanged, so the caller decides e.g. SPOTTER_HOME.
# Optional settings (environment):
#   MEASURE_FRESH_DIRS      names of variables to point, for each run, at a brand-new empty directory
#                           (e.g. "SPOTTER_HOME" for cold starts); removed when the script ends
#   MEASURE_TIMEOUT_S       seconds to wait for the first 200 (default 120)
#   MEASURE_IDLE_S          seconds to stay idle after the first 200 before reading memory (default 5)
#   MEASURE_STOP_TIMEOUT_S  seconds to wait for exit after SIGTERM before SIGKILL (default 30)
#   MEASURE_LOG_DIR         keep each run's output there as <label>-run<N>.log (default: a temporary directory
#                           that is removed at the end)
#   MEASURE_SUMMARY_FILE    also write the summary there as key=value lines (used by run-all.sh)
#
# Output (stdout): a Markdown table, one row per run and a final summary row. Diagnostics go to stderr.
# Exit status: 0 when every run reached 200, 1 when some run failed, 2 on a usage error.

set -euo pipefail

readonly POLL_INTERVAL_S=0.05
readonly POLLS_PER_SECOND=20

usage() {
    echo "usage: $0 <label> <url> <runs> -- <command...>" >&2
    exit 2
}

log() {
    echo "measure.sh: $*" >&2
}

is_uint() {
    [[ $1 =~ ^[0-9]+$ ]]
}

[[ $# -ge 5 ]] || usage
label=$1
url=$2
runs=$3
[[ $4 == "--" ]] || usage
shift 4
command=("$@")

[[ $label =~ ^[A-Za-z0-9._-]+$ ]] || { log "label must match [A-Za-z0-9._-]+: $label"; exit 2; }
if ! is_uint "$runs" || ((runs < 1 || runs > 50)); then
    log "runs must be 1..50: $runs"
    exit 2
fi
# Loopback only: this script never sends traffic anywhere else.
if ! [[ $url =~ ^https?://(127(\.[0-9]{1,3}){3}|localhost|\[::1\])(:[0-9]{1,5})?(/.*)?$ ]]; then
    log "url must be on the loopback interface (127.x.x.x, localhost or [::1]): $url"
    exit 2
fi

timeout_s=${MEASURE_TIMEOUT_S:-120}
idle_s=${MEASURE_IDLE_S:-5}
stop_timeout_s=${MEASURE_STOP_TIMEOUT_S:-30}
for setting in "$timeout_s" "$idle_s" "$stop_timeout_s"; do
    is_uint "$setting" || { log "MEASURE_*_S settings must be whole seconds: $setting"; exit 2; }
done
read -r -a fresh_dir_vars <<<"${MEASURE_FRESH_DIRS:-}"
for name in "${fresh_dir_vars[@]}"; do
    [[ $name =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || { log "not a variable name in MEASURE_FRESH_DIRS: $name"; exit 2; }
done
for tool in curl setsid date awk sort grep; do
    command -v "$tool" >/dev/null || { log "missing tool: $tool"; exit 2; }
done

work_dir=$(mktemp -d "${TMPDIR:-/tmp}/spotter-measure.XXXXXX")
log_dir=${MEASURE_LOG_DIR:-$work_dir/logs}
mkdir -p "$log_dir"

child=""    # pid (and process group id) of the running command
run_tag=""  # value of MEASURE_RUN_TAG in the running command's environment

curl_status() {
    # Prints the HTTP status of one GET (000 when nothing answers). Never follows redirects, never uses a proxy.
    curl --silent --noproxy '*' --output /dev/null --write-out '%{http_code}' \
        --connect-timeout 1 --max-time 2 "$url" 2>/dev/null || true
}

now_ns() {
    date +%s%N
}

# Processes that carry this run's tag in their environment: catches processes that left the tree, such as the
# PostgreSQL postmaster, which pg_ctl starts in a session of its own and which is then re-parented to init.
tagged_pids() {
    [[ -n $run_tag ]] || return 0
    local file pid
    while IFS= read -r file; do
        pid=${file#/proc/}
        pid=${pid%/environ}
        echo "$pid"
    done < <(grep -lszxF -- "MEASURE_RUN_TAG=$run_tag" /proc/[0-9]*/environ || true)
}

# Prints the given pids and all their descendants (threads' children included), once each, bounded in size.
process_tree() {
    local -a queue=("$@")
    local -A seen=()
    local pid child_pid children_file
    local i=0
    while ((i < ${#queue[@]} && i < 4096)); do
        pid=${queue[i]}
        i=$((i + 1))
        [[ -n $pid && -z ${seen[$pid]:-} && -d /proc/$pid ]] || continue
        seen[$pid]=1
        echo "$pid"
        for children_file in /proc/"$pid"/task/*/children; do
            [[ -r $children_file ]] || continue
            for child_pid in $(<"$children_file"); do
                queue+=("$child_pid")
            done
        done
    done
}

family_pids() {
    local -a roots=()
    [[ -n $child ]] && roots+=("$child")
    local pid
    while IFS= read -r pid; do roots+=("$pid"); done < <(tagged_pids)
    ((${#roots[@]} > 0)) || return 0
    process_tree "${roots[@]}"
}

# Value in kB of one "Key:   N kB" line of a /proc file, 0 when the process is gone (or is a zombie).
proc_kb() {
    local file=$1 wanted=$2 key value rest kb=0
    {
        while read -r key value rest; do
            if [[ $key == "$wanted" ]]; then
                kb=$value
                break
            fi
        done <"$file"
    } 2>/dev/null || true
    echo "$kb"
}

rss_kb() {
    proc_kb "/proc/$1/status" VmRSS:
}

# Proportional set size: shared pages (e.g. PostgreSQL's shared buffers) are divided among the processes using them.
pss_kb() {
    proc_kb "/proc/$1/smaps_rollup" Pss:
}

kb_to_mib() {
    awk -v kb="$1" 'BEGIN { printf "%.1f", kb / 1024 }'
}

alive() {
    [[ -n $1 ]] && kill -0 "$1" 2>/dev/null
}

# Stops the running command: SIGTERM to its process group, SIGKILL after the stop timeout; then ends any tagged
# process that outlived it (a leak in the command under test, reported on stderr). Sets stop_ms and exit_code.
stop_child() {
    stop_ms=""
    exit_code=""
    [[ -n $child ]] || return 0
    local start_ns leftovers pid i
    start_ns=$(now_ns)
    kill -TERM -- "-$child" 2>/dev/null || true
    for ((i = 0; i < stop_timeout_s * 10; i++)); do
        alive "$child" || break
        sleep 0.1
    done
    if alive "$child"; then
        log "$label: still running ${stop_timeout_s}s after SIGTERM, sending SIGKILL"
        kill -KILL -- "-$child" 2>/dev/null || true
    fi
    exit_code=0
    wait "$child" 2>/dev/null || exit_code=$?
    stop_ms=$((($(now_ns) - start_ns) / 1000000))
    # Whatever is left in the process group or carries the tag was started by this run and must not outlive it.
    kill -KILL -- "-$child" 2>/dev/null || true
    leftovers=$(tagged_pids | tr '\n' ' ')
    if [[ -n ${leftovers// /} ]]; then
        log "$label: processes outlived the command (pids $leftovers), sending SIGTERM"
        # shellcheck disable=SC2086 # word splitting of the pid list is intended
        kill -TERM $leftovers 2>/dev/null || true
        for ((i = 0; i < 100; i++)); do
            leftovers=$(tagged_pids | tr '\n' ' ')
            [[ -n ${leftovers// /} ]] || break
            sleep 0.1
        done
        if [[ -n ${leftovers// /} ]]; then
            # shellcheck disable=SC2086
            kill -KILL $leftovers 2>/dev/null || true
        fi
    fi
    child=""
    run_tag=""
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM HUP
    if [[ -n $child ]]; then
        log "stopping the command under test (pid $child)"
        stop_timeout_s=5
        stop_child
    fi
    rm -rf "$work_dir"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# Median of the numbers on stdin (average of the middle two for an even count); "n/a" when there are none.
median() {
    sort -n | awk '{ v[NR] = $1 } END {
        if (NR == 0) { print "n/a"; exit }
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        if (m == int(m)) printf "%d\n", m; else printf "%.1f\n", m }'
}

min_of() { sort -n | awk 'NR == 1 { print; found = 1 } END { if (!found) print "n/a" }'; }
max_of() { sort -n | awk '{ last = $1 } END { print (NR ? last : "n/a") }'; }

# Per-run results, one value per line, for the summary.
declare -a ok_t200=() ok_db=() ok_nodb=() ok_rss_java=() ok_rss_tree=() ok_pss_tree=()
failed=0

echo "| scenario | run | time to 200 (ms) | embedded DB ready (ms) | idle RSS java (MiB) | idle RSS tree (MiB) | idle PSS tree (MiB) | processes | stop (ms) | exit |"
echo "|---|---|---|---|---|---|---|---|---|---|"

for ((run = 1; run <= runs; run++)); do
    run_log="$log_dir/$label-run$run.log"
    if [[ $(curl_status) != 000 ]]; then
        log "$label run $run: something already answers on $url; stop it first"
        exit 1
    fi

    env_args=()
    for name in "${fresh_dir_vars[@]}"; do
        fresh="$work_dir/run$run-$name"
        mkdir -p "$fresh"
        env_args+=("$name=$fresh")
    done
    run_tag="$label-$$-$run-$RANDOM$RANDOM"
    env_args+=("MEASURE_RUN_TAG=$run_tag")

    log "$label run $run/$runs: ${command[*]}"
    start_ns=$(now_ns)
    # setsid gives the command a session and process group of its own (pgid = pid): the whole group can be
    # signalled and Ctrl-C in the terminal reaches only this script, whose trap then stops the command.
    setsid env "${env_args[@]}" "${command[@]}" </dev/null >"$run_log" 2>&1 &
    child=$!

    t200=""
    reason=""
    for ((poll = 0; poll < timeout_s * POLLS_PER_SECOND; poll++)); do
        status=$(curl_status)
        now=$(now_ns)
        if [[ $status == 200 ]]; then
            t200=$(((now - start_ns) / 1000000))
            break
        fi
        if ! alive "$child"; then
            reason="exited before answering 200"
            break
        fi
        if ((now - start_ns >= timeout_s * 1000000000)); then
            break
        fi
        sleep "$POLL_INTERVAL_S"
    done
    [[ -n $t200 || -n $reason ]] || reason="no 200 within ${timeout_s}s (last status $status)"

    db_ms=$(grep -o 'Embedded PostgreSQL ready in [0-9]* ms' "$run_log" | tail -n 1 | grep -o '[0-9][0-9]*' || true)

    rss_java="" rss_tree="" pss_tree="" procs=""
    if [[ -n $t200 ]]; then
        sleep "$idle_s"
        if alive "$child"; then
            java_pid=""
            tree_rss=0 tree_pss=0 procs=0
            while IFS= read -r pid; do
                kb=$(rss_kb "$pid")
                ((kb > 0)) || continue
                tree_rss=$((tree_rss + kb))
                tree_pss=$((tree_pss + $(pss_kb "$pid")))
                procs=$((procs + 1))
                if [[ -z $java_pid && $(cat "/proc/$pid/comm" 2>/dev/null || true) == java ]]; then
                    java_pid=$pid
                fi
            done < <(family_pids)
            rss_tree=$(kb_to_mib "$tree_rss")
            pss_tree=$(kb_to_mib "$tree_pss")
            [[ -n $java_pid ]] && rss_java=$(kb_to_mib "$(rss_kb "$java_pid")")
        else
            reason="exited during the ${idle_s}s idle period"
        fi
    fi

    stop_child

    if [[ -n $reason ]]; then
        failed=$((failed + 1))
        log "$label run $run FAILED: $reason; last lines of $run_log:"
        tail -n 20 "$run_log" >&2 || true
        echo "| $label | $run | FAILED: $reason | ${db_ms:-–} | – | – | – | – | ${stop_ms:-–} | ${exit_code:-–} |"
        continue
    fi

    ok_t200+=("$t200")
    [[ -n $db_ms ]] && ok_db+=("$db_ms") && ok_nodb+=("$((t200 - db_ms))")
    [[ -n $rss_java ]] && ok_rss_java+=("$rss_java")
    ok_rss_tree+=("$rss_tree")
    ok_pss_tree+=("$pss_tree")
    echo "| $label | $run | $t200 | ${db_ms:-–} | ${rss_java:-–} | $rss_tree | $pss_tree | $procs | $stop_ms | $exit_code |"
done

values() {
    (($# > 0)) || return 0
    printf '%s\n' "$@"
}

t_min=$(values "${ok_t200[@]}" | min_of)
t_med=$(values "${ok_t200[@]}" | median)
t_max=$(values "${ok_t200[@]}" | max_of)
db_med=$(values "${ok_db[@]}" | median)
nodb_med=$(values "${ok_nodb[@]}" | median)
rss_java_med=$(values "${ok_rss_java[@]}" | median)
rss_tree_med=$(values "${ok_rss_tree[@]}" | median)
pss_tree_med=$(values "${ok_pss_tree[@]}" | median)
ok=${#ok_t200[@]}

echo "| **$label** | **median of $ok ok / $runs** | **$t_med** (min $t_min, max $t_max) | $db_med | $rss_java_med | $rss_tree_med | $pss_tree_med | | | |"

if [[ -n ${MEASURE_SUMMARY_FILE:-} ]]; then
    {
        echo "label=$label"
        echo "runs=$runs"
        echo "runs_ok=$ok"
        echo "runs_failed=$failed"
        echo "t200_min_ms=$t_min"
        echo "t200_median_ms=$t_med"
        echo "t200_max_ms=$t_max"
        echo "db_ready_median_ms=$db_med"
        echo "t200_without_db_median_ms=$nodb_med"
        echo "rss_java_median_mib=$rss_java_med"
        echo "rss_tree_median_mib=$rss_tree_med"
        echo "pss_tree_median_mib=$pss_tree_med"
    } >"$MEASURE_SUMMARY_FILE"
fi

((failed == 0)) || exit 1
