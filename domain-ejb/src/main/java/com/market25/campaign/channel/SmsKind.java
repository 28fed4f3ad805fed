package com.market25.campaign.channel;

import java.util.Optional;

/** Short or long text message (MKT-06): the length decides the kind, and the kind the price. */
public enum SmsKind {
    /** 단문: up to 80 EUC-KR bytes (40 Korean letters). */
    SMS(80),
    /** 장문: up to 2,000 bytes. */
    LMS(2_000);

    private final int maxBytes;

    SmsKind(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** The kind a text of this many bytes is sent as; none when it is too long for an LMS. */
    public static Optional<SmsKind> forBytes(int bytes) {
        if (bytes <= SMS.maxBytes) {
            return Optional.of(SMS);
        }
        return bytes <= LMS.maxBytes ? Optional.of(LMS) : Optional.empty();
    }
}
