# shellcheck shell=bash
# shellcheck disable=SC2034 # the S_* stack description and BENCH_* settings are read by .ci/market25 and the workloads
# .ci/market25 bench [WORKLOAD…]: sourced by .ci/market25, so it drives the stack with the same
# functions as `run` and `test` (free ports, start_mariadb, bring_up, wait_ready, stop_domain…).
# See README "Benchmarks" and docs/performance.md.
#
# Which stack:
#   default                       its own: .run/bench, free ports, a new database every run, demo
#                                 mode (payment simulator on); stopped at the end
#   MARKET25_BENCH_STACK=run      the stack of `.ci/market25 start` (.run/); the data set is added
#                                 to its database once (it stays); `start` restarts that stack
#   MARKET25_BENCH_URL=http://h:p/ any running shop; MARKET25_BENCH_DB holds the mariadb client
#                                 options of its database (e.g. "-h127.0.0.1 -P3307 -umarket25
#                                 -pmarket25 market25"), MARKET25_BENCH_SIM_URL the simulator's
#                                 base URL (for the checkout check), MARKET25_BENCH_ADMIN_URL the
#                                 back office (default URL + admin/); `start` is skipped there
# Knobs: MARKET25_BENCH_BROWSE_SECONDS (20), MARKET25_BENCH_CHECKOUT_SECONDS (30),
#   MARKET25_BENCH_BUYERS ("2 8 32"), MARKET25_BENCH_SETTLEMENT_DAYS (730 = the whole history),
#   MARKET25_BENCH_PROFILE=1 (Java Flight Recorder during browse and checkout),
#   MARKET25_BENCH_KEEP=1 (leave the own stack running afterwards).

BENCH_HOME=$REPO/.ci/bench
BENCH_DEFAULT_WORKLOADS="start browse checkout settlement"
# bench members sign in with this; it exists only in the bench data set (dataset/mall.sql holds
# its Argon2id hash, made once with com.market25.common.PasswordHasher)
BENCH_PASSWORD='bench-only-7Qx!'
BENCH_OWN=""
BENCH_OUT=""
BENCH_RESULTS=""
BENCH_URL=""
BENCH_ADMIN_URL=""
BENCH_SIM_URL=""
BENCH_DB_ARGS=()

