package com.market25.campaign.channel;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records the gateway's delivery reports (MKT-06) exactly once per message: the rows of a batch
 * still without a report are locked ({@code reported_at is null … for update}), get their status
 * in one statement, and each message to a customer becomes one line of the customer's contact
 * history (channel SMS) in one {@code INSERT … SELECT}. A redelivered or repeated report finds
 * {@code reported_at} set and changes nothing; so does a report for a message not ours.
 *
 * <p>On the queue a batch of reports is one text message, a line per report:
 * {@code id TAB status TAB reference TAB epoch-millis}.
 */
@Stateless
public class SmsReports {

    static final int BATCH = 500;

    @PersistenceContext
    private EntityManager em;

    /** @return how many reports were new (recorded now) */
    @PermitAll
    public int record(List<SmsReport> reports) {
        Map<Long, SmsReport> first = new LinkedHashMap<>();
        for (SmsReport r : reports) {
            if (r.status().reportable()) {
                first.putIfAbsent(r.smsId(), r);
            }
        }
        List<SmsReport> unique = new ArrayList<>(first.values());
        int recorded = 0;
        for (int i = 0; i < unique.size(); i += BATCH) {
            recorded += recordBatch(unique.subList(i, Math.min(unique.size(), i + BATCH)));
        }
        return recorded;
    }

    private int recordBatch(List<SmsReport> batch) {
        List<Long> ids = batch.stream().map(SmsReport::smsId).toList();
        @SuppressWarnings("unchecked")
        List<Number> open = em.createNativeQuery("select id from sms_message where id in (?1) and reported_at is null"
                        + " order by id for update")
                .setParameter(1, ids).getResultList();
        if (open.isEmpty()) {
            return 0;
        }
        Set<Long> pending = open.stream().map(Number::longValue).collect(Collectors.toSet());
        List<SmsReport> fresh = batch.stream().filter(r -> pending.contains(r.smsId())).toList();
        StringBuilder status = new StringBuilder("case id");
        StringBuilder ref = new StringBuilder("case id");
        StringBuilder at = new StringBuilder("case id");
        List<Object> params = new ArrayList<>();
        for (SmsReport r : fresh) {
            status.append(" when ?").append(params.size() + 1).append(" then ?").append(params.size() + 2);
            params.add(r.smsId());
            params.add(r.status().name());
            ref.append(" when ?").append(params.size() + 1).append(" then ?").append(params.size() + 2);
            params.add(r.smsId());
            // sms_message.report_ref is VARCHAR(80)
            params.add(r.reportRef() == null ? null : r.reportRef().substring(0, Math.min(80, r.reportRef().length())));
            at.append(" when ?").append(params.size() + 1).append(" then ?").append(params.size() + 2);
            params.add(r.smsId());
            params.add(Timestamp.from(r.reportedAt() == null ? Instant.now() : r.reportedAt()));
        }
        params.add(fresh.stream().map(SmsReport::smsId).toList());
        Query update = em.createNativeQuery("update sms_message set status = " + status + " end, report_ref = " + ref
                + " end, reported_at = " + at + " end where id in (?" + params.size() + ") and reported_at is null");
        for (int p = 0; p < params.size(); p++) {
            update.setParameter(p + 1, params.get(p));
        }
        int updated = update.executeUpdate();
        // the customer's timeline: what was sent (with the ad prefix), shortened to the column
        em.createNativeQuery("insert into contact_history (member_id, channel, campaign_id, subject, contacted_at, outcome)"
                        + " select customer_id, 'SMS', null, left(replace(body, char(10), ' '), 200), reported_at, status"
                        + " from sms_message where id in (?1) and customer_id is not null")
                .setParameter(1, fresh.stream().map(SmsReport::smsId).toList())
                .executeUpdate();
        return updated;
    }

    /** The reports as one queue message. */
    public static String format(List<SmsReport> reports) {
        StringBuilder out = new StringBuilder(reports.size() * 40);
        for (SmsReport r : reports) {
            out.append(r.smsId()).append('\t').append(r.status().name()).append('\t')
                    .append(r.reportRef() == null ? "" : r.reportRef().replaceAll("[\\t\\n]", " ")).append('\t')
                    .append(r.reportedAt() == null ? System.currentTimeMillis() : r.reportedAt().toEpochMilli())
                    .append('\n');
        }
        return out.toString();
    }

    /** The reports of one queue message; a line that is not a report is an error (the broker keeps it). */
    public static List<SmsReport> parse(String text) {
        List<SmsReport> reports = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw new IllegalArgumentException("not an SMS report: " + line);
            }
            reports.add(new SmsReport(Long.parseLong(f[0]), SmsStatus.valueOf(f[1]), f[2].isEmpty() ? null : f[2],
                    Instant.ofEpochMilli(Long.parseLong(f[3]))));
        }
        return reports;
    }
}
