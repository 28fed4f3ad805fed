package com.market25.customerimport;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * Applies a job's staged rows in the caller's one transaction, set-based: a handful of
 * {@code INSERT … SELECT} and {@code UPDATE … JOIN} statements whatever the number of rows,
 * never one entity per row.
 *
 * <p>Purchase logs: the file's distinct customer ids that are new in the format's id namespace
 * are ranked in ascending id order (numbers as numbers) and become customers in that order, so
 * their member numbers ({@code member_no_seq}) ascend with the ids whatever the order of the
 * lines; ids known from an earlier file attach to their customer. Orders go to
 * {@code purchase_history} only (source = the format, source_ref = file hash + line or
 * invoice, unique), never to {@code customer_order}: no closing and no bonus sees them.
 *
 * <p>Customer lists: merge-purge. Lines that share a phone key, an e-mail key or an id are one
 * customer (sure); so is a line with the phone, e-mail or id of an existing customer. Every line
 * becomes a customer of its own, and every sure duplicate is merged at once into the survivor
 * (the existing customer, else the group's first line), recorded in {@code member_merge} so it
 * can be undone. Same name and address, or same name at the same company, with no sure match is
 * doubtful: the pair waits in {@code merge_candidate} for staff.
 */
final class ImportApplication {

    /** Label propagation over phone, e-mail and id groups ends long before this; a bound against a bug, not a limit. */
    private static final int MAX_PASSES = 50;

    private final EntityManager em;
    private final ImportJobs.JobState job;
    private final Timestamp now = Timestamp.valueOf(LocalDateTime.now());

    ImportApplication(EntityManager em, ImportJobs.JobState job) {
        this.em = em;
        this.job = job;
    }

    void apply() {
        if (!ImportWorker.customerList(job)) {
            applyPurchaseLog();
        } else {
            applyCustomerList();
        }
    }

    private void applyPurchaseLog() {
        String source = job.format().externalSource();
        int distinct = ((Number) em.createNativeQuery("select count(distinct external_id) from import_row where job_id = ?1")
                .setParameter(1, job.id()).getSingleResult()).intValue();
        int created = update("insert into import_customer (job_id, id_rank, external_id)"
                + " select ?1, row_number() over (order by d.id_number is null, d.id_number, d.external_id), d.external_id"
                + " from (select external_id, min(id_number) id_number from import_row where job_id = ?1"
                + "       group by external_id) d"
                + " where not exists (select 1 from member m where m.external_source = ?2 and m.external_id = d.external_id)",
                job.id(), source);
        // one statement in rank order: the sequence hands out its numbers in the order rows are produced
        update("insert into member (member_no, name, member_type, origin, external_source, external_id, joined_at,"
                + " updated_at, created_by, updated_by, import_job_id, name_address_key)"
                + " select nextval(member_no_seq), '', 'REGULAR', 'IMPORT', ?2, c.external_id, ?3, ?3, ?4, ?4, ?1, ''"
                + " from import_customer c where c.job_id = ?1 order by c.id_rank",
                job.id(), source, now, job.startedBy());
        String ref = job.fileHash().substring(0, 16) + ":";
        // a customer merged into another since an earlier file: the orders go to the one they were merged into
        int orders = update("insert ignore into purchase_history (customer_id, purchased_on, amount, quantity, source,"
                + " source_ref, cancelled)"
                + " select coalesce(m.merged_into, m.id), r.purchased_on, r.amount, r.quantity, ?2, concat(?3, r.line_no),"
                + " r.cancelled from import_row r join member m on m.external_source = ?4 and m.external_id = r.external_id"
                + " where r.job_id = ?1 and r.order_ref is null",
                job.id(), job.format().purchaseSource(), ref, source);
        // invoice files: the lines of one invoice are one order, wherever they stand in the file
        orders += update("insert ignore into purchase_history (customer_id, purchased_on, amount, quantity, source,"
                + " source_ref, cancelled)"
                + " select min(coalesce(m.merged_into, m.id)), min(r.purchased_on), sum(r.amount), sum(r.quantity), ?2,"
                + " concat(?3, r.order_ref), max(r.cancelled)"
                + " from import_row r join member m on m.external_source = ?4 and m.external_id = r.external_id"
                + " where r.job_id = ?1 and r.order_ref is not null group by r.order_ref",
                job.id(), job.format().purchaseSource(), ref, source);
        int imported = ((Number) em.createNativeQuery("select count(*) from import_row where job_id = ?1")
                .setParameter(1, job.id()).getSingleResult()).intValue();
        done(imported, orders, created, distinct - created, 0, 0);
    }

    private void applyCustomerList() {
        long id = job.id();
        String source = job.format().externalSource();
        // 1. groups within the file: lines sharing a phone, an e-mail or an id get the group's first line
        for (String key : new String[] {"phone_key", "email_key", "external_id"}) {
            update("update import_row r join (select " + key + " k, min(line_no) first from import_row"
                    + " where job_id = ?1 and " + key + " is not null group by " + key + " having count(*) > 1) g"
                    + " on r." + key + " = g.k set r.cluster_line = least(coalesce(r.cluster_line, r.line_no), g.first)"
                    + " where r.job_id = ?1", id);
        }
        // a line can join two groups (phone of one, e-mail of another): spread the smallest first line until nothing moves
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            int moved = 0;
            for (String key : new String[] {"phone_key", "email_key", "external_id"}) {
                moved += update("update import_row r join (select " + key + " k, min(cluster_line) first from import_row"
                        + " where job_id = ?1 and cluster_line is not null and " + key + " is not null group by " + key
                        + ") g on r." + key + " = g.k set r.cluster_line = g.first"
                        + " where r.job_id = ?1 and r.cluster_line is not null and r.cluster_line > g.first", id);
            }
            if (moved == 0) {
                break;
            }
        }
        update("update import_row set cluster_line = line_no where job_id = ?1 and cluster_line is null", id);

        // 2. existing customers that are surely the same: the same id of this format, phone or e-mail
        update("update import_row r join member m on m.external_source = ?2 and m.external_id = r.external_id"
                + " set r.existing_id = coalesce(m.merged_into, m.id) where r.job_id = ?1", id, source);
        for (String key : new String[] {"phone_key", "email_key"}) {
            update("update import_row r join (select m." + key + " k, min(m.id) first from member m"
                    + " join (select distinct " + key + " k from import_row where job_id = ?1 and " + key + " is not null) f"
                    + " on m." + key + " = f.k where m.merged_into is null and m.erased_at is null group by m." + key + ") e"
                    + " on r." + key + " = e.k set r.existing_id = e.first where r.job_id = ?1 and r.existing_id is null", id);
        }
        // the whole group follows the existing customer any of its lines found
        update("update import_row r join (select cluster_line, min(existing_id) e from import_row"
                + " where job_id = ?1 and existing_id is not null group by cluster_line) g on r.cluster_line = g.cluster_line"
                + " set r.existing_id = g.e where r.job_id = ?1", id);

        // 3. every line becomes a customer, numbered in ascending id order (then line order); an id goes to
        //    the first line that has it and only when no customer of this format has it yet
        update("insert into member (member_no, name, phone, email, address, company_name, name_key, phone_key, email_key,"
                + " company_key, name_address_key, member_type, origin, external_source, external_id, joined_at,"
                + " updated_at, created_by, updated_by, import_job_id, import_line)"
                + " select nextval(member_no_seq), coalesce(r.name, ''), r.phone, r.email, r.address, r.company, r.name_key,"
                + " r.phone_key, r.email_key, r.company_key, coalesce(r.name_address_key, ''), 'REGULAR', 'IMPORT', ?2,"
                + " case when r.external_id is not null and r.existing_id is null and r.line_no = (select min(x.line_no)"
                + "      from import_row x where x.job_id = r.job_id and x.external_id = r.external_id)"
                + "      then r.external_id end, ?3, ?3, ?4, ?4, ?1, r.line_no"
                + " from import_row r where r.job_id = ?1"
                + " order by r.id_number is null, r.id_number, r.external_id, r.line_no", id, source, now, job.startedBy());
        update("update import_row r join member m on m.import_job_id = ?1 and m.import_line = r.line_no"
                + " set r.member_id = m.id where r.job_id = ?1", id);

        // 4. sure duplicates merged into the survivor: the existing customer, else the group's first line
        update("update import_row r join import_row h on h.job_id = r.job_id and h.line_no = r.cluster_line"
                + " set r.survivor_id = coalesce(r.existing_id, h.member_id) where r.job_id = ?1", id);
        int merged = update("insert into member_merge (kept_id, merged_id, rule, job_id, merged_by, merged_at)"
                + " select r.survivor_id, r.member_id, case when r.phone_key = s.phone_key then 'PHONE'"
                + "   when r.email_key = s.email_key then 'EMAIL' when r.external_id = s.external_id then 'ID'"
                + "   else 'GROUP' end, ?1, ?2, ?3"
                + " from import_row r join member s on s.id = r.survivor_id"
                + " where r.job_id = ?1 and r.survivor_id <> r.member_id", id, "import:" + id, now);
        update("update member m join import_row r on r.member_id = m.id set m.merged_into = r.survivor_id"
                + " where r.job_id = ?1 and r.survivor_id <> r.member_id", id);
        int matched = ((Number) em.createNativeQuery("select count(distinct existing_id) from import_row"
                + " where job_id = ?1 and existing_id is not null").setParameter(1, id).getSingleResult()).intValue();
        int created = ((Number) em.createNativeQuery("select count(*) from import_row where job_id = ?1"
                + " and survivor_id = member_id").setParameter(1, id).getSingleResult()).intValue();

        // 5. doubtful duplicates for staff: same name and address, or same name at the same company, with
        //    no sure match between them; each paired with the first customer of its group
        int pairs = 0;
        for (String[] rule : new String[][] {{"NAME_ADDRESS", "m.name_address_key", "m.name_address_key <> ''"},
                {"COMPANY", "concat(m.name_key, '|', m.company_key)", "m.name_key is not null and m.company_key is not null"}}) {
            pairs += update("insert ignore into merge_candidate (member_a, member_b, rule, job_id, status, found_at)"
                    + " select g.first, m.id, ?2, ?1, 'OPEN', ?3 from member m join ("
                    + "   select " + rule[1] + " k, min(m.id) first from member m"
                    + "   where m.merged_into is null and m.erased_at is null and " + rule[2]
                    + "   and " + rule[1] + " in (select " + rule[1] + " from member m where m.import_job_id = ?1"
                    + "       and m.merged_into is null and " + rule[2] + ")"
                    + "   group by " + rule[1] + " having count(*) > 1) g on " + rule[1] + " = g.k"
                    + " join member f on f.id = g.first"
                    + " where m.id <> g.first and m.merged_into is null and m.erased_at is null and " + rule[2]
                    + " and not (m.phone_key <=> f.phone_key and m.phone_key is not null)"
                    + " and not (m.email_key <=> f.email_key and m.email_key is not null)", id, rule[0], now);
        }
        int rows = ((Number) em.createNativeQuery("select count(*) from import_row where job_id = ?1")
                .setParameter(1, id).getSingleResult()).intValue();
        done(rows, 0, created, matched, merged, pairs);
    }

    private void done(int rows, int orders, int created, int matched, int merged, int pairs) {
        em.createNativeQuery("update import_job set status = ?1, phase = ?2, rows_imported = ?3, orders_imported = ?4,"
                        + " customers_created = ?5, customers_matched = ?6, customers_merged = ?7, review_pairs = ?8,"
                        + " finished_at = ?9, heartbeat_at = ?9 where id = ?10")
                .setParameter(1, ImportStatus.DONE.name()).setParameter(2, ImportPhase.FINISHED.name())
                .setParameter(3, rows).setParameter(4, orders).setParameter(5, created).setParameter(6, matched)
                .setParameter(7, merged).setParameter(8, pairs).setParameter(9, Timestamp.valueOf(LocalDateTime.now()))
                .setParameter(10, job.id()).executeUpdate();
    }

    private int update(String sql, Object... parameters) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        return q.executeUpdate();
    }
}
