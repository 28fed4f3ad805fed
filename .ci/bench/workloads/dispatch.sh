# shellcheck shell=bash
# about: campaign dispatch (MKT-05/06): N customers with SMS and e-mail consent (100,000) all treated (no control group: the bench measures sending) in a running campaign; one SMS project through the demo SMS gateway simulator, timed from 발송 to the last delivery report, and one e-mail project (HTML and text, tracked links) timed from 발송 to the last mail accepted by the SMTP server
#
# Size: MARKET25_BENCH_DISPATCH_CUSTOMERS (100000). Everything but the customers goes through the
# back office's JSON API (HTTP Basic, demo admin) as a marketer's script would: campaign, target
# list upload (customer numbers), approval, start, template, project, dispatch; the poll reads
# GET /admin/api/projects/{id}, the delivery reports in sms_message and the mails in
# email_message. Targets (issue 9 §6): 100,000 SMS through the simulator <= 60 s; 100,000 e-mail
# recipients from injection to the SMTP server <= 60 s. Needs demo mode (the simulator) and, for
# the e-mail part, the SMTP sink (MARKET25_MAIL_SINK=1; the bench's own stack has it): the sink's
# own count of mails received is checked against the shop's.

DISPATCH_LOGIN=${MARKET25_BENCH_ADMIN_LOGIN:-admin}:${MARKET25_BENCH_ADMIN_PASSWORD:-market25!}

dispatch_api() { # METHOD PATH [BODY] [CONTENT-TYPE] -> body (dies unless 2xx)
    local out code
    out=$(curl -s -u "$DISPATCH_LOGIN" -X "$1" --max-time 600 -w '\n%{http_code}' \
        -H "Content-Type: ${4:-application/json}" ${3:+--data-binary "$3"} "${BENCH_ADMIN_URL}api/$2") || die "dispatch: $1 $2 failed"
    code=${out##*$'\n'}
    case "$code" in 2??) ;; *) die "dispatch: $1 $2 answered $code: ${out%$'\n'*}" ;; esac
    echo "${out%$'\n'*}"
}

workload_dispatch() {
    local n=${MARKET25_BENCH_DISPATCH_CUSTOMERS:-100000} tag today campaign template project t0 list status sent reported
    tag=BD$(date +%s)
    today=$(TZ=Asia/Seoul date +%F)
    t0=$(tnow)
    bench_sql "INSERT INTO member (member_no, name, phone, email, member_type, origin, external_source, external_id,
        joined_at, updated_at, consent_sms, consent_email)
        SELECT CONCAT('$tag', LPAD(seq, 7, '0')), CONCAT('발송벤치', seq),
               CONCAT('010-5', LPAD(seq DIV 10000, 3, '0'), '-', LPAD(seq MOD 10000, 4, '0')),
               CONCAT(LOWER('$tag'), seq, '@bench.example'), 'INTERNET', 'IMPORT', '$tag', seq, NOW(), NOW(), TRUE, TRUE
        FROM seq_1_to_$n" >/dev/null
    result dispatch customers_generate_seconds "$(elapsed "$t0")" s "$n customers with SMS and e-mail consent"
    list=$BENCH_OUT/dispatch-targets.csv
    { echo customer_id; bench_sql "SELECT member_no FROM member WHERE external_source = '$tag' ORDER BY id"; } >"$list"

    campaign=$(dispatch_api POST campaigns "{\"name\":\"발송 벤치 $tag\",\"type\":\"PROMOTION\",\"startDate\":\"$today\",
        \"endDate\":\"$today\",\"responseWindowDays\":7,\"budget\":0,\"targetRevenue\":0,\"channels\":[\"SMS\",\"EMAIL\"]}" | jq -r .id)
    t0=$(tnow)
    dispatch_api POST "campaigns/$campaign/targets?controlRatio=0&seed=1" "@$list" text/csv >"$BENCH_OUT/dispatch-draw.json"
    result dispatch draw_seconds "$(elapsed "$t0")" s "$n listed: $(jq -r .treatment "$BENCH_OUT/dispatch-draw.json") treated, $(jq -r .control "$BENCH_OUT/dispatch-draw.json") control (POST …/targets, CSV upload)"
    dispatch_api POST "campaigns/$campaign/approval-request" >/dev/null
    dispatch_api POST "campaigns/$campaign/approval" >/dev/null
    dispatch_api POST "campaigns/$campaign/start" >/dev/null
    template=$(dispatch_api POST templates "{\"name\":\"발송 벤치 $tag\",\"channel\":\"SMS\",\"textBody\":\"{{이름}}님, 오늘만 특가입니다.\"}" | jq -r .id)
    project=$(dispatch_api POST projects "{\"campaign\":$campaign,\"channel\":\"SMS\",\"name\":\"벤치\",\"templateId\":$template,\"unitCost\":9.9}" | jq -r .id)
    local treated
    treated=$(jq -r .treatment "$BENCH_OUT/dispatch-draw.json")

    t0=$(tnow)
    dispatch_api POST "projects/$project/dispatch" >/dev/null
    result dispatch dispatch_request_seconds "$(elapsed "$t0")" s "POST …/dispatch: ledger of $treated rows written, batches queued"
    while :; do
        status=$(dispatch_api GET "projects/$project" | jq -r .status)
        [ "$status" = DONE ] && break
        [ "$(calc "$(elapsed "$t0") > 600" 0)" = 1 ] && die "dispatch: project $project not done after 600 s"
        sleep 0.5
    done
    sent=$(dispatch_api GET "projects/$project" | jq -r .sent)
    result dispatch sms_queued_seconds "$(elapsed "$t0")" s "$sent of $treated treated customers queued to the SMS gateway (ledger SENT)"
    while :; do
        reported=$(bench_sql "SELECT COUNT(*) FROM sms_message WHERE source = 'P$project' AND reported_at IS NOT NULL")
        [ "$reported" -ge "$sent" ] && break
        [ "$(calc "$(elapsed "$t0") > 900" 0)" = 1 ] && die "dispatch: $reported of $sent delivery reports after 900 s"
        sleep 0.5
    done
    result dispatch sms_delivered_seconds "$(elapsed "$t0")" s "$reported delivery reports recorded (simulator), from 발송"
    result dispatch sms_twice "$(bench_sql "SELECT COUNT(*) - COUNT(DISTINCT customer_id) FROM sms_message WHERE source = 'P$project'")" count "customers with more than one message of the project"
    dispatch_email "$campaign" "$tag" "$treated"
}

