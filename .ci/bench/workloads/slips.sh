# shellcheck shell=bash
# about: 전표별 / 결제별 주문관리 (SET-03) on 1,000,000 slips: first page, period total (금월, 30 days, 금년) and two sort keys through /admin/api/orders, ratio to GET /admin/api/me; Excel export of 10,000 and 100,000 rows with Payara's heap
#
# Data: the bench history (orders.sql, 400,000 slips) is topped up to MARKET25_BENCH_SLIPS
# (1,000,000) slips with one payment each (dataset/slips.sql, generated in SQL from seq tables;
# the rows stay). Buffer pool MARKET25_BENCH_SLIPS_BUFFER_POOL (1G) on the bench's own MariaDB.
# Every figure is the back office's own JSON API over HTTP Basic (the screens call the same
# boundaries, SlipSearch and PaymentSearch), the median of 5 calls after one warm-up. The
# reference is GET /admin/api/me in the same run: the cost of a request with its sign-in
# (Basic = one Argon2id check) and no query; "net" is a figure minus it, "ratio" divides by it.
# The export is timed from the request to the last byte of the .xlsx; Payara's heap is sampled
# with jstat every 200 ms during it, and measured after a GC before and after.

SLIPS_LOGIN=${MARKET25_BENCH_ADMIN_LOGIN:-admin}:${MARKET25_BENCH_ADMIN_PASSWORD:-market25!}

slips_ms() { # PATH -> median milliseconds of 5 calls after a warm-up
    local i out code times=()
    for i in 0 1 2 3 4 5; do
        out=$(curl -s -o "$BENCH_OUT/slips-last.body" -u "$SLIPS_LOGIN" -w '%{http_code} %{time_total}' --max-time 300 \
            "${BENCH_ADMIN_URL}api/$1") || die "slips: GET $1 failed"
        code=${out%% *}
        [ "$code" = 200 ] || die "slips: GET $1 answered $code: $(head -c 400 "$BENCH_OUT/slips-last.body")"
        [ "$i" -gt 0 ] && times+=("${out##* }")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.0f", a[int((NR + 1) / 2)] * 1000 }'
}

# slips_measure NAME PATH NOTE: the median, the net of the reference and the ratio to it
slips_measure() {
    local ms
    ms=$(slips_ms "$2")
    result slips "${1}_ms" "$ms" ms "$3; target <= 300"
    result slips "${1}_net_ms" "$((ms - SLIPS_REF))" ms "minus the reference ($SLIPS_REF ms)"
    result slips "${1}_ratio" "$(calc "$ms / $SLIPS_REF" 2)" x "to GET /admin/api/me"
}

# heap in MB used by Payara now (eden + survivors + old), from jstat
slips_heap_now() {
    jstat -gc "$1" | awk 'NR == 1 { for (i = 1; i <= NF; i++) h[$i] = i } NR == 2 { printf "%.0f", ($h["S0U"] + $h["S1U"] + $h["EU"] + $h["OU"]) / 1024 }'
}

# slips_export LABEL FROM: the Excel export of every slip ordered from FROM to today
slips_export() {
    local label=$1 from=$2 to pid sampler t0 secs rows count file=$BENCH_OUT/slips-$1.xlsx
    to=$(bench_sql "select date(utc_timestamp() + interval 9 hour)")
    count=$(bench_sql "select count(*) from customer_order where ordered_at >= '$from' and ordered_at < '$to' + interval 1 day")
    pid=$(payara_pid)
    if [ -n "$pid" ]; then
        timeout 60 jcmd "$pid" GC.run >/dev/null 2>&1 || true
        result slips "export_${label}_heap_before_mb" "$(slips_heap_now "$pid")" MB "Payara heap used after a GC, before the export"
        jstat -gc "$pid" 200 >"$BENCH_OUT/slips-$label.jstat" 2>/dev/null &
        sampler=$!
    fi
    t0=$(tnow)
    curl -s -f -u "$SLIPS_LOGIN" --max-time 600 -o "$file" "${BENCH_ADMIN_URL}api/orders/slips/export?from=$from&to=$to" \
        || die "slips: export $label failed"
    secs=$(elapsed "$t0")
    if [ -n "$pid" ]; then
        kill "$sampler" 2>/dev/null || true
        wait "$sampler" 2>/dev/null || true
        result slips "export_${label}_heap_peak_mb" "$(awk 'NR == 1 { for (i = 1; i <= NF; i++) h[$i] = i; next }
            $1 ~ /^[0-9.]+$/ { u = ($h["S0U"] + $h["S1U"] + $h["EU"] + $h["OU"]) / 1024; if (u > m) m = u } END { printf "%.0f", m }' \
            "$BENCH_OUT/slips-$label.jstat")" MB "Payara heap used, highest sample during the export (eden included)"
        timeout 60 jcmd "$pid" GC.run >/dev/null 2>&1 || true
        result slips "export_${label}_heap_after_mb" "$(slips_heap_now "$pid")" MB "Payara heap used after a GC, after the export"
    fi
    rows=$(( $(unzip -p "$file" xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l) - 1 ))
    result slips "export_${label}_seconds" "$secs" s "$rows rows ($from .. $to), $(( $(stat -c %s "$file") / 1024 )) KB; target <= 10 s for 100,000"
    result slips "export_${label}_rows_per_second" "$(calc "$rows / $secs" 0)" rows/s
    if [ "$rows" = "$count" ]; then
        result slips "export_${label}_verified" ok - "every matching slip is in the file ($count)"
    else
        result slips "export_${label}_verified" FAILED - "$rows rows in the file, $count slips match"
    fi
    rm -f "$file"
}

