package com.market25.campaign.channel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A text as it would be sent (MKT-06): composed with "(광고)", the sender and the refusal number,
 * its EUC-KR bytes, its kind (null: longer than an LMS), the characters EUC-KR lacks, and the
 * price of one such message (null when it cannot be sent).
 */
public record SmsMeasure(String composed, int bytes, SmsKind kind, List<String> unencodable, BigDecimal unitCost,
        boolean sendable) implements Serializable {
}
