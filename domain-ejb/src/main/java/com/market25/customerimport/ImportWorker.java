package com.market25.customerimport;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an import job in the background (Payara's EJB async pool, like the period closing's
 * worker; Jakarta Batch would add a second job store beside {@code import_job} for the same
 * checkpoints). It reads the file in chunks of {@link #CHUNK} lines; each chunk is committed with
 * the job's checkpoint ({@link ImportJobs#stage}), so after a crash the job goes on at the first
 * line not committed and no line is staged twice. Then one transaction applies everything
 * ({@link ImportJobs#apply}). The job's row is read before every chunk: cancel takes effect at
 * the next chunk, and only while the file is read (applying is one short transaction).
 */
@Stateless
public class ImportWorker {

    /** Lines per checkpoint: a few hundred milliseconds of work, so a crash repeats little. */
    static final int CHUNK = 10_000;
    /** A running job whose worker has not committed for this long is taken over at start-up. */
    static final int STALE_SECONDS = 30;
    /** Existing customers keyed per transaction before matching. */
    private static final int KEY_BATCH = 5_000;

    private static final Logger LOG = Logger.getLogger(ImportWorker.class.getName());

    @EJB
    private ImportJobs jobs;

    @Resource
    private SessionContext self;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @PermitAll
    public void work(long jobId) {
        try {
            run(jobId);
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.WARNING, "Import " + jobId + " failed", e);
            jobs.finish(jobId, ImportStatus.FAILED, rootMessage(e));
            cleanUp(jobId);
        }
    }

    private void run(long jobId) throws IOException {
        ImportJobs.JobState job = jobs.state(jobId).orElse(null);
        if (job == null || job.status() != ImportStatus.RUNNING) {
            return;
        }
        long r0 = System.nanoTime();
        if (job.phase() == ImportPhase.READING && !read(job)) {
            return;
        }
        LOG.info(() -> "Import " + jobId + " read in " + (System.nanoTime() - r0) / 1_000_000 + " ms");
        job = jobs.state(jobId).orElseThrow();
        if (job.status() != ImportStatus.RUNNING || job.phase() != ImportPhase.APPLYING) {
            return;
        }
        if (customerList(job)) {
            // only a customer list compares names and addresses with the customers already there
            long k0 = System.nanoTime();
            int keyed = 0;
            for (int n; (n = jobs.keyExistingCustomers(KEY_BATCH)) > 0; keyed += n) {
                jobs.heartbeat(jobId);
            }
            int customers = keyed;
            LOG.info(() -> "Import " + jobId + ": " + customers + " earlier customers keyed by name and address in "
                    + (System.nanoTime() - k0) / 1_000_000 + " ms");
        }
        long t0 = System.nanoTime();
        jobs.apply(jobId);
        LOG.info(() -> "Import " + jobId + " applied in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        cleanUp(jobId);
    }

    static boolean customerList(ImportJobs.JobState job) {
        return !job.format().purchaseLog()
                && !(job.format() == ImportFormat.XLSX && ColumnMapping.parse(job.mappingSpec()).purchaseLog());
    }

    /** Reads the file from the checkpoint on; false when the job stopped (cancelled, taken over). */
    private boolean read(ImportJobs.JobState start) throws IOException {
        Path file = Paths.get(start.filePath());
        if (!Files.isReadable(file)) {
            throw new IOException("the uploaded file is gone: " + file);
        }
        ImportFormat format = start.format();
        boolean header = format != ImportFormat.CDNOW;
        Chunker chunker = new Chunker(start.id(), start.nextLine());
        RowParser[] parser = {format == ImportFormat.CDNOW ? new CdnowParser()
                : format == ImportFormat.ONLINE_RETAIL ? new RetailParser() : null};
        String spec = start.mappingSpec();
        RowSource.of(format).read(file, (line, cells) -> {
            if (header && parser[0] == null) {
                // the first row of a mapped file is its header: it names the columns of the report
                ColumnMapping mapping = spec == null || spec.isBlank() ? ColumnMapping.fromHeaders(cells) : ColumnMapping.parse(spec);
                parser[0] = new MappedParser(mapping, cells);
                return true;
            }
            if (header && line == 1) {
                return true;
            }
            if (line < chunker.next) {
                return true; // committed before a crash
            }
            parser[0].parse(line, cells, chunker.rows, chunker.rejects);
            chunker.lastLine = line;
            chunker.read++;
            return chunker.read < CHUNK || chunker.commit();
        });
        if (!chunker.commitRest()) {
            return false;
        }
        return jobs.readingDone(start.id());
    }

    /** The chunk being filled, and its commit with the checkpoint. */
    private final class Chunker {
        final long jobId;
        int next;
        int lastLine;
        int read;
        final List<StagedRow> rows = new ArrayList<>(CHUNK);
        final List<Reject> rejects = new ArrayList<>();

        Chunker(long jobId, int next) {
            this.jobId = jobId;
            this.next = next;
        }

        /** Commits the chunk; false when the job was cancelled or another worker has it. */
        boolean commit() {
            ImportJobs.Staged staged = jobs.stage(jobId, next, lastLine + 1, read, rows, rejects);
            if (staged == ImportJobs.Staged.CANCEL_REQUESTED) {
                jobs.finish(jobId, ImportStatus.CANCELLED, "cancelled at line " + next);
                cleanUp(jobId);
                return false;
            }
            if (staged != ImportJobs.Staged.STAGED) {
                return false;
            }
            next = lastLine + 1;
            read = 0;
            rows.clear();
            rejects.clear();
            return true;
        }

        boolean commitRest() {
            ImportJobs.JobState now = jobs.state(jobId).orElse(null);
            if (now == null || now.status() != ImportStatus.RUNNING) {
                return false;
            }
            if (read == 0) {
                return now.nextLine() == next;
            }
            return commit();
        }
    }

    private void cleanUp(long jobId) {
        try {
            jobs.dropStaging(jobId);
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Import " + jobId + ": staging rows left for later", e);
        }
        jobs.state(jobId).filter(j -> j.status() != ImportStatus.RUNNING)
                .ifPresent(j -> ImportFiles.discard(Paths.get(j.filePath())));
    }

    /**
     * Takes over the running jobs whose worker stopped (a server killed mid-import): each is
     * claimed by one conditional update and goes on from its checkpoint.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @PermitAll
    public int resumeStale() {
        int resumed = 0;
        for (long jobId : jobs.staleJobs(STALE_SECONDS)) {
            if (jobs.claimStale(jobId, STALE_SECONDS)) {
                LOG.info(() -> "Import " + jobId + " resumed after a stop");
                self.getBusinessObject(ImportWorker.class).work(jobId);
                resumed++;
            }
        }
        return resumed;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
