# shellcheck shell=bash
# about: home, category page, product page and the static shop.css, 64 connections / 2 threads each; req/s, p50/p95/p99, ratio to static
#
# Every page kind runs on its own (MARKET25_BENCH_BROWSE_SECONDS, 20 s), after a 5 s warm-up,
# between two runs of the static file: the ratio page/static is what compares across machines
# and runs, because a shared 2-core machine moves absolute numbers from run to run.

browse_run() { # KIND SECONDS LABEL -> JSON
    bench_wrk "$3" -t2 -c64 -d"$2s" --timeout 10s --latency -s "$BENCH_HOME/lua/browse.lua" "$BENCH_URL" -- "$1"
}

# does a page of this kind, asked for without a cookie, start an HTTP session?
browse_sets_cookie() { # PATH
    curl -s -o /dev/null -D - --max-time 30 "${BENCH_URL%/}$1" | grep -ci '^set-cookie: *JSESSIONID' || true
}

workload_browse() {
    local secs=${MARKET25_BENCH_BROWSE_SECONDS:-20} kind j rps static1 static2 static ratio p
    local -A paths=([static]="/static/shop.css" [home]="/" [category]="/category/HOME?page=2" [product]="/product/910000000006")
    for kind in static home category product; do
        p=${paths[$kind]}
        result browse "${kind}_bytes" "$(curl -s -o /dev/null -w '%{size_download}' --max-time 30 "${BENCH_URL%/}$p")" bytes "GET $p"
        result browse "${kind}_new_session_per_request" "$(browse_sets_cookie "$p")" "0/1" "Set-Cookie JSESSIONID without a cookie"
    done
    record_rss browse before
    log "browse: warm-up, 5 s per page kind"
    for kind in static home category product; do browse_run "$kind" 5 "warmup-$kind" >/dev/null; done

    j=$(browse_run static "$secs" static-1)
    static1=$(jq -r '.requests / (.duration_us / 1e6)' <<<"$j")
    bench_profile_start browse $((3 * secs + 5))
    for kind in home category product; do
        j=$(browse_run "$kind" "$secs" "$kind")
        echo "$j" >"$BENCH_OUT/browse-$kind.json"
    done
    j=$(browse_run static "$secs" static-2)
    static2=$(jq -r '.requests / (.duration_us / 1e6)' <<<"$j")
    static=$(calc "($static1 + $static2) / 2")
    result browse static_rps "$static" req/s "mean of a run before ($(calc "$static1" 0)) and after ($(calc "$static2" 0)) the pages"
    for kind in home category product; do
        j=$(cat "$BENCH_OUT/browse-$kind.json")
        rps=$(jq -r '.requests / (.duration_us / 1e6)' <<<"$j")
        ratio=$(calc "$rps / $static" 3)
        result browse "${kind}_rps" "$(calc "$rps")" req/s "64 connections, ${secs} s"
        result browse "${kind}_ratio_to_static" "$ratio" x "target >= 0.2"
        result browse "${kind}_p50_ms" "$(jq -r '.p50_us / 1000' <<<"$j")" ms
        result browse "${kind}_p95_ms" "$(jq -r '.p95_us / 1000' <<<"$j")" ms "target < 50"
        result browse "${kind}_p99_ms" "$(jq -r '.p99_us / 1000' <<<"$j")" ms "target < 100"
        result browse "${kind}_errors" "$(jq -r '.errors_status + .errors_timeout + .errors_connect + .errors_read + .errors_write' <<<"$j")" count "non-2xx/3xx, timeouts, socket errors"
    done
    bench_profile_summary browse
    record_rss browse after
}
