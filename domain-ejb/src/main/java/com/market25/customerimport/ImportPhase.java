package com.market25.customerimport;

/**
 * The two steps of a job: reading the file into the staging table in checkpointed chunks, then
 * applying the staged rows in one set-based transaction.
 */
public enum ImportPhase {
    READING, APPLYING, FINISHED
}
