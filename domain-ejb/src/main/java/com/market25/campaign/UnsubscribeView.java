package com.market25.campaign;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * What the unsubscribe page may show to whoever holds a genuine link: the address half hidden,
 * the sender, and whether the e-mail consent is (still) given and since when.
 */
public record UnsubscribeView(String maskedEmail, String senderName, boolean consentGiven,
        LocalDateTime consentChangedAt) implements Serializable {

    /** "mi***@market25.example": enough for the owner to recognise, little for anyone else. */
    static String mask(String email) {
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        String local = email.substring(0, at);
        return local.substring(0, Math.min(2, local.length())) + "***" + email.substring(at);
    }
}
