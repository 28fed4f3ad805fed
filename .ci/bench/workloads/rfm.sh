# shellcheck shell=bash
# about: RFM snapshots (MKT-01) over generated customers and purchases (default 1,000,000 / 10,000,000), through the API
#
# Generates MARKET25_BENCH_RFM_CUSTOMERS customers (origin IMPORT, member numbers R…) and
# MARKET25_BENCH_RFM_PURCHASES purchases (source BENCH) over two years in SQL from the sequence
# engine, deterministic like the rest of the data set (purchases are laid out customer by customer,
# so the indexes fill in order, and the number per customer falls from hundreds to none along the
# customer numbers: F and M spread, and some customers are not scored), then takes snapshots the way staff do
# (POST /admin/api/rfm/snapshots): over everything, and once more to see it repeat. The time is
# the application's own (durationMs: the INSERT … SELECT with three NTILE window functions) and
# the request's.

RFM_ADMIN=${MARKET25_BENCH_ADMIN_LOGIN:-admin}:${MARKET25_BENCH_ADMIN_PASSWORD:-market25!}

rfm_generate() {
    local customers=$1 purchases=$2 t0 first chunk from
    t0=$(tnow)
    bench_sql "SET SESSION unique_checks = 0;
        INSERT INTO member (member_no, name, phone, email, postal_code, address, member_type, origin,
                            external_source, external_id, joined_at, updated_at)
        SELECT CONCAT('R', LPAD(seq, 9, '0')), CONCAT('고객', seq), CONCAT('010-', LPAD(seq % 10000, 4, '0'), '-', LPAD(seq DIV 10000 % 10000, 4, '0')),
               CONCAT('r', seq, '@bench.example'), '06236', '서울 강남구 테헤란로', 'REGULAR', 'IMPORT',
               'bench', CONCAT('B', seq), '2024-01-01', '2024-01-01'
        FROM seq_1_to_$customers" >/dev/null
    result rfm customers_generated_seconds "$(elapsed "$t0")" s "$customers customers"
    first=$(bench_sql "select min(id) from member where member_no like 'R%' and origin = 'IMPORT'")
    t0=$(tnow)
    chunk=1000000
    for ((from = 0; from < purchases; from += chunk)); do
        bench_sql "SET SESSION unique_checks = 0;
            INSERT INTO purchase_history (customer_id, purchased_on, amount, quantity, source, source_ref, cancelled)
            SELECT $first + FLOOR($customers * POW((s.seq - 1) * 1e0 / $purchases, 1.5)),
                   DATE('2024-01-01') + INTERVAL ((s.seq * 7919) % 730) DAY,
                   1000 + ((s.seq * 104729) % 200) * 500, 1 + s.seq % 3, 'BENCH', LPAD(s.seq, 10, '0'), s.seq % 50 = 0
            FROM seq_$((from + 1))_to_$((from + chunk < purchases ? from + chunk : purchases)) s" >/dev/null
    done
    result rfm purchases_generated_seconds "$(elapsed "$t0")" s "$purchases purchases over 730 days, 1 in 50 cancelled"
    result rfm customers_with_purchases "$(bench_sql "select count(distinct customer_id) from purchase_history where source = 'BENCH'")" count
}

rfm_snapshot() { # LABEL DATE
    local out code body t0
    t0=$(tnow)
    out=$(curl -s --max-time 900 -u "$RFM_ADMIN" -H 'Content-Type: application/json' \
        -d "{\"referenceDate\":\"$2\"}" -w '\n%{http_code}' "${BENCH_ADMIN_URL}api/rfm/snapshots")
    code=${out##*$'\n'}; body=${out%$'\n'*}
    [ "$code" = 201 ] || die "rfm: the snapshot answered HTTP $code: $body"
    printf '%s\n' "$body" >"$BENCH_OUT/rfm-$1.json"
    result rfm "${1}_request_seconds" "$(elapsed "$t0")" s "POST /admin/api/rfm/snapshots, reference date $2"
    result rfm "${1}_duration_ms" "$(jq -r .durationMs <<<"$body")" ms "the snapshot's own SQL (target <= 30,000 for 1M customers / 10M purchases)"
    result rfm "${1}_customers" "$(jq -r .customers <<<"$body")" count "customers scored"
    result rfm "${1}_cells" "$(jq -r .cells <<<"$body")" count "cells with customers (of 125)"
}

workload_rfm() {
    local customers=${MARKET25_BENCH_RFM_CUSTOMERS:-1000000} purchases=${MARKET25_BENCH_RFM_PURCHASES:-10000000} id tiles
    if [ "$(bench_sql "select count(*) from purchase_history where source = 'BENCH'")" = 0 ]; then
        rfm_generate "$customers" "$purchases"
    fi
    rfm_snapshot all_1 2025-12-31
    rfm_snapshot all_2 2025-12-31
    id=$(jq -r .id "$BENCH_OUT/rfm-all_2.json")
    # NTILE puts ceil or floor of N/5 in each tile: check that on R
    tiles=$(bench_sql "select max(n) - min(n) from (select r, count(*) n from rfm_score where snapshot_id = $id group by r) t")
    if [ "$tiles" -le 1 ]; then
        result rfm verified ok - "each R tile holds N/5 customers (difference $tiles)"
    else
        result rfm verified FAILED - "R tiles differ by $tiles customers"
    fi
}