# The e-mail project of the same campaign: every treated customer gets one mail (HTML with a
# tracked link, text part, unsubscribe), sent over the SMTP connections of the outbound listener.
dispatch_email() {
    local campaign=$1 tag=$2 treated=$3 template project t0 status sent queued sink_before sink_after
    if ! grep -q MARKET25-SMTP-SINK "$S_DEVSERVICES/devservices.log" 2>/dev/null; then
        log "dispatch: the e-mail part needs the SMTP sink (the bench's own stack, or .ci/market25 start with MARKET25_MAIL_SINK=1): not measured"
        return 0
    fi
    sink_before=$(grep -o 'MARKET25-SMTP-SINK accepted=[0-9]*' "$S_DEVSERVICES/devservices.log" | tail -n1 | cut -d= -f2)
    template=$(dispatch_api POST templates "{\"name\":\"메일 벤치 $tag\",\"channel\":\"EMAIL\",
        \"subject\":\"{{이름}}님, 오늘만 특가\",\"htmlBody\":\"<p>{{이름}}님, <a href=\\\"https://shop.example.com/sale\\\">특가 보기</a></p>\",
        \"textBody\":\"{{이름}}님, 특가 보기: https://shop.example.com/sale\"}" | jq -r .id)
    project=$(dispatch_api POST projects "{\"campaign\":$campaign,\"channel\":\"EMAIL\",\"name\":\"메일 벤치\",\"templateId\":$template,\"unitCost\":1}" | jq -r .id)
    t0=$(tnow)
    dispatch_api POST "projects/$project/dispatch" >/dev/null
    result dispatch email_dispatch_request_seconds "$(elapsed "$t0")" s "POST …/dispatch (e-mail): ledger of $treated rows written, batches queued"
    while :; do
        status=$(dispatch_api GET "projects/$project" | jq -r .status)
        [ "$status" = DONE ] && break
        [ "$(calc "$(elapsed "$t0") > 600" 0)" = 1 ] && die "dispatch: e-mail project $project not done after 600 s"
        sleep 0.5
    done
    queued=$(dispatch_api GET "projects/$project" | jq -r .sent)
    result dispatch email_queued_seconds "$(elapsed "$t0")" s "$queued of $treated treated customers' mails made and queued (ledger SENT)"
    while :; do
        sent=$(bench_sql "SELECT COUNT(*) FROM email_message WHERE source = 'P$project' AND status IN ('SENT', 'FAILED', 'SKIPPED')")
        [ "$sent" -ge "$queued" ] && break
        [ "$(calc "$(elapsed "$t0") > 900" 0)" = 1 ] && die "dispatch: $sent of $queued mails answered by the SMTP server after 900 s"
        sleep 0.5
    done
    result dispatch email_smtp_seconds "$(elapsed "$t0")" s "$(bench_sql "SELECT COUNT(*) FROM email_message WHERE source = 'P$project' AND status = 'SENT'") mails accepted by the SMTP server, from 발송"
    sleep 3 # the sink prints its count every 2 s
    sink_after=$(grep -o 'MARKET25-SMTP-SINK accepted=[0-9]*' "$S_DEVSERVICES/devservices.log" | tail -n1 | cut -d= -f2)
    result dispatch email_received_by_smtp "$((sink_after - ${sink_before:-0}))" count "mails the SMTP server received (its own count; the shop recorded $sent)"
    result dispatch email_twice "$(bench_sql "SELECT COUNT(*) - COUNT(DISTINCT customer_id) FROM email_message WHERE source = 'P$project'")" count "customers with more than one mail of the project"
}
