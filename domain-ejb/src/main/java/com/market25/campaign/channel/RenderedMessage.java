package com.market25.campaign.channel;

import java.io.Serializable;

/**
 * One template rendered for one customer (MKT-05): the e-mail's subject (with "(광고) " in
 * front), its HTML part (the template's, or made from the text) and text part; for SMS, DM and
 * phone only the text (an SMS without the ad prefix and refusal number, which
 * {@link SmsSettings#compose} adds when it is queued; the DM's and call's subject is the
 * template's, for the contact history).
 */
public record RenderedMessage(long customerId, MessageChannel channel, String subject, String html, String text)
        implements Serializable {
}
