package com.market25.customer;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One line of a customer's contact history (MEM-02): a campaign's mail, SMS or DM from the
 * campaign's history, or a note, call or visit staff entered.
 *
 * @param kind    the channel (EMAIL, SMS, DM, PHONE) of a campaign touch, or a {@link NoteKind}
 * @param by      the staff login for staff entries; "campaign #n" for campaign touches
 * @param outcome what became of a campaign touch (SENT, NO_CONSENT); null for staff entries
 */
public record ContactEntry(LocalDateTime at, String kind, String subject, String by, String outcome)
        implements Serializable {
}
