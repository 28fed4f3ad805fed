package com.market25.customerimport;

import com.market25.customer.ContactKeys;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The transactions of an import job, each on its own (REQUIRES_NEW): opening it, committing a
 * chunk of staged rows together with the job's checkpoint, applying the staged rows, ending it.
 * Internal to the import; the boundary {@link CustomerImports} checks the roles.
 */
@Stateless
@PermitAll
public class ImportJobs {

    /** Rows per multi-row INSERT: 19 columns × 1000 stays far below MariaDB's 65,535 placeholders. */
    static final int ROWS_PER_INSERT = 1_000;

    @PersistenceContext
    private EntityManager em;

    @jakarta.ejb.EJB
    private com.market25.audit.AuditTrail audit;

    /** What became of a chunk. */
    public enum Staged {
        /** Committed with the checkpoint. */
        STAGED,
        /** Staff asked to stop: nothing written. */
        CANCEL_REQUESTED,
        /** The job is not at that checkpoint or not running any more (another worker has it): nothing written. */
        NOT_MINE
    }

    /** What the worker needs to know of its job before each chunk. */
    public record JobState(long id, ImportFormat format, ImportStatus status, ImportPhase phase, int nextLine,
            boolean cancelRequested, String filePath, String mappingSpec, String fileHash, String startedBy) {
    }

