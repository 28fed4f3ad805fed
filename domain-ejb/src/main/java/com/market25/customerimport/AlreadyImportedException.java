package com.market25.customerimport;

import jakarta.ejb.ApplicationException;

/** The file's content (SHA-256) was imported before, or is being imported: nothing may double. */
@ApplicationException(rollback = true)
public class AlreadyImportedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long earlierJobId;

    public AlreadyImportedException(long earlierJobId) {
        super("already imported by job " + earlierJobId);
        this.earlierJobId = earlierJobId;
    }

    public long earlierJobId() {
        return earlierJobId;
    }
}
