package com.market25.customerimport;

/** A doubtful duplicate pair on the review list: waiting, merged by staff, or kept apart by staff. */
public enum CandidateStatus {
    OPEN, MERGED, KEPT_APART
}
