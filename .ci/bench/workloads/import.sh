# shellcheck shell=bash
# about: bulk import (MEM-03) through the back office's API: the CDNOW log (69,659 lines), then 1,000,000 generated customers with 5% duplicates, merge-purge included, each timed from the request to DONE
#
# Both files are posted to POST /admin/api/imports as staff do it from a script, and the job is
# polled (GET /admin/api/imports/{id}) until it is DONE; the time is from the request to DONE as
# the poll sees it, and the job's own start..finish is recorded beside it. The generated list
# has 950,000 customers and 50,000 duplicates of them: 49,000 with the same phone written
# another way (+82 10 …) and the e-mail in capitals (sure: merged at once), 1,000 with another
# phone but the same name and address written another way (doubtful: the review list).
# Targets (issue 8 §6): CDNOW <= 5 s, 1,000,000 customers <= 60 s.

IMPORT_LOGIN=${MARKET25_BENCH_ADMIN_LOGIN:-admin}
IMPORT_PASSWORD=${MARKET25_BENCH_ADMIN_PASSWORD:-market25!}
IMPORT_DATA=${MARKET25_BENCH_DATA_DIR:-$REPO/../shared/data}

import_json_field() { # NAME: a number or string field of the JSON on stdin
    sed -n "s/.*\"$1\":\"\{0,1\}\([^,\"}]*\).*/\1/p" | head -n1
}

# import_run LABEL FORMAT FILE: posts the file, polls to the end, records the figures
import_run() {
    local label=$1 format=$2 file=$3 t0 out code body id status total
    t0=$(tnow)
    out=$(curl -s --max-time 600 -u "$IMPORT_LOGIN:$IMPORT_PASSWORD" -X POST --data-binary "@$file" \
        -H 'Content-Type: application/octet-stream' -w '\n%{http_code}' \
        "${BENCH_ADMIN_URL}api/imports?format=$format&name=$(basename "$file")")
    code=${out##*$'\n'}; body=${out%$'\n'*}
    [ "$code" = 202 ] || die "import ($label): the request answered HTTP $code: $body"
    id=$(import_json_field id <<<"$body")
    result import "${label}_upload_seconds" "$(elapsed "$t0")" s "the request: upload, hash, job opened (202)"
    status=RUNNING
    while [ "$status" = RUNNING ]; do
        sleep 0.2
        body=$(curl -s --max-time 60 -u "$IMPORT_LOGIN:$IMPORT_PASSWORD" "${BENCH_ADMIN_URL}api/imports/$id")
        status=$(import_json_field status <<<"$body")
        [ -n "$status" ] || die "import ($label): no progress for job $id: $body"
    done
    total=$(elapsed "$t0")
    printf '%s\n' "$body" >"$BENCH_OUT/import-$label.json"
    result import "${label}_total_seconds" "$total" s "$(import_json_field rowsRead <<<"$body") lines, from the request to DONE"
    result import "${label}_status" "$status" - "the job's end state"
    result import "${label}_job_seconds" "$(import_json_field elapsedSeconds <<<"$body")" s "the job's own start..finish on the server"
    for f in rowsRead imported rejected orders customersCreated customersMatched customersMerged reviewPairs; do
        result import "${label}_$f" "$(import_json_field "$f" <<<"$body")" count
    done
}

# 1,000,000 lines of name, phone, e-mail, address, company; every 20th line a duplicate
import_generate_customers() { # FILE [LINES]
    awk -v lines="${2:-1000000}" 'BEGIN {
        srand(25);
        split("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 홍", sur, " ");
        split("민준 서연 도윤 서윤 시우 지우 주원 하은 예준 지호 유진 수아 지민 현우 은서 건우 채원 우진 지아 선우", giv, " ");
        print "이름,휴대폰,이메일,주소,회사명";
        n = 0; d = 0;
        for (line = 1; line <= lines; line++) {
            if (line % 20 == 0) {
                d++; j = int(rand() * n) + 1;
                name = sur[j % 20 + 1] giv[int(j / 20) % 20 + 1];
                if (d % 50 == 0) {   # doubtful: another phone, same name and address written another way
                    printf "%s,010-9%03d-%04d,,서울 강남구 역삼동 %d-%d,\n", name, d % 1000, int(d / 1000), j % 9000 + 1, int(j / 9000);
                } else {             # sure: the same phone and e-mail written another way
                    printf "%s,+82 10 %04d %04d,C%d@EXAMPLE.COM,,\n", name, int(j / 10000), j % 10000, j;
                }
            } else {
                n++;
                name = sur[n % 20 + 1] giv[int(n / 20) % 20 + 1];
                printf "%s,010-%04d-%04d,c%d@example.com,서울특별시 강남구 역삼동 %d번지 %d호,(주)거래처%d\n",
                    name, int(n / 10000), n % 10000, n, n % 9000 + 1, int(n / 9000), n;
            }
        }
    }' >"$1"
}

workload_import() {
    local cdnow=$IMPORT_DATA/cdnow-master.txt customers=$BENCH_OUT/customers-1m.csv t0
    [ -r "$cdnow" ] || die "import: $cdnow not found (MARKET25_BENCH_DATA_DIR)"
    bench_buffer_pool import "${MARKET25_BENCH_IMPORT_BUFFER_POOL:-2147483648}"
    import_run cdnow cdnow "$cdnow"
    t0=$(tnow)
    import_generate_customers "$customers"
    result import customers_1m_generate_seconds "$(elapsed "$t0")" s "$(wc -c <"$customers") bytes"
    import_run customers_1m customers-csv "$customers"
    result import customers_1m_members "$(bench_sql "select count(*) from member where origin = 'IMPORT' and external_source = 'CUSTOMERS_CSV'")" count "members the list made (merged ones kept)"
    result import customers_1m_open_review "$(bench_sql "select count(*) from merge_candidate where status = 'OPEN'")" count "doubtful pairs waiting for staff"
    rm -f "$customers"
}
