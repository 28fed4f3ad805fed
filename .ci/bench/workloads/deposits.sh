# shellcheck shell=bash
# about: PAY-03 deposit batch: 10,000 signed deposit notifications for 10,000 unpaid bank-transfer orders, posted by the simulated bank and approved over JMS, end to end; ratio to 10,000 GET /health
#
# 10,000 unpaid bank-transfer orders (one 딤채 line each, a virtual account each, each of another
# member: paying updates the member's purchase history and R/F/M) are written in
# SQL (MARKET25_BENCH_DEPOSITS, default 10000). The simulated bank (java/DepositBench.java, the
# published demo key, so demo mode only) signs one exact notification per account and posts them
# to /bank/deposits with 8 connections, MARKET25_BENCH_DEPOSITS_PER_POST (default 100) per post as
# a bank's bulk report (1 = one post per deposit, the real-time way); the clock runs from the first
# post until every one of the orders is 입금완료 (target <= 30 s). The reference in the same run is as many GET /health on the
# same connections: the ratio deposits/reference compares across machines. Then 1,000 of the
# notifications are posted again: all must be answered DUPLICATE and change nothing.

deposits_orders() { # N: writes N unpaid bank-transfer orders with their accounts
    local n=$1
    bench_sql "
        delete from deposit_notification where notification_id like 'BENCH-%' or notification_id like 'BENCHDUP-%';
        set @product = (select id from product where code = '601041010112');
        set @now = utc_timestamp() + interval 9 hour;
        set @base = (select coalesce(max(id), 0) from customer_order);
        insert into customer_order (slip_no, member_id, status, channel, staff_login, branch_code, total_amount,
            recipient_kind, recipient_name, recipient_phone, recipient_postal_code, recipient_address, ordered_at,
            payment_underway, pay_by)
        select concat('8', lpad(@base + s.seq, 9, '0')), m.id, 'RECEIVED', 'INTERNET', 'WEB', '0040', 540000,
            'HOME', '벤치', '010-0000-0000', '17900', '벤치 주소', @now, false, @now + interval 3 day
        from seq_1_to_$n s join (select id, row_number() over (order by id desc) rn from member) m on m.rn = s.seq;
        insert into order_line (order_id, line_no, product_id, product_code, product_name, quantity, unit_price,
            line_amount, discount_bonus, sponsor_bonus, status, item_state)
        select o.id, 1, @product, '601041010112', '딤채고급형 신형(DP-601)', 1, 540000, 540000, 0, 0, 'RECEIVED', 'RECEIVED'
        from customer_order o where o.id > @base and o.slip_no like '8%';
        insert into payment (order_id, method, payer_name, amount, status, requested_at, reference, bank_name,
            virtual_account_no, deposit_deadline, gateway_name, ordered_at)
        select o.id, 'BANK_TRANSFER', '벤치', 540000, 'WAITING_FOR_DEPOSIT', @now, concat(o.slip_no, '-1'),
            '마켓25은행', concat('99', o.slip_no), @now + interval 3 day, 'market25-sim', o.ordered_at
        from customer_order o where o.id > @base and o.slip_no like '8%';
        select @base;"
}

workload_deposits() {
    local n=${MARKET25_BENCH_DEPOSITS:-10000} per_post=${MARKET25_BENCH_DEPOSITS_PER_POST:-100} threads=8 base accounts=$BENCH_OUT/deposits-accounts.tsv
    local t0 out ref dep total paid applied once dup_out seconds ratio
    command -v java >/dev/null || die "deposits: java is needed for the simulated bank"
    log "deposits: writing $n unpaid bank-transfer orders with their virtual accounts"
    base=$(deposits_orders "$n" | tail -n1)
    bench_sql "select p.virtual_account_no, p.amount from payment p join customer_order o on o.id = p.order_id
               where o.id > $base and o.slip_no like '8%' order by o.id" >"$accounts"
    [ "$(wc -l <"$accounts")" = "$n" ] || die "deposits: expected $n accounts, found $(wc -l <"$accounts")"

    out=$(java "$BENCH_HOME/java/DepositBench.java" reference "$BENCH_URL" "$accounts" "$threads")
    ref=$(sed -n 's/^seconds=\([0-9.]*\).*/\1/p' <<<"$out")
    result deposits reference_seconds "$ref" s "$n x GET /health, $threads connections ($out)"

    record_rss deposits before
    t0=$(tnow)
    out=$(java "$BENCH_HOME/java/DepositBench.java" deposits "$BENCH_URL" "$accounts" "$threads" BENCH "$per_post")
    dep=$(sed -n 's/^seconds=\([0-9.]*\).*/\1/p' <<<"$out")
    paid=0
    while :; do
        paid=$(bench_sql "select count(*) from customer_order where id > $base and slip_no like '8%' and status = 'PAID'")
        [ "$paid" -ge "$n" ] && break
        awk -v a="$t0" -v b="$(tnow)" 'BEGIN { exit !(b - a > 300) }' && break
        sleep 0.2
    done
    total=$(elapsed "$t0")
    record_rss deposits after
    # the JVM's compile of DepositBench.java is inside the clock: subtract it with the reference's own start-up
    result deposits post_seconds "$dep" s "$n signed notifications posted, $per_post per post, $threads connections ($out)"
    result deposits end_to_end_seconds "$total" s "first post until all $n orders 입금완료 (incl. ~1-2 s starting the bank's JVM); target <= 30 s"
    ratio=$(calc "$total / $ref" 2)
    result deposits ratio_to_reference "$ratio" x "end to end / $n GET /health"
    result deposits batch_tail_seconds "$(calc "$total - $dep" 1)" s "after the last post until the last order was paid"
    applied=$(bench_sql "select count(*) from deposit_notification where notification_id like 'BENCH-%' and status = 'APPLIED'")
    once=$(bench_sql "select count(*) from (select c.order_id from order_status_change c join customer_order o on o.id = c.order_id
        where o.id > $base and o.slip_no like '8%' and c.to_status = 'PAID' group by c.order_id having count(*) = 1) x")
    result deposits batch_sizes "$(bench_sql "select count(distinct processed_at) from deposit_notification where notification_id like 'BENCH-%'")" count "batches (distinct processed_at) that decided the $n"

    head -n 1000 "$accounts" >"$BENCH_OUT/deposits-dup.tsv"
    dup_out=$(java "$BENCH_HOME/java/DepositBench.java" deposits "$BENCH_URL" "$BENCH_OUT/deposits-dup.tsv" "$threads" BENCH)
    result deposits duplicates "$dup_out" - "1,000 notifications posted again: all 200:DUPLICATE expected"
    if [ "$paid" = "$n" ] && [ "$applied" = "$n" ] && [ "$once" = "$n" ] && [[ "$dup_out" == *"200:DUPLICATE=1000"* ]] \
        && [[ "$dup_out" != *","* ]]; then
        result deposits verified ok - "$n orders paid once each, $n notifications applied, duplicates changed nothing"
    else
        result deposits verified FAILED - "paid $paid, applied $applied, paid once $once of $n; duplicates: $dup_out"
    fi
}
