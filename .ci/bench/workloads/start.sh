# shellcheck shell=bash
# shellcheck disable=SC2034 # the S_* stack description and BENCH_* settings are read by .ci/market25 and the workloads
# about: stop the whole stack, then time the run command's path to the first page (warm machine, data set loaded) and the resident memory of every process
#
# The same bring_up as `.ci/market25 start` on a stack that exists (domain made, EAR deployed,
# database full): what an operator waits for after a reboot or a crash of everything.

workload_start() {
    local t0 first ready
    if [ -z "$S_NAME" ]; then
        log "start: skipped (a stack given by MARKET25_BENCH_URL cannot be restarted from here)"
        result start skipped 1 - "stack given by URL"
        return 0
    fi
    bench_stop_stack
    t0=$(tnow)
    STARTED=()
    bring_up
    result start to_wait_ready_seconds "$(elapsed "$t0")" s "until bring_up returned (/health = 200, possibly Payara's own)"
    app_health 600 || die "the application's /health did not say UP after the restart"
    ready=$(elapsed "$t0")
    first=$(first_page 600) || die "the storefront did not answer after the restart"
    result start to_first_page_seconds "$(elapsed "$t0")" s "stop everything, then bring_up (MariaDB, DevServices, Payara) until GET / is the shop's page"
    result start to_app_health_seconds "$ready" s "until the application's /health said database and broker UP"
    result start first_page_seconds "$first" s "GET / right after /health said ready"
    record_rss start after_start
}
