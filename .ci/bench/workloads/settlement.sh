# shellcheck shell=bash
# about: the closing (일일 마감/정산) of every business day of the two-year history, over 1,000,000 and then 2,000,000 order lines, end to end through the back office
#
# The application closes one business day per run (DayClosing: the day's payments by method,
# then the bonus earned up to that day); staff start a run from 일일 마감/정산 in the back office,
# the nightly timer closes yesterday, the catch-up after a start at most 31 days. Closing the
# whole data set is therefore one run per day, oldest first, through the back office's own
# button (a PrimeFaces ajax request, as the browser sends it), timed from the first request to
# the last answer. Before each pass the closing is undone (daily_closing, settlement_run, bonus
# settled flags), so both passes do the same work; then a second history layer
# (dataset/orders.sql, @layer = 2) doubles the order lines and the pass is repeated.

ADMIN_LOGIN=${MARKET25_BENCH_ADMIN_LOGIN:-admin}
ADMIN_PASSWORD=${MARKET25_BENCH_ADMIN_PASSWORD:-market25!}

viewstate() { sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -n1; }

settlement_sign_in() { # JAR
    local vs code
    vs=$(curl -s -c "$1" -b "$1" --max-time 60 "${BENCH_ADMIN_URL}login.xhtml" | viewstate)
    [ -n "$vs" ] || die "settlement: no sign-in form at ${BENCH_ADMIN_URL}login.xhtml"
    code=$(curl -s -c "$1" -b "$1" -o /dev/null -w '%{http_code}' --max-time 60 \
        --data-urlencode loginForm=loginForm --data-urlencode "loginForm:loginId=$ADMIN_LOGIN" \
        --data-urlencode "loginForm:password=$ADMIN_PASSWORD" --data-urlencode "loginForm:signIn=" \
        --data-urlencode "jakarta.faces.ViewState=$vs" "${BENCH_ADMIN_URL}login.xhtml")
    case "$code" in 302|303) ;; *) die "settlement: back-office sign-in as $ADMIN_LOGIN answered $code" ;; esac
}

settlement_reset() {
    bench_sql "delete from daily_closing; delete from settlement_run;
               update bonus_entry set settled = false, settled_on = null where settled" >/dev/null
}

