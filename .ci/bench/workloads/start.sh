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
    ready=$(elapsed "$t0")
    first=$(first_page 120) || die "the storefront did not answer after the restart"
    result start to_first_page_seconds "$(elapsed "$t0")" s "stop everything, then bring_up (MariaDB, DevServices, Payara) until GET / = 200"
    result start to_health_ready_seconds "$ready" s "until /health answered 200"
    result start first_page_seconds "$first" s "GET / right after /health said ready"
    record_rss start after_start
}
