# shellcheck shell=bash
# about: RFM (MKT-01, MKT-13): a CDNOW-sized snapshot, then 1,000,000 customers with 10,000,000 purchases generated in SQL: snapshot, export, migration, nightly rebuild, one paid order's update
#
# Sizes: MARKET25_BENCH_RFM_CUSTOMERS (1000000) and MARKET25_BENCH_RFM_PURCHASES (10000000);
# MARKET25_BENCH_RFM_BUFFER_POOL (2G): the InnoDB buffer pool set for this workload on the bench's
# own MariaDB (the stack's default 128M is sized for the shop, not for 10,000,000 purchases).
# Everything is timed through the back office's JSON API (HTTP Basic, demo admin), so the numbers
# are the application's, with the snapshot's own durationMs beside the wall time.
#  1. CDNOW-sized: 23,570 customers, 69,659 purchases in 1997-01 … 1998-06; snapshots on 1998-07-01
#     (the big set below is dated 2020 … 2022, so these snapshots see exactly the small set).
#  2. Big: N customers and M purchases in 2020-07 … 2022-07, generated in chunks of 1,000,000;
#     snapshots on 2022-07-01 and 2022-01-01, CSV export, migration matrix, the nightly rebuild of
#     the current R/F/M and its boundaries, and MKT-13's per-order update (1,000 paid orders' SQL).
# The generated rows stay (a later run on the same database reuses them).

RFM_LOGIN=${MARKET25_BENCH_ADMIN_LOGIN:-admin}:${MARKET25_BENCH_ADMIN_PASSWORD:-market25!}

rfm_api() { # METHOD PATH [JSON] -> body; the wall time in seconds goes to $BENCH_OUT/rfm-last.time
    local out
    out=$(curl -s -u "$RFM_LOGIN" -X "$1" --max-time 1800 -w '\n%{http_code} %{time_total}' \
        ${3:+-H 'Content-Type: application/json' -d "$3"} "${BENCH_ADMIN_URL}api/$2") || die "rfm: $1 $2 failed"
    local tail=${out##*$'\n'}
    case "${tail%% *}" in 2??) ;; *) die "rfm: $1 $2 answered ${tail%% *}: ${out%$'\n'*}" ;; esac
    echo "${tail##* }" >"$BENCH_OUT/rfm-last.time"
    echo "${out%$'\n'*}"
}

rfm_generate() { # SOURCE PREFIX CUSTOMERS PURCHASES LAST DAYS
    local source=$1 prefix=$2 n=$3 m=$4 last=$5 days=$6 have from chunk t0 first count
    have=$(bench_sql "select count(*) from purchase_history where source = '$source'")
    if [ "$have" = "$m" ]; then
        log "rfm: $source is in the database already ($n customers, $m purchases)"
        return 0
    fi
    [ "$have" = 0 ] || die "rfm: $source holds $have purchases, not $m: delete them or use another database"
    t0=$(tnow)
    sed -e "s/__N__/$n/g" -e "s/__SOURCE__/$source/g" -e "s/__PREFIX__/$prefix/g" "$BENCH_HOME/dataset/rfm-customers.sql" \
        >"$BENCH_OUT/rfm-customers-$source.sql"
    bench_sql_file "$BENCH_OUT/rfm-customers-$source.sql"
    read -r first count < <(bench_sql "select min(id), count(*) from member where external_source = '$source'")
    [ "$count" = "$n" ] && [ "$(bench_sql "select max(id) - min(id) + 1 from member where external_source = '$source'")" = "$n" ] \
        || die "rfm: the $n customers of $source did not get consecutive ids"
    result rfm "generate_${source}_customers_seconds" "$(elapsed "$t0")" s "$n customers"
    t0=$(tnow)
    for ((from = 0; from < m; from += 1000000)); do
        chunk=$(( m - from < 1000000 ? m - from : 1000000 ))
        sed -e "s/__N__/$n/g" -e "s/__SOURCE__/$source/g" -e "s/__FROM__/$from/g" -e "s/__COUNT__/$chunk/g" \
            -e "s/__LAST__/$last/g" -e "s/__DAYS__/$days/g" "$BENCH_HOME/dataset/rfm-purchases.sql" \
            >"$BENCH_OUT/rfm-purchases.sql"
        bench_sql_file "$BENCH_OUT/rfm-purchases.sql" "SET @first = $first;"
        log "rfm: $source purchases $((from + chunk)) / $m"
    done
    result rfm "generate_${source}_purchases_seconds" "$(elapsed "$t0")" s "$m purchases"
}

