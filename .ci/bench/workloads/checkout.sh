# shellcheck shell=bash
# about: sign in, add to cart, order, card payment through the connector and the approval queue; 2, 8 and 32 buyers; orders/min, p95 per order; then verifies it in SQL
#
# Each wrk connection is one buyer (a distinct bench member with its own session), see
# lua/checkout.lua. 1 order in 20 picks one of the five products stocked 30, so they sell out
# and 재고 부족 is answered and counted. After each run, once the approval queue has drained:
# orders paid = approvals the simulator gave = APPROVED payments, stock = before − sold for
# every product, and no error other than 재고 부족.
# Limits that could distort it: sign-ins are throttled only on failures (none here); at most
# five payment attempts per order and hour (one here).

# approvals on the simulator's books that were not taken back
sim_approvals() {
    local f=$BENCH_OUT/sim-approvals.tsv
    curl -sf --max-time 30 "$BENCH_SIM_URL/v1/sim/approvals" >"$f" || { log "note: simulator books unreadable"; echo 0; return 0; }
    awk -F'\t' 'NR > 1 && $4 == "false"' "$f" | wc -l
}

checkout_verify() { # BUYERS FIRST_ORDER_ID SIM_APPROVALS_BEFORE
    local n=$1 first=$2 sim_before=$3 i open paid approved received bad sim_after sim_new neg
    for i in $(seq 1 240); do
        open=$(bench_sql "select count(*) from payment where order_id >= $first and status in ('REQUESTED','AUTHORIZED','CANCELLING')")
        [ "$open" = 0 ] && break
        sleep 0.5
    done
    result checkout "b${n}_open_payments_after_drain" "$open" count "REQUESTED/AUTHORIZED left $((i / 2)) s after the run (0 expected)"
    paid=$(bench_sql "select count(*) from customer_order where id >= $first and status = 'PAID'")
    approved=$(bench_sql "select count(*) from payment where order_id >= $first and status = 'APPROVED'")
    received=$(bench_sql "select count(*) from customer_order where id >= $first and status <> 'PAID'")
    result checkout "b${n}_orders_paid" "$paid" count "orders of the run in 입금완료"
    result checkout "b${n}_payments_approved" "$approved" count "must equal orders paid"
    result checkout "b${n}_orders_not_paid" "$received" count "orders of the run not paid (0 expected)"
    if [ -n "$BENCH_SIM_URL" ]; then
        sim_after=$(sim_approvals)
        sim_new=$((sim_after - sim_before))
        result checkout "b${n}_simulator_approvals" "$sim_new" count "approvals the simulator gave during the run (must equal orders paid)"
    else
        sim_new=$paid
        result checkout "b${n}_simulator_approvals" "" - "simulator URL unknown: not checked"
    fi
    bad=$(bench_sql "select count(*) from market25_bench.stock_before b join product p on p.id = b.id
        left join (select l.product_id, sum(l.quantity) q from order_line l join customer_order o on o.id = l.order_id
                   where o.id >= $first and o.status <> 'CANCELLED' group by l.product_id) s on s.product_id = b.id
        where p.stock <> b.stock - coalesce(s.q, 0)")
    neg=$(bench_sql "select count(*) from product where stock < 0")
    result checkout "b${n}_stock_mismatches" "$bad" count "products whose stock <> before - sold (0 expected)"
    result checkout "b${n}_sold_out_products" "$(bench_sql "select count(*) from product where id between 1001 and 1005 and stock = 0")" count "of the 5 stocked 30"
    if [ "$paid" = "$approved" ] && [ "$paid" = "$sim_new" ] && [ "$bad" = 0 ] && [ "$neg" = 0 ] && [ "$received" = 0 ] && [ "$open" = 0 ]; then
        result checkout "b${n}_verified" ok - "paid = approved = simulator approvals, stock = before - sold"
    else
        result checkout "b${n}_verified" FAILED - "see the counts above"
    fi
}

workload_checkout() {
    local secs=${MARKET25_BENCH_CHECKOUT_SECONDS:-30} n offset=0 j first sim_before mins
    bench_find_sim
    [ -n "$BENCH_SIM_URL" ] || log "note: simulator URL not found (set MARKET25_BENCH_SIM_URL): approvals are not compared"
    bench_sql "create database if not exists market25_bench" >/dev/null
    log "checkout: warm-up, 2 buyers for 10 s"
    bench_wrk checkout-warmup -t2 -c2 -d10s --timeout 30s -s "$BENCH_HOME/lua/checkout.lua" "$BENCH_URL" -- 90000 "$BENCH_PASSWORD" 0 >/dev/null
    for n in ${MARKET25_BENCH_BUYERS:-2 8 32}; do
        offset=$((offset + 1000))
        bench_sql "drop table if exists market25_bench.stock_before;
                   create table market25_bench.stock_before as select id, stock from product" >/dev/null
        first=$(bench_sql "select coalesce(max(id), 0) + 1 from customer_order")
        sim_before=0
        [ -z "$BENCH_SIM_URL" ] || sim_before=$(sim_approvals)
        [ "$n" != 32 ] || bench_profile_start checkout $((secs + 5))
        log "checkout: $n buyers for $secs s"
        j=$(bench_wrk "checkout-$n" -t"$n" -c"$n" -d"${secs}s" --timeout 30s -s "$BENCH_HOME/lua/checkout.lua" \
            "$BENCH_URL" -- "$offset" "$BENCH_PASSWORD" 50)
        echo "$j" >"$BENCH_OUT/checkout-$n.json"
        mins=$(jq -r '.duration_us / 6e7' <<<"$j")
        result checkout "b${n}_orders_per_min" "$(calc "$(jq -r .orders <<<"$j") / $mins" 0)" orders/min "$n buyers, ${secs} s, sign-in included; target >= 6000 with 32"
        result checkout "b${n}_order_p50_ms" "$(jq -r .order_p50_ms <<<"$j")" ms "cart POST to order page"
        result checkout "b${n}_order_p95_ms" "$(jq -r .order_p95_ms <<<"$j")" ms "target < 300"
        result checkout "b${n}_order_p99_ms" "$(jq -r .order_p99_ms <<<"$j")" ms
        result checkout "b${n}_orders" "$(jq -r .orders <<<"$j")" count
        result checkout "b${n}_sold_out_answers" "$(jq -r .soldout <<<"$j")" count "422 재고 부족 (expected)"
        result checkout "b${n}_errors" "$(jq -r '.errors + .errors_socket + .errors_timeout' <<<"$j")" count "$(jq -r '.notes' <<<"$j" | cut -c1-200)"
        checkout_verify "$n" "$first" "$sim_before"
    done
    bench_profile_summary checkout
}