bench_usage() {
    local f
    echo "usage: .ci/market25 bench [WORKLOAD…]   (default: $BENCH_DEFAULT_WORKLOADS)" >&2
    for f in "$BENCH_HOME"/workloads/*.sh; do
        printf '  %-11s %s\n' "$(basename "$f" .sh)" "$(sed -n 's/^# about: //p' "$f")" >&2
    done
}

tnow() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(tnow)" 'BEGIN { printf "%.1f", b - a }'; }
calc() { awk "BEGIN { printf \"%.${2:-1}f\", $1 }"; }

# result WORKLOAD METRIC VALUE UNIT [NOTE]: one line of the results, printed as it comes
result() {
    printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "${5:-}" >>"$BENCH_RESULTS"
    log "result: $1 $2 = $3 $4${5:+ ($5)}"
}

# ---------------------------------------------------------------- the database of the bench stack

bench_sql() { # SQL -> tab-separated rows, no header
    if [ ${#BENCH_DB_ARGS[@]} -gt 0 ]; then
        mariadb --no-defaults "${BENCH_DB_ARGS[@]}" -N -B -e "$1"
    else
        mariadb --no-defaults -uroot -S "$S_MARIADB/mariadb.sock" -N -B "$S_DBNAME" -e "$1"
    fi
}

bench_sql_file() { # FILE [SQL run before it]
    local pre=${2:-}
    if [ ${#BENCH_DB_ARGS[@]} -gt 0 ]; then
        { echo "$pre"; cat "$1"; } | mariadb --no-defaults "${BENCH_DB_ARGS[@]}" -N -B >/dev/null
    else
        { echo "$pre"; cat "$1"; } | mariadb --no-defaults -uroot -S "$S_MARIADB/mariadb.sock" -N -B "$S_DBNAME" >/dev/null
    fi
}

# bench_buffer_pool WORKLOAD BYTES: sizes the InnoDB buffer pool of the bench's MariaDB for a
# workload over millions of rows. The stacks start with 128 MB, sized for the shop and for CI;
# a database of a million customers is run with a pool that holds its working set, as any
# MariaDB installation of that size is. The size used is recorded with the results.
bench_buffer_pool() {
    if [ -n "$S_MARIADB" ]; then
        mariadb --no-defaults -uroot -S "$S_MARIADB/mariadb.sock" -e "SET GLOBAL innodb_buffer_pool_size = $2" \
            || log "$1: could not resize the buffer pool"
    fi
    result "$1" innodb_buffer_pool_mb "$(( $(bench_sql "select @@innodb_buffer_pool_size") / 1048576 ))" MB "for this workload"
}

# ---------------------------------------------------------------- which stack

bench_describe_own() {
    local b=$RUN_DIR/bench
    S_TEST=""; S_MODE=demo; S_DIR=$b; S_DOMAINS=$b/domains; S_NAME=market25-bench
    S_PB=$(free_portbase); S_HTTP=$((S_PB + 80)); S_ADMIN=$((S_PB + 48))
    S_MARIADB=$b/mariadb; S_DBPORT=$(free_port); S_FAST=""; S_DBNAME=market25
    S_DEVSERVICES=$b/devservices
    S_BROKER=$(free_port); S_SMTP=$(free_port); S_POP3=$(free_port); S_IMAP=$(free_port)
    S_JDBC="jdbc:mariadb://127.0.0.1:$S_DBPORT/market25?sslMode=disable&connectTimeout=3000"
    S_DBUSER=market25; S_DBPASS=market25
}

# stops whatever an earlier bench left (its description is in .run/bench/stack.env)
bench_down() {
    local b=$RUN_DIR/bench
    [ -f "$b/stack.env" ] || return 0
    (
        load_description "$b/stack.env"
        stop_domain "$S_DOMAINS" "$S_NAME"
        stop_pid "$S_DEVSERVICES/devservices.pid" 30 "DevServices (bench)"
        stop_pid "$S_MARIADB/mariadbd.pid" 60 "MariaDB (bench)"
    )
}

# stop_stack: every component of the described stack, for the start workload
bench_stop_stack() {
    stop_domain "$S_DOMAINS" "$S_NAME"
    stop_pid "$S_DEVSERVICES/devservices.pid" 30 DevServices
    [ -z "$S_MARIADB" ] || stop_pid "$S_MARIADB/mariadbd.pid" 60 MariaDB
}

bench_exit() {
    local rc=$?
    trap - EXIT
    if [ -n "$BENCH_OWN" ] && [ -z "${MARKET25_BENCH_KEEP:-}" ]; then bench_down; fi
    (exit "$rc")
    on_exit
}

# first_page SECONDS: until GET / is the shop's home page (its corner menu), prints how long that
# page took. A 200 alone is not enough: while the EAR loads after a restart, Payara answers / with
# its own welcome page and /health with its own health check ({"status":"UP","checks":[]}).
first_page() {
    local start out
    start=$(now)
    while :; do
        out=$(curl -s -w '\n%{http_code} %{time_total}' --max-time 60 "${BENCH_URL}" || true)
        case "$out" in *'id="corner-menu"'*) [ "${out##*$'\n'}" = "200 ${out##* }" ] && { echo "${out##* }"; return 0; } ;; esac
        [ $(($(now) - start)) -ge "$1" ] && return 1
        sleep 0.5
    done
}

# app_health SECONDS: until the application's own /health says the database and broker are up
app_health() {
    local start
    start=$(now)
    until curl -s --max-time 10 "${BENCH_URL}health" | grep -q '"database":"UP"'; do
        [ $(($(now) - start)) -ge "$1" ] && return 1
        sleep 0.5
    done
}

# rss_of PID -> resident set in MB (0 when gone)
rss_of() {
    local kb
    kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || true)
    echo $(( ${kb:-0} / 1024 ))
}

# record_rss WORKLOAD WHEN: the resident memory of every process of the stack
record_rss() {
    local p d m total=0 v
    [ -n "$S_NAME" ] || return 0
    p=$(payara_pid); d=$(devservices_pid "$S_DEVSERVICES"); m=""
    [ -n "$S_MARIADB" ] && m=$(mariadb_pid "$S_MARIADB")
    v=$(rss_of "${p:-0}"); total=$((total + v)); result "$1" "rss_payara_$2" "$v" MB "pid ${p:-?}"
    v=$(rss_of "${d:-0}"); total=$((total + v)); result "$1" "rss_devservices_$2" "$v" MB "pid ${d:-?}"
    if [ -n "$m" ]; then v=$(rss_of "$m"); total=$((total + v)); result "$1" "rss_mariadb_$2" "$v" MB "pid $m"; fi
    result "$1" "rss_total_$2" "$total" MB "Payara + DevServices${m:+ + MariaDB}"
}

bench_server_log() { [ -n "$S_NAME" ] && echo "$S_DOMAINS/$S_NAME/logs/server.log"; }

# the simulator's base URL, from the last line the payment connector logged when it started
# (a restart gives it a new port: rotated logs first, the current one last)
bench_find_sim() {
    [ -n "${MARKET25_BENCH_SIM_URL:-}" ] && { BENCH_SIM_URL=$MARKET25_BENCH_SIM_URL; return 0; }
    local logf; logf=$(bench_server_log) || return 0
    BENCH_SIM_URL=$(grep -ho "simulator 'market25-sim' listening on http://127.0.0.1:[0-9]*" "${logf%/*}"/server.log_* "$logf" 2>/dev/null \
        | tail -n1 | sed 's/.* on //' || true)
}

# ---------------------------------------------------------------- data set

bench_has_data() { [ "$(bench_sql "select count(*) from member where login_id = 'bench000001'")" = 1 ]; }

bench_load_data() {
    local t0
    if bench_has_data; then
        log "the bench data set is in the database already: not loading it again"
        return 0
    fi
    log "loading the bench data set (10,000 products, 100,000 members, 1,000,000 order lines)"
    t0=$(tnow)
    bench_sql_file "$BENCH_HOME/dataset/mall.sql"
    result dataset catalog_members_seconds "$(elapsed "$t0")" s "10,000 products, 100,000 members"
    t0=$(tnow)
    bench_sql_file "$BENCH_HOME/dataset/orders.sql" "SET @layer = 1;"
    result dataset orders_seconds "$(elapsed "$t0")" s "400,000 orders, 1,000,000 lines, payments, history, bonus"
}

# ---------------------------------------------------------------- running wrk

# bench_wrk LABEL ARGS…: runs wrk, keeps its output, prints the BENCH-RESULT JSON line
bench_wrk() {
    local label=$1; shift
    wrk "$@" >"$BENCH_OUT/wrk-$label.txt" 2>&1 || { cat "$BENCH_OUT/wrk-$label.txt" >&2; die "wrk failed ($label)"; }
    sed -n 's/^BENCH-RESULT //p' "$BENCH_OUT/wrk-$label.txt" | tail -n1
}

# ---------------------------------------------------------------- profile (optional)

bench_profile_start() { # NAME SECONDS
    [ -n "${MARKET25_BENCH_PROFILE:-}" ] && [ -n "$S_NAME" ] || return 0
    local p; p=$(payara_pid)
    [ -n "$p" ] || return 0
    # attaching can hang on a JVM that is busy collecting garbage: never wait for it long
    timeout 30 jcmd "$p" JFR.start name="bench-$1" settings=profile duration="$2s" filename="$BENCH_OUT/$1.jfr" >/dev/null 2>&1 \
        || log "note: could not start Java Flight Recorder in Payara (pid $p)"
}

# bench_profile_summary NAME: the hottest frames of the recording, for docs/performance.md
bench_profile_summary() {
    local f=$BENCH_OUT/$1.jfr
    [ -n "${MARKET25_BENCH_PROFILE:-}" ] || return 0
    for _ in $(seq 1 60); do [ -s "$f" ] && break; sleep 1; done
    [ -s "$f" ] || { log "note: no recording in $f"; return 0; }
    jfr print --stack-depth 64 --events jdk.ExecutionSample "$f" >"$f.samples.txt" 2>/dev/null || return 0
    {
        echo "# $1: samples by top frame"
        awk '/stackTrace = \[/ { getline; sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); print }' "$f.samples.txt" \
            | sort | uniq -c | sort -rn | head -n 25
        echo "# $1: samples by first application frame (com.market25, org.apache.jsp)"
        awk '/stackTrace = \[/ { inside = 1; found = 0; next }
             inside && /^[ \t]*\]/ { inside = 0; next }
             inside && !found && /(com\.market25|org\.apache\.jsp)/ { found = 1; s = $0; sub(/^[ \t]+/, "", s); sub(/[ \t]+line:.*/, "", s); print s }' \
            "$f.samples.txt" | sort | uniq -c | sort -rn | head -n 25
    } >"$BENCH_OUT/profile-$1.txt"
    log "profile of $1: $BENCH_OUT/profile-$1.txt"
}

