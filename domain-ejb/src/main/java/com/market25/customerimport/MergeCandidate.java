package com.market25.customerimport;

import java.time.LocalDateTime;

/** A doubtful pair on the review list, both customers as staff compare them. */
public record MergeCandidate(long id, MatchRule rule, CandidateStatus status, Long jobId, LocalDateTime foundAt,
        CustomerBrief a, CustomerBrief b, String decidedBy, LocalDateTime decidedAt, Long mergeId) {

    /** What staff see of each customer of a pair. */
    public record CustomerBrief(long id, String memberNo, String name, String phone, String email, String address,
            String company, String origin, Long mergedInto) {
    }
}
