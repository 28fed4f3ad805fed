package com.market25.campaign.channel;

import java.io.Serializable;

/**
 * One text message as a gateway takes it: the row id (the gateway reports against it, and a real
 * gateway uses it as its idempotency key), the recipient and sender as digits, the composed text
 * and its kind.
 */
public record OutboundSms(long id, String phone, String sender, String text, SmsKind kind) implements Serializable {
}