# ---------------------------------------------------------------- report

bench_machine() {
    local cpu mem commit dirty
    cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1 || true)
    mem=$(awk '/^MemTotal:/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)
    commit=$(git -C "$REPO" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
    dirty=$(git -C "$REPO" status --porcelain --untracked-files=no 2>/dev/null | head -c1 || true)
    {
        printf 'nproc\t%s\n' "$(nproc)"
        printf 'cpu\t%s\n' "$cpu"
        printf 'memory_gb\t%s\n' "$mem"
        printf 'load_average_at_start\t%s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
        printf 'kernel\t%s\n' "$(uname -r)"
        printf 'java\t%s\n' "$(java -version 2>&1 | head -n1)"
        printf 'mariadb\t%s\n' "$(mariadb --version 2>/dev/null | head -n1)"
        printf 'payara\t%s\n' "$PAYARA_VERSION"
        printf 'wrk\t%s\n' "$(wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2)"
        printf 'git_commit\t%s%s\n' "$commit" "${dirty:+ (with uncommitted changes)}"
        printf 'stack\t%s\n' "$BENCH_URL"
    } >"$BENCH_OUT/machine.tsv"
}

bench_report() {
    local json=$BENCH_OUT/results.json
    jq -n --arg started "$(basename "$BENCH_OUT")" \
        --rawfile machine "$BENCH_OUT/machine.tsv" --rawfile results "$BENCH_RESULTS" '
        def rows($t): $t | split("\n") | map(select(length > 0) | split("\t"));
        { started: $started,
          machine: (rows($machine) | map({ (.[0]): .[1] }) | add),
          results: (rows($results) | reduce .[] as $r ({};
              .[$r[0]][$r[1]] = { value: ($r[2] | tonumber? // $r[2]), unit: $r[3], note: $r[4] })) }' >"$json"
    {
        echo
        echo "Market25 bench $(basename "$BENCH_OUT")  ($(awk -F'\t' '$1 == "git_commit" { print $2 }' "$BENCH_OUT/machine.tsv"))"
        awk -F'\t' '{ printf "  %-22s %s\n", $1, $2 }' "$BENCH_OUT/machine.tsv"
        echo
        awk -F'\t' 'BEGIN { printf "  %-11s %-34s %14s  %-8s %s\n", "workload", "metric", "value", "unit", "note" }
             { if ($1 != last) { print ""; last = $1 } printf "  %-11s %-34s %14s  %-8s %s\n", $1, $2, $3, $4, $5 }' "$BENCH_RESULTS"
        echo
        echo "  results: $json (copy in target/bench/latest/)"
    } | tee "$BENCH_OUT/table.txt"
    rm -rf "$REPO/target/bench/latest"
    cp -r "$BENCH_OUT" "$REPO/target/bench/latest"
}

# ---------------------------------------------------------------- the command

cmd_bench() {
    local w t0 first
    local workloads=("$@")
    [ ${#workloads[@]} -gt 0 ] || read -r -a workloads <<<"$BENCH_DEFAULT_WORKLOADS"
    for w in "${workloads[@]}"; do
        case "$w" in -h|--help) bench_usage; return 0 ;; esac
        [ -f "$BENCH_HOME/workloads/$w.sh" ] || { bench_usage; die "no workload '$w'"; }
    done
    ensure_packages mariadb-server wrk curl unzip jq
    command -v java >/dev/null && command -v mvn >/dev/null || die "Java 17 and Maven are required"

    BENCH_OUT=$REPO/target/bench/$(date +%Y%m%d-%H%M%S)
    mkdir -p "$BENCH_OUT"
    BENCH_RESULTS=$BENCH_OUT/results.tsv
    : >"$BENCH_RESULTS"

    S_NAME=""
    if [ -n "${MARKET25_BENCH_URL:-}" ]; then
        BENCH_URL=${MARKET25_BENCH_URL%/}/
        read -r -a BENCH_DB_ARGS <<<"${MARKET25_BENCH_DB:?MARKET25_BENCH_DB (mariadb client options of the shop database) is needed with MARKET25_BENCH_URL}"
        BENCH_SIM_URL=${MARKET25_BENCH_SIM_URL:-}
        log "benchmarking the running shop at $BENCH_URL"
    elif [ "${MARKET25_BENCH_STACK:-}" = run ]; then
        MODE=demo
        describe_run_stack
        [ -n "$S_MARIADB" ] || die "MARKET25_BENCH_STACK=run needs the run stack's own MariaDB (not MARKET25_DB_URL)"
        BENCH_URL=http://127.0.0.1:$S_HTTP/
        payara_alive || die "the run stack is not running (start it with: .ci/market25 start)"
        log "benchmarking the run stack at $BENCH_URL"
    else
        BENCH_OWN=yes
        ensure_build
        bench_down
        rm -rf "$RUN_DIR/bench"
        mkdir -p "$RUN_DIR/bench"
        bench_describe_own
        save_description "$RUN_DIR/bench/stack.env"
        trap bench_exit EXIT
        BENCH_URL=http://127.0.0.1:$S_HTTP/
        log "starting the bench stack (.run/bench, $BENCH_URL)"
        t0=$(tnow)
        # the bench stack's SMTP server drops every mail: 100,000 campaign mails would not fit in
        # GreenMail's memory, and nothing here reads a mailbox (workloads/dispatch.sh)
        export MARKET25_MAIL_SINK=1
        bring_up
        app_health 600 || die "the application's /health did not say UP"
        first=$(first_page 600) || die "the storefront did not answer"
        result stack cold_start_seconds "$(elapsed "$t0")" s "new database, new Payara domain, deploy, to the first page"
        result stack first_page_after_ready_seconds "$first" s "GET / right after /health said ready"
    fi
    BENCH_ADMIN_URL=${MARKET25_BENCH_ADMIN_URL:-${BENCH_URL}admin/}
    bench_machine
    bench_load_data
    [ -z "$S_NAME" ] || export_server_env

    for w in "${workloads[@]}"; do
        # shellcheck disable=SC1090
        . "$BENCH_HOME/workloads/$w.sh"
        log "workload $w"
        t0=$(tnow)
        "workload_$w"
        result "$w" workload_seconds "$(elapsed "$t0")" s "wall time of the whole workload"
    done
    [ -z "$S_NAME" ] || record_rss stack end
    bench_report
}
