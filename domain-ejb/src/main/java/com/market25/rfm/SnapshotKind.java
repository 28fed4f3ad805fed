package com.market25.rfm;

/** Who took a snapshot. */
public enum SnapshotKind {
    /** Staff, from the back office or the API. */
    MANUAL,
    /** The nightly job, for yesterday, once a day. */
    NIGHTLY
}
