package com.market25.aftersales;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One row of the staff's after-sales list (교환/반품/취소 관리). */
public record ClaimRow(long id, String slipNo, ClaimKind kind, ClaimStatus status, ClaimReason reason,
        BigDecimal amount, String requestedBy, LocalDateTime requestedAt, String memberNo, String memberName)
        implements Serializable {
}