workload_slips() {
    local target=${MARKET25_BENCH_SLIPS:-1000000} have n t0 today month30 year month d100 d10 p
    bench_buffer_pool slips "${MARKET25_BENCH_SLIPS_BUFFER_POOL:-1073741824}"
    have=$(bench_sql "select count(*) from customer_order")
    if [ "$have" -lt "$target" ]; then
        n=$((target - have))
        log "slips: adding $n slips with payments (to $target)"
        t0=$(tnow)
        sed -e "s/__N__/$n/g" "$BENCH_HOME/dataset/slips.sql" >"$BENCH_OUT/slips-data.sql"
        bench_sql_file "$BENCH_OUT/slips-data.sql"
        result dataset slips_seconds "$(elapsed "$t0")" s "$n slips with one payment each"
    fi
    result slips slips_in_database "$(bench_sql "select count(*) from customer_order")" count
    result slips payments_in_database "$(bench_sql "select count(*) from payment")" count

    today=$(bench_sql "select date(utc_timestamp() + interval 9 hour)")
    month=$(date -d "$today" +%Y-%m-01)
    month30=$(date -d "$today - 29 day" +%Y-%m-%d)
    year=$(date -d "$today" +%Y-01-01)
    for p in "month:$month" "30d:$month30" "year:$year"; do
        result slips "period_${p%%:*}_slips" "$(bench_sql "select count(*) from customer_order where ordered_at >= '${p#*:}' and ordered_at < '$today' + interval 1 day")" count "${p#*:} .. $today"
    done

    SLIPS_REF=$(slips_ms me)
    result slips reference_me_ms "$SLIPS_REF" ms "GET /admin/api/me: sign-in (Basic, Argon2id) and no query"

    slips_measure slips_first_page_month "orders/slips?from=$month&to=$today" "전표별, 금월 (the screen's opening), first 20"
    slips_measure slips_totals_month "orders/slips/totals?from=$month&to=$today" "전표별, 금월, count + 기간내 주문 총액"
    slips_measure slips_first_page_30d "orders/slips?from=$month30&to=$today" "전표별, 30 days, first 20"
    slips_measure slips_totals_30d "orders/slips/totals?from=$month30&to=$today" "전표별, 30 days, totals"
    slips_measure slips_first_page_year "orders/slips?from=$year&to=$today" "전표별, 금년, first 20"
    slips_measure slips_totals_year "orders/slips/totals?from=$year&to=$today" "전표별, 금년, totals"
    slips_measure slips_two_keys_30d "orders/slips?from=$month30&to=$today&sort=TOTAL:desc,MEMBER_NAME:asc" "전표별, 30 days, sorted 주문총액 ↓ then 회원명 ↑"
    slips_measure slips_branch_page_year "orders/slips?from=$year&to=$today&branch=0020" "전표별, 금년, 지사 0020, first 20"
    slips_measure slips_branch_totals_year "orders/slips/totals?from=$year&to=$today&branch=0020" "전표별, 금년, 지사 0020, totals"
    slips_measure slips_page_51_30d "orders/slips?from=$month30&to=$today&first=1000" "전표별, 30 days, page 51"
    slips_measure payments_first_page_month "orders/payments?from=$month&to=$today" "결제별, 금월, first 20"
    slips_measure payments_totals_month "orders/payments/totals?from=$month&to=$today" "결제별, 금월, count + 기간내 결제총액"
    slips_measure payments_first_page_30d "orders/payments?from=$month30&to=$today" "결제별, 30 days, first 20"
    slips_measure payments_totals_30d "orders/payments/totals?from=$month30&to=$today" "결제별, 30 days, totals"
    slips_measure payments_first_page_year "orders/payments?from=$year&to=$today" "결제별, 금년, first 20"
    slips_measure payments_totals_year "orders/payments/totals?from=$year&to=$today" "결제별, 금년, totals"
    slips_measure payments_two_keys_30d "orders/payments?from=$month30&to=$today&sort=AMOUNT:desc,CARD_COMPANY:asc" "결제별, 30 days, sorted 결제금액 ↓ then 결제사 ↑"

    # the day from which on about 10,000 / 100,000 slips were ordered (to today)
    d10=$(bench_sql "select date(ordered_at) from customer_order order by ordered_at desc limit 1 offset 9999")
    d100=$(bench_sql "select date(ordered_at) from customer_order order by ordered_at desc limit 1 offset 99999")
    slips_export 10k "$d10"
    slips_export 100k "$d100"
}
