# shellcheck shell=bash
# about: the closing (일일 마감/정산) of every business day of the two-year history, over 1,000,000 and then 2,000,000 order lines, end to end through the back office
#
# The application closes one business day per run (DayClosing: the day's payments by method,
# then the bonus earned up to that day); staff close a range of days as one period closing
# (기간 마감 on 일일 마감/정산, or POST /admin/api/settlement/periods), which runs in the background
# one day per transaction. The bench starts one period over the whole history through the API
# and polls its progress until it is DONE, timed from the request to DONE. Before each pass the closing is undone (daily_closing, settlement_run, bonus
# settled flags), so both passes do the same work; then a second history layer
# (dataset/orders.sql, @layer = 2) doubles the order lines and the pass is repeated.

ADMIN_LOGIN=${MARKET25_BENCH_ADMIN_LOGIN:-admin}
ADMIN_PASSWORD=${MARKET25_BENCH_ADMIN_PASSWORD:-market25!}

settlement_reset() {
    bench_sql "delete from daily_closing; delete from settlement_run; delete from settlement_period;
               update bonus_entry set settled = false, settled_on = null where settled" >/dev/null
}

settlement_api() { # METHOD PATH [JSON]
    curl -s --max-time 60 -u "$ADMIN_LOGIN:$ADMIN_PASSWORD" -X "$1" ${3:+-H 'Content-Type: application/json' -d "$3"} \
        -w '\n%{http_code}' "${BENCH_ADMIN_URL}api/$2"
}

json_field() { # NAME: a number or string field of the JSON on stdin
    sed -n "s/.*\"$1\":\"\{0,1\}\([^,\"}]*\).*/\1/p" | head -n1
}

# settlement_pass LABEL LINES: closes the last N days as one period closing (기간 마감, started as
# staff start it, through the back office's API) and records the times
settlement_pass() {
    local label=$1 lines=$2 days=${MARKET25_BENCH_SETTLEMENT_DAYS:-730}
    local today first last out code body id status t0 total runs closed expected unsettled times=$BENCH_OUT/settlement-$1.times
    settlement_reset
    today=$(bench_sql "select date(utc_timestamp() + interval 9 hour)")
    first=$(date -d "$today - $days day" +%Y-%m-%d)
    last=$(date -d "$today - 1 day" +%Y-%m-%d)
    log "settlement ($label): closing $days days ($first..$last) as one period closing"
    t0=$(tnow)
    out=$(settlement_api POST settlement/periods "{\"from\":\"$first\",\"to\":\"$last\"}")
    code=${out##*$'\n'}; body=${out%$'\n'*}
    [ "$code" = 202 ] || die "settlement: starting the period closing answered HTTP $code: $body"
    id=$(json_field id <<<"$body")
    status=RUNNING
    while [ "$status" = RUNNING ]; do
        sleep 0.2
        out=$(settlement_api GET "settlement/periods/$id")
        body=${out%$'\n'*}
        status=$(json_field status <<<"$body")
        [ -n "$status" ] || die "settlement: no progress for period $id: $out"
    done
    total=$(elapsed "$t0")
    printf '%s\n' "$body" >"$BENCH_OUT/settlement-$label.json"
    bench_sql "select business_date, timestampdiff(microsecond, started_at, finished_at) / 1e6 from settlement_run
               where period_id = $id order by business_date" >"$times"
    runs=$(bench_sql "select count(*) from settlement_run where status = 'DONE' and period_id = $id")
    closed=$(bench_sql "select coalesce(sum(order_count), 0) from daily_closing")
    expected=$(bench_sql "select count(distinct p.order_id) from payment p join customer_order o on o.id = p.order_id
        where p.status = 'APPROVED' and o.status <> 'CANCELLED'
          and p.completed_at >= '$first' and p.completed_at < '$today'")
    unsettled=$(bench_sql "select count(*) from bonus_entry where not settled and kind <> 'USED' and earned_on < '$today'
        and earned_on >= '$first'")
    result settlement "${label}_total_seconds" "$total" s "$days days, $lines order lines in the database, from the request to DONE; target <= 30 s for 1M"
    result settlement "${label}_status" "$status" - "the period closing's end state"
    result settlement "${label}_runs_done" "$runs" count "settlement_run DONE of this period (one per day expected: $days)"
    result settlement "${label}_job_seconds" "$(bench_sql "select round(timestampdiff(microsecond, started_at, finished_at) / 1e6, 1) from settlement_period where id = $id")" s "the job's own start..finish on the server"
    result settlement "${label}_server_seconds" "$(bench_sql "select round(sum(timestampdiff(microsecond, started_at, finished_at)) / 1e6, 1) from settlement_run where period_id = $id")" s "sum of the days' transactions"
    result settlement "${label}_per_day_p50_ms" "$(sort -k2 -n "$times" | awk '{ a[NR] = $2 } END { printf "%.0f", a[int((NR + 1) / 2)] * 1000 }')" ms "one day's transaction"
    result settlement "${label}_per_day_max_ms" "$(sort -k2 -n "$times" | tail -n1 | awk '{ printf "%.0f", $2 * 1000 }')" ms
    result settlement "${label}_yesterday_ms" "$(tail -n1 "$times" | awk '{ printf "%.0f", $2 * 1000 }')" ms "the last day (what the nightly run closes)"
    result settlement "${label}_other_runs" "$(bench_sql "select count(*) from settlement_run where period_id is null or period_id <> $id")" count "runs the server's timers made during the pass (not counted above)"
    result settlement "${label}_orders_closed" "$closed" count "sum of daily_closing.order_count"
    if [ "$status" = DONE ] && [ "$closed" = "$expected" ] && [ "$unsettled" = 0 ] && [ "$runs" = "$days" ]; then
        result settlement "${label}_verified" ok - "closing counts every approved order once ($expected), no bonus left unsettled"
    else
        result settlement "${label}_verified" FAILED - "status $status, closed $closed of $expected orders, $unsettled bonus entries unsettled, $runs runs"
    fi
}

workload_settlement() {
    local t0 t1 t2 lines
    lines=$(bench_sql "select count(*) from order_line")
    settlement_pass lines_1m "$lines"
    t1=$(awk -F'\t' '$2 == "lines_1m_total_seconds" { v = $3 } END { print v }' "$BENCH_RESULTS")
    if [ "$(bench_sql "select count(*) from customer_order where slip_no between '0002000001' and '0002400000'")" = 0 ]; then
        log "settlement: loading a second history layer (another 1,000,000 order lines)"
        t0=$(tnow)
        bench_sql_file "$BENCH_HOME/dataset/orders.sql" "SET @layer = 2;"
        result dataset orders_layer2_seconds "$(elapsed "$t0")" s "another 400,000 orders, 1,000,000 lines"
    fi
    lines=$(bench_sql "select count(*) from order_line")
    settlement_pass lines_2m "$lines"
    t2=$(awk -F'\t' '$2 == "lines_2m_total_seconds" { v = $3 } END { print v }' "$BENCH_RESULTS")
    result settlement growth_2m_over_1m "$(calc "$t2 / $t1" 2)" x "target <= 2.2"
}
