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

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ImportApplication.class.getName());

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
        //    (cluster_line stays null for a line alone: 95 % of a list, never written)
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

        // 2. existing customers that are surely the same: the same id of this format, phone or e-mail
        update("update import_row r join member m on m.external_source = ?2 and m.external_id = r.external_id"
                + " set r.existing_id = coalesce(m.merged_into, m.id) where r.job_id = ?1", id, source);
        for (String key : new String[] {"phone_key", "email_key"}) {
            // one index lookup per line, and only lines whose key some customer has (no temporary table of a million keys)
            update("update import_row r join member m on m." + key + " = r." + key
                    + " set r.existing_id = (select min(e.id) from member e where e." + key + " = r." + key
                    + "   and e.merged_into is null and e.erased_at is null)"
                    + " where r.job_id = ?1 and r.existing_id is null and m.merged_into is null and m.erased_at is null", id);
        }
        // the whole group follows the existing customer any of its lines found
        update("update import_row r join (select cluster_line, min(existing_id) e from import_row"
                + " where job_id = ?1 and existing_id is not null and cluster_line is not null group by cluster_line) g"
                + " on r.cluster_line = g.cluster_line set r.existing_id = g.e where r.job_id = ?1", id);

        // 3. every line becomes a customer, numbered in ascending id order (a list without ids: line order, which
        //    is the staging table's own order, so no sort); an id goes to the first line that has it and only when
        //    no customer of this format has it yet
        boolean ids = ((Number) em.createNativeQuery("select count(*) from import_row where job_id = ?1"
                + " and external_id is not null").setParameter(1, id).getSingleResult()).longValue() > 0;
        update("insert into member (member_no, name, phone, email, address, company_name, name_key, phone_key, email_key,"
                + " company_key, name_address_key, member_type, origin, external_source, external_id, joined_at,"
                + " updated_at, created_by, updated_by, import_job_id, import_line)"
                + " select nextval(member_no_seq), coalesce(r.name, ''), r.phone, r.email, r.address, r.company, r.name_key,"
                + " r.phone_key, r.email_key, r.company_key, coalesce(r.name_address_key, ''), 'REGULAR', 'IMPORT', ?2,"
                + " case when r.external_id is not null and r.existing_id is null and r.line_no = (select min(x.line_no)"
                + "      from import_row x where x.job_id = r.job_id and x.external_id = r.external_id)"
                + "      then r.external_id end, ?3, ?3, ?4, ?4, ?1, r.line_no"
                + " from import_row r where r.job_id = ?1"
                + (ids ? " order by r.id_number is null, r.id_number, r.external_id, r.line_no" : " order by r.line_no"),
                id, source, now, job.startedBy());

        // 4. sure duplicates merged into the survivor: the existing customer, else the group's first line;
        //    only the duplicates (a few percent) are touched
        // the statistics still see member as it was before this transaction's insert: name the indexes
        String duplicates = " from import_row r join member m force index (ix_member_import)"
                + " on m.import_job_id = ?1 and m.import_line = r.line_no"
                + " left join member h force index (ix_member_import) on h.import_job_id = ?1 and h.import_line = r.cluster_line"
                + " where r.job_id = ?1 and (r.existing_id is not null or r.cluster_line <> r.line_no)";
        int merged = update("insert into member_merge (kept_id, merged_id, rule, job_id, merged_by, merged_at)"
                + " select s.id, m.id, case when r.phone_key = s.phone_key then 'PHONE'"
                + "   when r.email_key = s.email_key then 'EMAIL' when r.external_id = s.external_id then 'ID'"
                + "   else 'GROUP' end, ?1, ?2, ?3"
                + duplicates.replace(" where ", " join member s on s.id = coalesce(r.existing_id, h.id) where "),
                id, "import:" + id, now);
        update("update member_merge g force index (ix_merge_job) straight_join member m on m.id = g.merged_id"
                + " set m.merged_into = g.kept_id where g.job_id = ?1", id);
        int matched = ((Number) em.createNativeQuery("select count(distinct existing_id) from import_row"
                + " where job_id = ?1 and existing_id is not null").setParameter(1, id).getSingleResult()).intValue();
        int rows = ((Number) em.createNativeQuery("select count(*) from import_row where job_id = ?1")
                .setParameter(1, id).getSingleResult()).intValue();

        // 5. doubtful duplicates for staff: same name and address, or same name at the same company, each new
        //    customer paired with the first customer that has its key (an index lookup each). A pair with the
        //    same phone or e-mail cannot be left here: it was merged above.
        int pairs = 0;
        for (String[] rule : new String[][] {
                {"NAME_ADDRESS", "o.name_address_key = m.name_address_key", "m.name_address_key <> ''",
                        "ix_member_name_address_key"},
                {"COMPANY", "o.company_key = m.company_key and o.name_key = m.name_key",
                        "m.company_key is not null and m.name_key is not null", "ix_member_company_key"}}) {
            pairs += update("insert ignore into merge_candidate (member_a, member_b, rule, job_id, status, found_at)"
                    + " select min(o.id), m.id, ?2, ?1, 'OPEN', ?3 from member m force index (ix_member_import)"
                    + " straight_join member o force index (" + rule[3] + ") on " + rule[1]
                    + "   and o.id < m.id and o.merged_into is null and o.erased_at is null"
                    + " where m.import_job_id = ?1 and m.merged_into is null and " + rule[2] + " group by m.id",
                    id, rule[0], now);
        }
        done(rows, 0, rows - merged, matched, merged, pairs);
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
        long t0 = System.nanoTime();
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        int rows = q.executeUpdate();
        // the bench reads these lines to see which step of a large import takes the time
        LOG.info(() -> "import " + job.id() + ": " + rows + " rows in " + (System.nanoTime() - t0) / 1_000_000 + " ms: "
                + sql.substring(0, Math.min(90, sql.length())));
        return rows;
    }
}