    /** The running or finished job that imported this content, if any. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> activeJobFor(String sha256) {
        List<?> ids = em.createNativeQuery("select id from import_job where active_hash = ?1").setParameter(1, sha256)
                .getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** Opens a job; the unique active hash refuses a second job for the same content. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long open(ImportFormat format, ImportFiles.StoredFile file, String fileName, String mappingName,
            String mappingSpec, Integer rowsTotal, String staff) {
        Optional<Long> earlier = activeJobFor(file.sha256());
        if (earlier.isPresent()) {
            throw new AlreadyImportedException(earlier.get());
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        em.createNativeQuery("insert into import_job (format, file_name, file_hash, active_hash, file_path, file_bytes,"
                        + " mapping_name, mapping_spec, status, phase, next_line, rows_total, started_by, started_at,"
                        + " heartbeat_at) values (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1, ?10, ?11, ?12, ?12)")
                .setParameter(1, format.name()).setParameter(2, cut(fileName, 200)).setParameter(3, file.sha256())
                .setParameter(4, file.path().toString()).setParameter(5, file.bytes()).setParameter(6, mappingName)
                .setParameter(7, mappingSpec).setParameter(8, ImportStatus.RUNNING.name())
                .setParameter(9, ImportPhase.READING.name()).setParameter(10, rowsTotal).setParameter(11, staff)
                .setParameter(12, now).executeUpdate();
        long id = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
        audit.record(staff, com.market25.audit.AuditAction.CUSTOMER_IMPORT_STARTED, com.market25.audit.AuditTarget.IMPORT,
                String.valueOf(id), format.code() + " " + cut(fileName, 120) + " sha256 " + file.sha256(), null);
        return id;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void movedFile(long jobId, String path) {
        em.createNativeQuery("update import_job set file_path = ?1 where id = ?2").setParameter(1, path)
                .setParameter(2, jobId).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<JobState> state(long jobId) {
        List<Object[]> rows = em.createNativeQuery("select id, format, status, phase, next_line, cancel_requested,"
                + " file_path, mapping_spec, file_hash, started_by from import_job where id = ?1")
                .setParameter(1, jobId).getResultList();
        return rows.stream().findFirst().map(r -> new JobState(((Number) r[0]).longValue(),
                ImportFormat.valueOf((String) r[1]), ImportStatus.valueOf((String) r[2]),
                ImportPhase.valueOf((String) r[3]), ((Number) r[4]).intValue(), bool(r[5]), (String) r[6],
                (String) r[7], (String) r[8], (String) r[9]));
    }

    /**
     * Commits one chunk: the checkpoint moves from {@code expectedNext} to {@code nextLine} in
     * the same transaction as the chunk's staged rows and rejects. The move is guarded by the
     * old checkpoint, so a chunk can never be committed twice (a second worker, a resumed one)
     * and the counts never include a line twice.
     *
     * The same guard reads the cancel request, so a chunk costs one statement besides its rows.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Staged stage(long jobId, int expectedNext, int nextLine, int rowsRead, List<StagedRow> rows,
            List<Reject> rejects) {
        int rejectedLines = (int) rejects.stream().mapToInt(Reject::line).distinct().count();
        int moved = em.createNativeQuery("update import_job set next_line = ?1, rows_read = rows_read + ?2,"
                        + " rows_rejected = rows_rejected + ?3, heartbeat_at = ?4"
                        + " where id = ?5 and next_line = ?6 and status = ?7 and phase = ?8 and not cancel_requested")
                .setParameter(1, nextLine).setParameter(2, rowsRead).setParameter(3, rejectedLines)
                .setParameter(4, Timestamp.valueOf(LocalDateTime.now())).setParameter(5, jobId)
                .setParameter(6, expectedNext).setParameter(7, ImportStatus.RUNNING.name())
                .setParameter(8, ImportPhase.READING.name()).executeUpdate();
        if (moved != 1) {
            return state(jobId).filter(j -> j.status() == ImportStatus.RUNNING && j.nextLine() == expectedNext
                    && j.cancelRequested()).isPresent() ? Staged.CANCEL_REQUESTED : Staged.NOT_MINE;
        }
        em.unwrap(Session.class).doWork(connection -> {
            insertRows(connection, jobId, rows);
            insertRejects(connection, jobId, rejects);
        });
        return Staged.STAGED;
    }

    /** The file is read: the next step applies it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean readingDone(long jobId) {
        return em.createNativeQuery("update import_job set phase = ?1, heartbeat_at = ?2 where id = ?3 and status = ?4"
                        + " and phase = ?5")
                .setParameter(1, ImportPhase.APPLYING.name()).setParameter(2, Timestamp.valueOf(LocalDateTime.now()))
                .setParameter(3, jobId).setParameter(4, ImportStatus.RUNNING.name())
                .setParameter(5, ImportPhase.READING.name()).executeUpdate() == 1;
    }

    /**
     * Applies the staged rows and marks the job DONE, all in this one transaction: a crash in
     * the middle leaves no customer and no purchase, and the resumed job applies again.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void apply(long jobId) {
        JobState job = state(jobId).orElseThrow();
        if (job.status() != ImportStatus.RUNNING || job.phase() != ImportPhase.APPLYING) {
            return;
        }
        new ImportApplication(em, job).apply();
    }

    /** Ends a job that failed or was cancelled: it imported nothing, so its content may come again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long jobId, ImportStatus status, String message) {
        em.createNativeQuery("update import_job set status = ?1, phase = ?2, active_hash = null, finished_at = ?3,"
                        + " heartbeat_at = ?3, message = ?4 where id = ?5 and status = ?6")
                .setParameter(1, status.name()).setParameter(2, ImportPhase.FINISHED.name())
                .setParameter(3, Timestamp.valueOf(LocalDateTime.now())).setParameter(4, cut(message, 300))
                .setParameter(5, jobId).setParameter(6, ImportStatus.RUNNING.name()).executeUpdate();
    }

    /** Drops the staging rows of an ended job (after DONE; the report's rejects stay). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void dropStaging(long jobId) {
        em.createNativeQuery("delete from import_row where job_id = ?1").setParameter(1, jobId).executeUpdate();
        em.createNativeQuery("delete from import_customer where job_id = ?1").setParameter(1, jobId).executeUpdate();
    }

    /** Running jobs whose worker fell silent (a server killed mid-import). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> staleJobs(int staleSeconds) {
        List<?> ids = em.createNativeQuery("select id from import_job where status = ?1 and heartbeat_at < ?2")
                .setParameter(1, ImportStatus.RUNNING.name())
                .setParameter(2, Timestamp.valueOf(LocalDateTime.now().minusSeconds(staleSeconds))).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Claims a stale job with one conditional update, so two servers starting together resume it once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimStale(long jobId, int staleSeconds) {
        LocalDateTime now = LocalDateTime.now();
        return em.createNativeQuery("update import_job set resumed = resumed + 1, heartbeat_at = ?1"
                        + " where id = ?2 and status = ?3 and heartbeat_at < ?4")
                .setParameter(1, Timestamp.valueOf(now)).setParameter(2, jobId)
                .setParameter(3, ImportStatus.RUNNING.name())
                .setParameter(4, Timestamp.valueOf(now.minusSeconds(staleSeconds))).executeUpdate() == 1;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void heartbeat(long jobId) {
        em.createNativeQuery("update import_job set heartbeat_at = ?1 where id = ?2")
                .setParameter(1, Timestamp.valueOf(LocalDateTime.now())).setParameter(2, jobId).executeUpdate();
    }

    /**
     * Gives existing customers that have none their name + address key (storefront members,
     * customers staff typed in), a batch at a time, so merge-purge can compare imported
     * customers with them. A customer without name or address gets the empty key (none).
     *
     * @return how many were keyed (0: all are)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int keyExistingCustomers(int batch) {
        List<Object[]> rows = em.createNativeQuery("select id, name, address from member"
                + " where name_address_key is null order by id").setMaxResults(batch).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("update member set name_address_key = ? where id = ?")) {
                for (Object[] r : rows) {
                    ps.setString(1, ContactKeys.storedNameAndAddress((String) r[1], (String) r[2]));
                    ps.setLong(2, ((Number) r[0]).longValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
        return rows.size();
    }

    private static void insertRows(Connection connection, long jobId, List<StagedRow> rows) throws SQLException {
        String columns = "insert into import_row (job_id, line_no, external_id, id_number, order_ref, purchased_on,"
                + " quantity, amount, cancelled, name, phone, email, address, company, name_key, phone_key,"
                + " email_key, name_address_key, company_key) values ";
        String one = "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<StagedRow> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            try (PreparedStatement ps = connection.prepareStatement(columns + String.join(",",
                    java.util.Collections.nCopies(part.size(), one)))) {
                int i = 0;
                for (StagedRow r : part) {
                    ps.setLong(++i, jobId);
                    ps.setInt(++i, r.line());
                    ps.setString(++i, r.externalId());
                    BigDecimal number = r.idNumber();
                    if (number == null) {
                        ps.setNull(++i, Types.DECIMAL);
                    } else {
                        ps.setBigDecimal(++i, number);
                    }
                    ps.setString(++i, r.orderRef());
                    if (r.purchasedOn() == null) {
                        ps.setNull(++i, Types.DATE);
                    } else {
                        ps.setDate(++i, Date.valueOf(r.purchasedOn()));
                    }
                    if (r.quantity() == null) {
                        ps.setNull(++i, Types.INTEGER);
                    } else {
                        ps.setInt(++i, r.quantity());
                    }
                    ps.setBigDecimal(++i, r.amount());
                    ps.setBoolean(++i, r.cancelled());
                    ps.setString(++i, r.name());
                    ps.setString(++i, r.phone());
                    ps.setString(++i, r.email());
                    ps.setString(++i, r.address());
                    ps.setString(++i, r.company());
                    boolean contact = r.name() != null || r.phone() != null || r.email() != null;
                    ps.setString(++i, contact ? ContactKeys.name(r.name()) : null);
                    ps.setString(++i, contact ? ContactKeys.phone(r.phone()) : null);
                    ps.setString(++i, contact ? ContactKeys.email(r.email()) : null);
                    ps.setString(++i, contact ? cut(ContactKeys.nameAndAddress(r.name(), r.address()), 200) : null);
                    ps.setString(++i, contact ? ContactKeys.company(r.company()) : null);
                }
                ps.executeUpdate();
            }
        }
    }

    private static void insertRejects(Connection connection, long jobId, List<Reject> rejects) throws SQLException {
        if (rejects.isEmpty()) {
            return;
        }
        String sql = "insert into import_reject (job_id, line_no, seq, column_name, reason_key, value_text) values ";
        int seq = 0;
        int lastLine = -1;
        for (int from = 0; from < rejects.size(); from += ROWS_PER_INSERT) {
            List<Reject> part = rejects.subList(from, Math.min(rejects.size(), from + ROWS_PER_INSERT));
            try (PreparedStatement ps = connection.prepareStatement(sql + String.join(",",
                    java.util.Collections.nCopies(part.size(), "(?,?,?,?,?,?)")))) {
                int i = 0;
                for (Reject r : part) {
                    seq = r.line() == lastLine ? seq + 1 : 1;
                    lastLine = r.line();
                    ps.setLong(++i, jobId);
                    ps.setInt(++i, r.line());
                    ps.setInt(++i, seq);
                    ps.setString(++i, cut(r.column(), 60));
                    ps.setString(++i, cut(r.reason(), 60));
                    ps.setString(++i, r.value());
                }
                ps.executeUpdate();
            }
        }
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    static boolean bool(Object o) {
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
    }
}