rfm_snapshot() { # LABEL DATE -> snapshot id
    local body id
    body=$(rfm_api POST rfm/snapshots "{\"referenceDate\":\"$2\"}")
    id=$(jq -r .id <<<"$body")
    result rfm "snapshot_${1}_seconds" "$(cat "$BENCH_OUT/rfm-last.time")" s \
        "POST /admin/api/rfm/snapshots on $2: $(jq -r .customers <<<"$body") customers, $(jq -r .cells <<<"$body") cells, durationMs $(jq -r .durationMs <<<"$body")"
    echo "$id"
}

workload_rfm() {
    local n=${MARKET25_BENCH_RFM_CUSTOMERS:-1000000} m=${MARKET25_BENCH_RFM_PURCHASES:-10000000}
    local pool=${MARKET25_BENCH_RFM_BUFFER_POOL:-2147483648} small i july january body t0
    bench_buffer_pool rfm "$pool"

    # 1. CDNOW-sized
    rfm_generate BENCHCDNOW 6 23570 69659 1998-06-30 545
    for i in 1 2 3; do small=$(rfm_snapshot "cdnow_run$i" 1998-07-01); done
    t0=$(tnow)
    curl -s -u "$RFM_LOGIN" --max-time 600 -o "$BENCH_OUT/rfm-cdnow.csv" "${BENCH_ADMIN_URL}api/rfm/snapshots/$small/customers.csv" \
        || die "rfm: export failed"
    result rfm export_cdnow_csv_seconds "$(elapsed "$t0")" s "$(($(wc -l <"$BENCH_OUT/rfm-cdnow.csv") - 1)) lines"

    # 2. 1,000,000 customers with 10,000,000 purchases
    rfm_generate BENCHRFM 7 "$n" "$m" 2022-07-01 731
    bench_sql "analyze table purchase_history, member" >/dev/null
    july=$(rfm_snapshot big_2022_07_01 2022-07-01)
    january=$(rfm_snapshot big_2022_01_01 2022-01-01)
    t0=$(tnow)
    curl -s -u "$RFM_LOGIN" --max-time 1800 -o "$BENCH_OUT/rfm-big.csv" "${BENCH_ADMIN_URL}api/rfm/snapshots/$july/customers.csv" \
        || die "rfm: export failed"
    result rfm export_big_csv_seconds "$(elapsed "$t0")" s "$(($(wc -l <"$BENCH_OUT/rfm-big.csv") - 1)) lines"
    rm -f "$BENCH_OUT/rfm-big.csv"
    body=$(rfm_api GET "rfm/migration?from=$january&to=$july")
    result rfm migration_big_seconds "$(cat "$BENCH_OUT/rfm-last.time")" s \
        "GET /admin/api/rfm/migration: $(jq '.flows | length' <<<"$body") cell pairs, $(jq .toCustomers <<<"$body") customers"
    body=$(rfm_api POST rfm/current)
    result rfm nightly_rebuild_seconds "$(cat "$BENCH_OUT/rfm-last.time")" s \
        "POST /admin/api/rfm/current (the nightly job's rebuild): $(jq .customers <<<"$body") customers"

    # 3. MKT-13: what a paid order adds to its payment transaction, 1,000 times (the SQL of
    #    rfm.PurchaseBook.record and RfmSql.refreshCustomer, for customers spread over the big set)
    bench_sql_file "$BENCH_HOME/dataset/rfm-paid-orders.sql"
    t0=$(tnow)
    bench_sql "CALL rfm_bench_orders((select min(id) from member where external_source = 'BENCHRFM'), $n)" >/dev/null
    result rfm paid_order_update_ms "$(calc "$(elapsed "$t0") * 1000 / 1000" 2)" ms \
        "per paid order: purchase row, its item, the customer's current R/F/M (1,000 orders, one transaction each)"
    bench_sql "DROP PROCEDURE IF EXISTS rfm_bench_orders" >/dev/null
}
