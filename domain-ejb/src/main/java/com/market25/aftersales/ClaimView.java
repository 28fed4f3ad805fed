package com.market25.aftersales;

import com.market25.payment.RefundView;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** A claim as screens show it (the account number masked), with its refund once there is one. */
public record ClaimView(long id, String slipNo, ClaimKind kind, ClaimStatus status, ClaimReason reason,
        String reasonText, List<Integer> lineNos, BigDecimal amount, String bankName, String maskedAccountNo,
        String accountHolder, String requestedBy, LocalDateTime requestedAt, String decidedBy, LocalDateTime decidedAt,
        String decisionNote, String receivedBy, LocalDateTime receivedAt, String closedBy, LocalDateTime closedAt,
        RefundView refund) implements Serializable {

    ClaimView withRefund(RefundView r) {
        return new ClaimView(id, slipNo, kind, status, reason, reasonText, lineNos, amount, bankName, maskedAccountNo,
                accountHolder, requestedBy, requestedAt, decidedBy, decidedAt, decisionNote, receivedBy, receivedAt,
                closedBy, closedAt, r);
    }

    public String lines() {
        return lineNos.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    }
}
