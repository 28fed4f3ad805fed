package com.market25.customerimport;

import com.market25.common.InvalidInputException;
import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * 고객 일괄 등록 (MEM-03): staff import purchase logs and customer lists in the background, see
 * their progress and the rejected lines, and save column mappings. The request only stores the
 * file and opens the job; {@link ImportWorker} does the work. Imported purchases go to
 * {@code purchase_history} only, never to orders, closings or bonus.
 */
@Stateless
@RolesAllowed({Roles.MARKETING, Roles.ADMIN})
public class CustomerImports {

    private static final Pattern MAPPING_NAME = Pattern.compile("[\\p{L}\\p{N} _.\\-]{1,60}");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ImportJobs jobs;

    @EJB
    private ImportWorker worker;

    /** A saved column mapping of the back office. */
    public record SavedMapping(String name, String spec, String savedBy, LocalDateTime savedAt) {
    }

    /** One problem of the rejects report, with its reason in the reader's language. */
    public record RejectLine(int line, String column, String value, String reason) {
    }

    /**
     * Starts importing {@code upload} in the background and returns at once. Mapped formats use
     * the saved mapping {@code mappingName}, else {@code mappingSpec}, else the header's names.
     *
     * @throws AlreadyImportedException when this content was imported before or is being imported
     * @throws InvalidInputException when the mapping is unknown or lacks what the import needs
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportProgress start(ImportFormat format, InputStream upload, String fileName, String mappingName,
            String mappingSpec, String staffLogin) {
        if (format == null) {
            throw InvalidInputException.of("format", "error.import.format");
        }
        ImportFiles.StoredFile file;
        try {
            file = ImportFiles.store(upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean kept = false;
        try {
            Optional<Long> earlier = jobs.activeJobFor(file.sha256());
            if (earlier.isPresent()) {
                throw new AlreadyImportedException(earlier.get());
            }
            if (file.bytes() == 0) {
                throw InvalidInputException.of("file", "error.import.empty");
            }
            String spec = format.mapped() ? mappingSpec(format, file.path(), mappingName, mappingSpec) : null;
            Integer total = RowSource.countLines(format, file.path());
            if (total != null && format != ImportFormat.CDNOW) {
                total = Math.max(0, total - 1); // the header
            }
            long id;
            try {
                id = jobs.open(format, file, fileName == null || fileName.isBlank() ? format.code() : fileName,
                        mappingName, spec, total, staffLogin);
            } catch (EJBException e) {
                // two uploads of one file at the same moment: the unique active hash let one in
                Optional<Long> other = jobs.activeJobFor(file.sha256());
                if (other.isPresent()) {
                    throw new AlreadyImportedException(other.get());
                }
                throw e;
            }
            Path path = ImportFiles.keep(file, id);
            kept = true;
            jobs.movedFile(id, path.toString());
            worker.work(id);
            return progress(id).orElseThrow();
        } catch (IOException e) {
            throw InvalidInputException.of("file", "error.import.unreadable");
        } finally {
            if (!kept) {
                ImportFiles.discard(file.path());
            }
        }
    }

    private String mappingSpec(ImportFormat format, Path file, String mappingName, String mappingSpec) throws IOException {
        ColumnMapping mapping;
        if (mappingName != null && !mappingName.isBlank()) {
            mapping = mapping(mappingName).map(m -> ColumnMapping.parse(m.spec()))
                    .orElseThrow(() -> InvalidInputException.of("mapping", "error.import.mappingUnknown"));
        } else if (mappingSpec != null && !mappingSpec.isBlank()) {
            try {
                mapping = ColumnMapping.parse(mappingSpec);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("mapping", "error.import.mappingInvalid");
            }
        } else {
            mapping = ColumnMapping.fromHeaders(RowSource.firstRow(format, file));
        }
        if (!mapping.missing().isEmpty()) {
            throw InvalidInputException.of("mapping", "error.import.mappingIncomplete");
        }
        return mapping.spec();
    }

    /** The header row of a file staff are about to map (the mapping step), without importing anything. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<String> headers(ImportFormat format, Path file) {
        try {
            return RowSource.firstRow(format, file).stream().map(h -> h == null ? "" : h.strip()).toList();
        } catch (IOException e) {
            throw InvalidInputException.of("file", "error.import.unreadable");
        }
    }

    /** Asks a running import to stop at its next chunk; false when it is not reading any more. */
    public boolean cancel(long jobId) {
        return em.createNativeQuery("update import_job set cancel_requested = true where id = ?1 and status = ?2"
                        + " and phase = ?3")
                .setParameter(1, jobId).setParameter(2, ImportStatus.RUNNING.name())
                .setParameter(3, ImportPhase.READING.name()).executeUpdate() == 1;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.MARKETING, Roles.ADMIN, Roles.READONLY})
    public Optional<ImportProgress> progress(long jobId) {
        List<Object[]> rows = em.createNativeQuery(SELECT + " where id = ?1").setParameter(1, jobId).getResultList();
        return rows.stream().findFirst().map(CustomerImports::toProgress);
    }

    /** A page of the jobs, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.MARKETING, Roles.ADMIN, Roles.READONLY})
    public List<ImportProgress> jobs(int first, int size) {
        List<Object[]> rows = em.createNativeQuery(SELECT + " order by id desc").setFirstResult(first)
                .setMaxResults(size).getResultList();
        return rows.stream().map(CustomerImports::toProgress).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.MARKETING, Roles.ADMIN, Roles.READONLY})
    public long jobCount() {
        return ((Number) em.createNativeQuery("select count(*) from import_job").getSingleResult()).longValue();
    }

    /** The rejects report of a job, line by line, reasons in {@code locale}'s language. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.MARKETING, Roles.ADMIN, Roles.READONLY})
    public List<RejectLine> rejects(long jobId, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle("com.market25.i18n.Messages",
                locale == null ? Locale.KOREAN : locale, CustomerImports.class.getClassLoader());
        List<Object[]> rows = em.createNativeQuery("select line_no, column_name, value_text, reason_key from import_reject"
                + " where job_id = ?1 order by line_no, seq").setParameter(1, jobId).getResultList();
        return rows.stream().map(r -> {
            Reject reject = new Reject(((Number) r[0]).intValue(), (String) r[1], (String) r[3], (String) r[2]);
            String text = texts.containsKey(reject.reasonKey()) ? texts.getString(reject.reasonKey()) : reject.reasonKey();
            String reason = reject.reasonArgument() == null ? text : MessageFormat.format(text, reject.reasonArgument());
            return new RejectLine(reject.line(), reject.column(), reject.value(), reason);
        }).toList();
    }

    /** The rejects report as CSV (RFC 4180, UTF-8 with a byte order mark so Excel shows Korean). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.MARKETING, Roles.ADMIN, Roles.READONLY})
    public String rejectsCsv(long jobId, Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        StringBuilder csv = new StringBuilder("\uFEFF").append(english ? "line,column,value,reason" : "행,열,값,사유")
                .append("\r\n");
        for (RejectLine r : rejects(jobId, locale)) {
            csv.append(r.line()).append(',').append(quoted(r.column())).append(',').append(quoted(r.value())).append(',')
                    .append(quoted(r.reason())).append("\r\n");
        }
        return csv.toString();
    }

    static String quoted(String value) {
        if (value == null) {
            return "";
        }
        // a leading =, +, - or @ would make a spreadsheet run the cell as a formula
        boolean formula = value.length() > 1 && value.matches("^[=+\\-@].*") && !value.matches("^-?\\d+(\\.\\d+)?$");
        String v = formula ? "'" + value : value;
        return v.matches(".*[\",\r\n].*") || !v.equals(value) ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SavedMapping> mappings() {
        List<Object[]> rows = em.createNativeQuery("select name, spec, saved_by, saved_at from import_mapping order by name")
                .getResultList();
        return rows.stream().map(CustomerImports::toMapping).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SavedMapping> mapping(String name) {
        List<Object[]> rows = em.createNativeQuery("select name, spec, saved_by, saved_at from import_mapping where name = ?1")
                .setParameter(1, name).getResultList();
        return rows.stream().findFirst().map(CustomerImports::toMapping);
    }

    /** Saves (or replaces) a column mapping under a name. */
    public SavedMapping saveMapping(String name, String spec, String staffLogin) {
        String n = name == null ? "" : name.strip();
        if (!MAPPING_NAME.matcher(n).matches()) {
            throw InvalidInputException.of("mappingName", "error.import.mappingName");
        }
        ColumnMapping mapping;
        try {
            mapping = ColumnMapping.parse(spec);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("mapping", "error.import.mappingInvalid");
        }
        if (!mapping.missing().isEmpty()) {
            throw InvalidInputException.of("mapping", "error.import.mappingIncomplete");
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        em.createNativeQuery("insert into import_mapping (name, spec, saved_by, saved_at) values (?1, ?2, ?3, ?4)"
                        + " on duplicate key update spec = values(spec), saved_by = values(saved_by), saved_at = values(saved_at)")
                .setParameter(1, n).setParameter(2, mapping.spec()).setParameter(3, staffLogin).setParameter(4, now)
                .executeUpdate();
        return new SavedMapping(n, mapping.spec(), staffLogin, now.toLocalDateTime());
    }

    private static final String SELECT = "select id, format, file_name, file_hash, status, phase, rows_total, rows_read,"
            + " rows_rejected, rows_imported, orders_imported, customers_created, customers_matched, customers_merged,"
            + " review_pairs, started_by, started_at, heartbeat_at, finished_at, resumed, message from import_job";

    private static ImportProgress toProgress(Object[] r) {
        return new ImportProgress(((Number) r[0]).longValue(), ImportFormat.valueOf((String) r[1]), (String) r[2],
                (String) r[3], ImportStatus.valueOf((String) r[4]), ImportPhase.valueOf((String) r[5]),
                r[6] == null ? null : ((Number) r[6]).intValue(), num(r[7]), num(r[8]), num(r[9]), num(r[10]),
                num(r[11]), num(r[12]), num(r[13]), num(r[14]), (String) r[15], time(r[16]), time(r[17]), time(r[18]),
                num(r[19]), (String) r[20]);
    }

    private static SavedMapping toMapping(Object[] r) {
        return new SavedMapping((String) r[0], (String) r[1], (String) r[2], time(r[3]));
    }

    private static int num(Object o) {
        return ((Number) o).intValue();
    }

    static LocalDateTime time(Object o) {
        return o == null ? null : o instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) o;
    }
}