# settlement_pass LABEL LINES: closes the last N days, oldest first, and records the times
settlement_pass() {
    local label=$1 lines=$2 jar=$BENCH_OUT/admin-$1.cookies days=${MARKET25_BENCH_SETTLEMENT_DAYS:-730}
    local faces_errors page nonce vs next_vs today day i t0 total times=$BENCH_OUT/settlement-$1.times out t runs closed expected unsettled
    settlement_reset
    settlement_sign_in "$jar"
    page=$(curl -s -c "$jar" -b "$jar" --max-time 60 "${BENCH_ADMIN_URL}settlement.xhtml" || true)
    vs=$(viewstate <<<"$page")
    [ -n "$vs" ] || die "settlement: no settlement page (is $ADMIN_LOGIN allowed to run it?)"
    # PrimeFaces (primefaces.CSP=true) renders an ajax answer only for a request that sends the
    # page's script nonce back, as its JavaScript does; without it every answer is a CspException
    nonce=$(grep -o "PrimeFaces.csp.init('[^']*')" <<<"$page" | head -n1 | sed "s/.*('\(.*\)')/\1/" || true)
    today=$(bench_sql "select date(utc_timestamp() + interval 9 hour)")
    : >"$times"
    faces_errors=0
    log "settlement ($label): closing $days days, oldest first, one back-office run each"
    t0=$(tnow)
    for ((i = days; i >= 1; i--)); do
        day=$(date -d "$today - $i day" +%Y-%m-%d)
        out=$(curl -s -c "$jar" -b "$jar" --max-time 600 -w '\n%{http_code} %{time_total}' \
            -H 'Faces-Request: partial/ajax' -H 'X-Requested-With: XMLHttpRequest' \
            --data-urlencode 'jakarta.faces.partial.ajax=true' \
            --data-urlencode 'jakarta.faces.source=settlementForm:btnRun' \
            --data-urlencode 'jakarta.faces.partial.execute=settlementForm:filter' \
            --data-urlencode 'jakarta.faces.partial.render=settlementForm' \
            --data-urlencode 'settlementForm:btnRun=settlementForm:btnRun' \
            --data-urlencode 'settlementForm=settlementForm' \
            --data-urlencode "settlementForm:day_input=$day" \
            --data-urlencode "jakarta.faces.ViewState=$vs" \
            ${nonce:+--data-urlencode "primefaces.nonce=$nonce"} \
            "${BENCH_ADMIN_URL}settlement.xhtml")
        t=${out##*$'\n'}
        [ "${t%% *}" = 200 ] || die "settlement: the run of $day answered HTTP ${t%% *}"
        case "$out" in
            *"<error-name>"*)
                faces_errors=$((faces_errors + 1))
                [ -f "$BENCH_OUT/settlement-error.xml" ] || printf '%s\n' "$out" >"$BENCH_OUT/settlement-error.xml" ;;
        esac
        # the view state the answer carries is the one the next request must send
        next_vs=$(sed -n 's/.*ViewState:0"><!\[CDATA\[\([^]]*\)\]\].*/\1/p' <<<"$out" | head -n1 || true)
        [ -z "$next_vs" ] || vs=$next_vs
        echo "$day ${t#* }" >>"$times"
    done
    total=$(elapsed "$t0")
    # only the runs this pass started: the back office's catch-up timer may close days beside it
    runs=$(bench_sql "select count(*) from settlement_run where status = 'DONE' and trigger_kind = 'MANUAL'")
    [ "$runs" = "$days" ] || log "settlement: $runs runs recorded for $days days (the answer of a refused run is a page too)"
    closed=$(bench_sql "select coalesce(sum(order_count), 0) from daily_closing")
    expected=$(bench_sql "select count(distinct p.order_id) from payment p join customer_order o on o.id = p.order_id
        where p.status = 'APPROVED' and o.status <> 'CANCELLED'
          and p.completed_at >= '$today' - interval $days day and p.completed_at < '$today'")
    unsettled=$(bench_sql "select count(*) from bonus_entry where not settled and kind <> 'USED' and earned_on < '$today'
        and earned_on >= '$today' - interval $days day")
    result settlement "${label}_total_seconds" "$total" s "$days days, $lines order lines in the database; target <= 30 s for 1M"
    result settlement "${label}_runs_done" "$runs" count "settlement_run DONE (one per day expected: $days)"
    result settlement "${label}_per_day_p50_ms" "$(sort -k2 -n "$times" | awk '{ a[NR] = $2 } END { printf "%.0f", a[int((NR + 1) / 2)] * 1000 }')" ms "one back-office run, HTTP included"
    result settlement "${label}_per_day_max_ms" "$(sort -k2 -n "$times" | tail -n1 | awk '{ printf "%.0f", $2 * 1000 }')" ms
    result settlement "${label}_yesterday_ms" "$(tail -n1 "$times" | awk '{ printf "%.0f", $2 * 1000 }')" ms "the nightly closing: one day"
    result settlement "${label}_server_seconds" "$(bench_sql "select round(sum(timestampdiff(microsecond, started_at, finished_at)) / 1e6, 1) from settlement_run where trigger_kind = 'MANUAL'")" s "sum of the runs' own started..finished (transaction work)"
    result settlement "${label}_other_runs" "$(bench_sql "select count(*) from settlement_run where trigger_kind <> 'MANUAL'")" count "runs the server's timers made during the pass (not counted above)"
    result settlement "${label}_faces_errors" "$faces_errors" count "answers with a Faces <error> (first one in settlement-error.xml)"
    result settlement "${label}_orders_closed" "$closed" count "sum of daily_closing.order_count"
    if [ "$closed" = "$expected" ] && [ "$unsettled" = 0 ] && [ "$runs" = "$days" ]; then
        result settlement "${label}_verified" ok - "closing counts every approved order once ($expected), no bonus left unsettled"
    else
        result settlement "${label}_verified" FAILED - "closed $closed of $expected orders, $unsettled bonus entries unsettled"
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
